/**
 * RULES.md §9, the four grounds that force KHTNV on score-rated rows besides the score: discipline
 * under ND335 (tied to public duty, khiển trách and above, in the year), degradation (every rule
 * set), a leader's unit dealt with for corruption; and ND90's leave lines as warnings (leaveRules).
 */
import { describe, expect, it } from "vitest";
import { degradationRule } from "../../shared/rules/degradation.js";
import { disciplineRule } from "../../shared/rules/discipline.js";
import { leaveCapRule, shortServiceRule } from "../../shared/rules/eligibility.js";
import { unitMisconductRule } from "../../shared/rules/unitMisconduct.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// A name, B type, C leader, D discipline, E date, F counted, G tied to duty, H degradation,
// I unit misconduct, J months worked, K leave months, L leave type, M final level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "isLeader",
  "disciplineForm",
  "disciplineDate",
  "disciplineCounted",
  "disciplineDutyRelated",
  "degradationConcluded",
  "unitMisconductHandled",
  "monthsWorked",
  "leaveMonths",
  "leaveType",
  "finalLevel",
]);
const cc = (values: Partial<Person>) => makePerson({ staffType: "CC", level: "HTTNV", ...values }, sheet);
const disciplined = (values: Partial<Person>) =>
  cc({ disciplineForm: "reprimand", disciplineDate: "2026-05-04", disciplineDutyRelated: true, ...values });

describe("discipline.fail on score-rated rows (ND335, case (c))", () => {
  it("a reprimand in the year for a violation tied to public duty: KHTNV, citing ND335", () => {
    const p = disciplined({});
    const [f, ...rest] = runRule(disciplineRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", row: p.row, column: "M" });
    expect(f!.message).toBe(
      "Bị kỷ luật khiển trách (hiệu lực ngày 04/05/2026) trong năm đánh giá: phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTTNV",
    );
    expect(f!.source).toBe("Nghị định 335/2025/NĐ-CP, điều quy định các mức xếp loại, trường hợp (c)");
  });

  it("a violation not tied to public duty does not force KHTNV (unlike ND48 for cán bộ)", () => {
    expect(runRule(disciplineRule, [disciplined({ disciplineDutyRelated: false })])).toEqual([]);
    const cadre = disciplined({ staffType: "CB", disciplineDutyRelated: false });
    expect(runRule(disciplineRule, [cadre])).toHaveLength(1);
  });

  it("when the roster does not say, assumes it was tied and warns that it did", () => {
    const p = disciplined({ disciplineDutyRelated: undefined });
    const findings = runRule(disciplineRule, [p]);
    expect(findings.map((f) => [f.severity, f.column])).toEqual([
      ["error", "M"],
      ["warning", "D"],
    ]);
    expect(findings[1]!.message).toContain("liên quan đến thực thi công vụ");
    // No warning when the level is already KHTNV.
    expect(
      runRule(disciplineRule, [disciplined({ disciplineDutyRelated: undefined, level: "KHTNV" })]),
    ).toEqual([]);
  });

  it("a discipline dated after the assessment date or in another year is not counted", () => {
    const late = disciplined({ disciplineDate: "2026-12-16" });
    const earlier = disciplined({ disciplineDate: "2025-11-30" });
    expect(runRule(disciplineRule, [late, earlier])).toEqual([]);
  });

  it("conduct already counted in an earlier year's KHTNV: exempt by default, counted with disciplineCounted ignore", () => {
    const p = disciplined({ disciplineCounted: true });
    expect(runRule(disciplineRule, [p])).toEqual([]);
    expect(runRule(disciplineRule, [p], { settings: { disciplineCounted: "ignore" } })).toHaveLength(1);
  });

  it("a form that is none of the known ones is only a warning on the discipline's cell", () => {
    const [f, ...rest] = runRule(disciplineRule, [disciplined({ disciplineForm: "other" })]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", column: "D" });
  });

  it("viên chức follow ND233 by default, and ND48 (any discipline) under vienChucBasis nd90", () => {
    const p = disciplined({ staffType: "VC", disciplineDutyRelated: false });
    expect(runRule(disciplineRule, [p])).toEqual([]);
    expect(runRule(disciplineRule, [p], { settings: { vienChucBasis: "nd90" } })).toHaveLength(1);
  });
});

describe("degradation.fail (every rule set)", () => {
  it("forces KHTNV when a degradation finding is concluded, for cán bộ, công chức and viên chức", () => {
    for (const year of [2021, 2024, 2026])
      for (const staffType of ["CB", "CC", "VC"] as const) {
        const p = cc({ staffType, degradationConcluded: true, level: "HTNV" });
        const [f] = runRule(degradationRule, [p], { year });
        expect(f).toMatchObject({ ruleId: "degradation.fail", severity: "error", column: "M" });
      }
  });

  it("is silent when not marked, at KHTNV, for KXL and for người lao động", () => {
    const people = [
      cc({}),
      cc({ degradationConcluded: true, level: "KHTNV" }),
      cc({ degradationConcluded: true, level: "KXL" }),
      cc({ staffType: "NLD", degradationConcluded: true }),
    ];
    expect(runRule(degradationRule, people)).toEqual([]);
  });
});

describe("leader.unit-misconduct (score-rated leaders)", () => {
  it("forces KHTNV on a leader whose unit was dealt with for corruption", () => {
    const p = cc({ isLeader: true, unitMisconductHandled: true, level: "HTXSNV" });
    const [f] = runRule(unitMisconductRule, [p], { lang: "en" });
    expect(f).toMatchObject({ severity: "error", column: "M" });
    expect(f!.message).toBe(
      "Leader of a unit that was dealt with for embezzlement, corruption or waste: must be rated Not complete, but Excellent is given",
    );
  });

  it("is silent for non-leaders, cán bộ, and before 2026", () => {
    const notLeader = cc({ unitMisconductHandled: true });
    const cadre = cc({ staffType: "CB", isLeader: true, unitMisconductHandled: true });
    expect(runRule(unitMisconductRule, [notLeader, cadre])).toEqual([]);
    const leader = cc({ isLeader: true, unitMisconductHandled: true });
    expect(runRule(unitMisconductRule, [leader], { year: 2025 })).toEqual([]);
  });
});

describe("elig.* on score-rated rows: leaveRules", () => {
  const short = () => cc({ monthsWorked: 5 });
  const leave = () => cc({ leaveMonths: 4, leaveType: "sick" });

  it("warns by default, says why, and caps no suggestion", () => {
    const [s] = runRule(shortServiceRule, [short()]);
    const [l] = runRule(leaveCapRule, [leave()]);
    expect(s).toMatchObject({ severity: "warning", column: "M" });
    expect(l).toMatchObject({ severity: "warning", column: "M" });
    expect(s!.message).toContain("chỉ cảnh báo");
  });

  it("is an error under leaveRules error and silent under off", () => {
    expect(runRule(shortServiceRule, [short()], { settings: { leaveRules: "error" } })[0]!.severity).toBe(
      "error",
    );
    expect(runRule(leaveCapRule, [leave()], { settings: { leaveRules: "off" } })).toEqual([]);
  });

  it("stays an error for cán bộ", () => {
    expect(runRule(shortServiceRule, [cc({ staffType: "CB", monthsWorked: 5 })])[0]!.severity).toBe("error");
  });
});
