import { describe, expect, it } from "vitest";
import type { QuotaResult } from "../../shared/quota/index.js";
import { buildReport } from "../../shared/report/index.js";
import type { Person } from "../../shared/roster/person.js";
import { summarizeUnit } from "../../shared/summary/index.js";
import { makePerson } from "../helpers/person.js";
import { cellAt, rowsLabelled, rowValues, singleUnitInput } from "./fixtures.js";
import { PersonTable } from "../../shared/roster/personTable.js";

/** Party members: 5 HTTNV, 1 HTXSNV; not rated: 1 exempted, 1 admitted in September, 1 for no stated reason. */
function members(): Person[] {
  return [
    ...Array.from({ length: 5 }, (_, i) =>
      makePerson({
        fullName: `ĐV ${i}`,
        staffType: "CC",
        level: "HTTNV",
        isPartyMember: true,
        partyLevel: "HTTNV",
      }),
    ),
    makePerson({
      fullName: "ĐV xuất sắc",
      staffType: "CC",
      level: "HTXSNV",
      isPartyMember: true,
      partyLevel: "HTXSNV",
    }),
    makePerson({
      fullName: "ĐV miễn",
      staffType: "CC",
      level: "HTNV",
      isPartyMember: true,
      partyStatus: "exempt",
      partyLevel: "KXL",
    }),
    makePerson({
      fullName: "ĐV mới",
      staffType: "CC",
      level: "HTTNV",
      partyJoinDate: "2026-09-01",
      partyLevel: "KXL",
    }),
    makePerson({
      fullName: "ĐV khác",
      staffType: "VC",
      level: "HTTNV",
      isPartyMember: true,
      partyLevel: "KXL",
    }),
    makePerson({ fullName: "Không phải ĐV", staffType: "CC", level: "HTTNV" }),
  ];
}

const collectives = [
  { name: "Đảng bộ Sở Nội vụ", type: "party-cell" as const, level: "HTTNV" as const },
  { name: "Chi bộ 1", type: "party-cell" as const, level: "HTXSNV" as const },
  { name: "Chi bộ 2", type: "party-cell" as const, level: "HTTNV" as const },
  { name: "Chi bộ 3", type: "party-cell" as const, level: "HTTNV" as const },
  { name: "Chi bộ 4", type: "party-cell" as const, level: "HTNV" as const },
];

describe("table B", () => {
  const summary = summarizeUnit(PersonTable.fromPeople(members()), {
    assessmentDate: "2026-12-15",
    collectives,
  });
  const partyOver: QuotaResult = {
    scope: "party",
    key: "Chi bộ 2",
    base: 3,
    baseKind: "good",
    rate: 0.2,
    excellent: 1,
    allowed: 0,
    excess: 1,
    people: [],
  };
  const sheet = buildReport(singleUnitInput({ units: [{ name: "Sở Nội vụ", summary, quota: [partyOver] }] }))
    .sheets[1]!;

  it("counts Party members on the Party level, with the reasons for not rating them", () => {
    const [row] = rowsLabelled(sheet, "Đảng viên");
    // 9 members, 3 KXL, 6 rated: 1/6 = 16.7, 5/6 = 83.3; ratio 1/5 = 20 (at the rate).
    // Reasons: exempted 1, suspended 0, new member 1, not reviewed 0, other 1.
    expect(rowValues(sheet, row!, 3, 19)).toEqual([9, 3, 6, 1, 16.7, 5, 83.3, 0, 0, 0, 0, 20, 1, 0, 1, 0, 1]);
    expect(cellAt(sheet, row!, 20)!.value).toBe("Vượt chỉ tiêu HTXSNV: «Chi bộ 2» vượt 1");
  });

  it("counts the Party organisations from the collectives", () => {
    const [grassroots] = rowsLabelled(sheet, "Tổ chức cơ sở đảng");
    const [cells] = rowsLabelled(sheet, "Chi bộ trực thuộc");
    expect(rowValues(sheet, grassroots!)).toEqual([1, 0, 1, 0, 0, 1, 100, 0, 0, 0, 0, 0]);
    // 4 cells: 1 HTXSNV (25%), 2 HTTNV (50%), 1 HTNV (25%); ratio 1/2 = 50%, above 20%.
    expect(rowValues(sheet, cells!)).toEqual([4, 0, 4, 1, 25, 2, 50, 1, 25, 0, 0, 50]);
    expect(cellAt(sheet, cells!, 14)!.style).toBe("numberHigh");
    expect(rowValues(sheet, cells!, 15, 19)).toEqual([null, null, null, null, null]);
  });

  it("has the reasons' columns under one group header", () => {
    const [h1, h2] = sheet.printTitleRows!;
    expect(cellAt(sheet, h1, 15)!.value).toBe("Lý do đảng viên không xếp loại");
    expect(sheet.merges).toContainEqual({ top: h1, left: 15, bottom: h1, right: 19 });
    expect(rowValues(sheet, h2, 15, 19)).toEqual([
      "Miễn sinh hoạt",
      "Đình chỉ",
      "Mới kết nạp < 6 tháng",
      "Chưa kiểm điểm",
      "Khác",
    ]);
    expect(cellAt(sheet, h1, 20)!.value).toBe("Ghi chú");
  });

  it("adds up units into the agency's rows", () => {
    const two = buildReport(
      singleUnitInput({
        units: [
          { name: "A", summary },
          { name: "B", summary },
        ],
      }),
    ).sheets[1]!;
    const rows = rowsLabelled(two, "Đảng viên");
    expect(rows).toHaveLength(3);
    expect(rowValues(two, rows[2]!, 3, 19)).toEqual([
      18, 6, 12, 2, 16.7, 10, 83.3, 0, 0, 0, 0, 20, 2, 0, 2, 0, 2,
    ]);
  });
});
