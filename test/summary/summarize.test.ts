import { describe, expect, it } from "vitest";
import type { Person } from "../../shared/roster/person.js";
import {
  addSummaries,
  emptySummary,
  sumSummaries,
  summarizeUnit,
  zeroCounts,
} from "../../shared/summary/index.js";
import { makePerson } from "../helpers/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";

const counts = (values: Partial<ReturnType<typeof zeroCounts>>) => ({ ...zeroCounts(), ...values });

function roster(): Person[] {
  return [
    makePerson({
      fullName: "Cán bộ 1",
      staffType: "CB",
      level: "HTXSNV",
      isLeader: true,
      votesFor: 15,
      score: 95,
    }),
    makePerson({ fullName: "Công chức 1", staffType: "CC", level: "HTTNV", isLeader: true }),
    makePerson({ fullName: "Công chức 2", staffType: "CC", level: "HTTNV" }),
    makePerson({ fullName: "Công chức 3", staffType: "CC", level: "HTNV" }),
    makePerson({
      fullName: "Công chức 4",
      staffType: "CC",
      level: "KHTNV",
      position: "Chuyên viên",
      unit: "Phòng B",
      birthDate: "1980-02-03",
      disciplineForm: "warning",
      disciplineDate: "2026-05-01",
      note: "Vi phạm quy định về tiếp công dân",
    }),
    makePerson({ fullName: "Công chức 5", staffType: "CC", level: "KXL", monthsWorked: 4 }),
    makePerson({ fullName: "Công chức 6", staffType: "CC", levelUnreadable: true }),
    makePerson({ fullName: "Viên chức 1", staffType: "VC", level: "HTTNV", isLeader: true }),
    makePerson({ fullName: "Người lao động 1", staffType: "NLD", level: "HTTNV" }),
    makePerson({ fullName: "Không rõ 1", level: "HTNV" }),
    // Party members: counted on their Party level.
    makePerson({
      fullName: "Đảng viên 1",
      staffType: "CC",
      level: "HTTNV",
      isPartyMember: true,
      partyLevel: "HTXSNV",
      votesFor: 9,
    }),
    makePerson({
      fullName: "Đảng viên 2",
      staffType: "CC",
      level: "HTTNV",
      partyCell: "Chi bộ 1",
      partyLevel: "HTTNV",
    }),
    makePerson({
      fullName: "Đảng viên 3",
      staffType: "CC",
      level: "HTTNV",
      isPartyMember: true,
      partyStatus: "exempt",
      partyLevel: "KXL",
    }),
    makePerson({
      fullName: "Đảng viên 4",
      staffType: "CC",
      level: "HTTNV",
      partyJoinDate: "2026-09-02",
      partyLevel: "KXL",
    }),
    makePerson({ fullName: "Đảng viên 5", staffType: "VC", level: "HTTNV", isPartyMember: true }),
  ];
}

describe("summarizeUnit", () => {
  const s = summarizeUnit(PersonTable.fromPeople(roster()), {
    assessmentDate: "2026-12-15",
    unitName: "Phòng A",
  });

  it("counts every row, by staff type × level, with missing for no level or an unreadable one", () => {
    expect(s.people).toBe(15);
    expect(s.byStaffType.CB).toEqual(counts({ HTXSNV: 1 }));
    // CC: HTTNV ×2 + 4 Party members with staff HTTNV = 6; HTNV 1; KHTNV 1; KXL 1; unreadable → missing 1.
    expect(s.byStaffType.CC).toEqual(counts({ HTTNV: 6, HTNV: 1, KHTNV: 1, KXL: 1, missing: 1 }));
    expect(s.byStaffType.VC).toEqual(counts({ HTTNV: 2 }));
    expect(s.byStaffType.NLD).toEqual(counts({ HTTNV: 1 }));
    expect(s.byStaffType.unknown).toEqual(counts({ HTNV: 1 }));
  });

  it("counts leaders of each staff type", () => {
    expect(s.leaders.CB).toEqual(counts({ HTXSNV: 1 }));
    expect(s.leaders.CC).toEqual(counts({ HTTNV: 1 }));
    expect(s.leaders.VC).toEqual(counts({ HTTNV: 1 }));
    expect(s.leaders.NLD).toEqual(zeroCounts());
  });

  it("counts Party members on the Party level and the not-rated ones by reason", () => {
    expect(s.party).toEqual(counts({ HTXSNV: 1, HTTNV: 1, KXL: 2, missing: 1 }));
    expect(s.partyNotRatedReasons).toMatchObject({ exempt: 1, "new-member": 1, other: 0 });
    expect(s.notRatedReasons).toMatchObject({ "short-service": 1, other: 0 });
  });

  it("lists the HTXSNV with votes and score, the KHTNV and KXL with the reason", () => {
    expect(s.excellent).toEqual([
      { name: "Cán bộ 1", unit: "Phòng A", staffType: "CB", track: "staff", votes: 15, score: 95 },
      { name: "Đảng viên 1", unit: "Phòng A", staffType: "CC", track: "party", votes: 9 },
    ]);
    expect(s.failed).toEqual([
      {
        name: "Công chức 4",
        unit: "Phòng B",
        position: "Chuyên viên",
        staffType: "CC",
        track: "staff",
        reason: { code: "discipline", discipline: "warning" },
      },
    ]);
    expect(s.notRated.map((e) => [e.name, e.track, e.reason.code])).toEqual([
      ["Công chức 5", "staff", "short-service"],
      ["Đảng viên 3", "party", "exempt"],
      ["Đảng viên 4", "party", "new-member"],
    ]);
  });

  it("lets no birth date, discipline date or note out", () => {
    const text = JSON.stringify(s);
    expect(text).not.toContain("1980");
    expect(text).not.toContain("2026-05-01");
    expect(text).not.toContain("tiếp công dân");
    const keys = new Set([...s.excellent, ...s.failed, ...s.notRated].flatMap((e) => Object.keys(e)));
    expect([...keys].sort()).toEqual([
      "name",
      "position",
      "reason",
      "score",
      "staffType",
      "track",
      "unit",
      "votes",
    ]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("takes the assessment date from the engine's settings", () => {
    const viaSettings = summarizeUnit(PersonTable.fromPeople(roster()), {
      settings: { assessmentDate: "2026-12-15" },
    });
    expect(viaSettings.partyNotRatedReasons["new-member"]).toBe(1);
    // Without a date, admitted in September cannot be told from any other reason.
    expect(summarizeUnit(PersonTable.fromPeople(roster())).partyNotRatedReasons).toMatchObject({
      "new-member": 0,
      other: 1,
    });
  });

  it("counts the unit's Party organisations from its collectives", () => {
    const withOrgs = summarizeUnit(PersonTable.fromPeople([]), {
      collectives: [
        { name: "Đảng bộ Sở Nội vụ", type: "party-cell", level: "HTXSNV" },
        { name: "Chi bộ cơ sở Trường A", type: "party-cell", level: "HTTNV" },
        { name: "Chi bộ 1", type: "party-cell", level: "HTTNV" },
        { name: "Chi bộ 2", type: "party-cell" },
        { name: "Phòng Tổ chức", type: "department", level: "HTTNV" },
      ],
    });
    expect(withOrgs.partyOrganisations.grassroots).toEqual(counts({ HTXSNV: 1, HTTNV: 1 }));
    expect(withOrgs.partyOrganisations.cells).toEqual(counts({ HTTNV: 1, missing: 1 }));
  });
});

describe("addSummaries / sumSummaries", () => {
  it("adding the summaries of two halves gives the summary of the whole", () => {
    const people = roster();
    const options = { assessmentDate: "2026-12-15", unitName: "Phòng A" };
    const whole = summarizeUnit(PersonTable.fromPeople(people), options);
    const halves = addSummaries(
      summarizeUnit(PersonTable.fromPeople(people.slice(0, 7)), options),
      summarizeUnit(PersonTable.fromPeople(people.slice(7)), options),
    );
    expect(halves).toEqual(whole);
  });

  it("rolls up a list; the empty list gives the empty summary", () => {
    const a = summarizeUnit(PersonTable.fromPeople([makePerson({ staffType: "CC", level: "HTTNV" })]));
    const b = summarizeUnit(
      PersonTable.fromPeople([
        makePerson({ staffType: "CC", level: "HTXSNV" }),
        makePerson({ staffType: "NLD", level: "HTNV" }),
      ]),
    );
    const total = sumSummaries([a, b, a]);
    expect(total.people).toBe(4);
    expect(total.byStaffType.CC).toEqual(counts({ HTTNV: 2, HTXSNV: 1 }));
    expect(total.byStaffType.NLD).toEqual(counts({ HTNV: 1 }));
    expect(total.excellent).toHaveLength(1);
    expect(sumSummaries([])).toEqual(emptySummary());
  });
});
