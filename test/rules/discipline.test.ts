import { describe, expect, it } from "vitest";
import { disciplineRule, partyDisciplineRule } from "../../shared/rules/discipline.js";
import { ruleSetsOf } from "../../shared/rules/index.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C discipline, D date, E counted, F duty-related, G final level, H remedied, I Party level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "disciplineForm",
  "disciplineDate",
  "disciplineCounted",
  "disciplineDutyRelated",
  "finalLevel",
  "partyRemedied",
  "partyLevel",
]);
const person = (values: Partial<Person>) =>
  makePerson({ staffType: "CB", disciplineForm: "reprimand", level: "HTNV", ...values }, sheet);

describe("discipline.fail (2023, 2025, 2026: any discipline)", () => {
  it("fires on a reprimand taking effect in the year: the level must be KHTNV", () => {
    const p = person({ disciplineDate: "2026-03-10" });
    const [f, ...rest] = runRule(disciplineRule, [p], { year: 2026 });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "discipline.fail", severity: "error", row: p.row, column: "G" });
    expect(f!.message).toBe(
      "Bị kỷ luật khiển trách (hiệu lực ngày 10/03/2026) trong năm đánh giá: phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV",
    );
  });

  it("in English", () => {
    const [f] = runRule(disciplineRule, [person({ disciplineForm: "warning", level: "HTTNV" })], {
      lang: "en",
    });
    expect(f!.message).toBe(
      "Disciplined (warning) in the evaluation year: must be rated Not complete, but Good is given",
    );
  });

  it("assumes a discipline without a date is in the year", () => {
    expect(runRule(disciplineRule, [person({})])).toHaveLength(1);
  });

  it("counts 1 January to the assessment date, both included", () => {
    const people = [
      person({ disciplineDate: "2025-12-31" }),
      person({ disciplineDate: "2026-01-01" }),
      person({ disciplineDate: "2026-12-15" }),
      person({ disciplineDate: "2026-12-16" }),
    ];
    expect(runRule(disciplineRule, people).map((f) => f.row)).toEqual([people[1]!.row, people[2]!.row]);
  });

  it("is silent when the conduct was already counted in an earlier year's KHTNV", () => {
    for (const year of [2021, 2023, 2026])
      expect(runRule(disciplineRule, [person({ disciplineCounted: true })], { year })).toEqual([]);
  });

  it("is silent at KHTNV, at KXL, without a readable level, and for người lao động", () => {
    const people = [
      person({ level: "KHTNV" }),
      person({ level: "KXL" }),
      person({ level: undefined, levelUnreadable: true }),
      person({ staffType: "NLD" }),
    ];
    expect(runRule(disciplineRule, people)).toEqual([]);
  });

  it("fires whether or not the conduct was in performing duties", () => {
    expect(runRule(disciplineRule, [person({ disciplineDutyRelated: false })], { year: 2023 })).toHaveLength(
      1,
    );
  });

  it("cites ND48 (and ND335 for công chức from 2026)", () => {
    const [f2023] = runRule(disciplineRule, [person({})], { year: 2023 });
    expect(f2023!.source).toBe(
      "khoản 5 Điều 2 Nghị định 90/2020/NĐ-CP (bổ sung bởi Điều 1 Nghị định 48/2023/NĐ-CP)",
    );
    const [f2026] = runRule(disciplineRule, [person({})], { year: 2026 });
    expect(f2026!.source).toContain("Nghị định 48/2023/NĐ-CP");
    expect(f2026!.source).toContain("Nghị định 335/2025/NĐ-CP, điều quy định các mức xếp loại");
  });
});

describe("discipline.fail (2020: only conduct in performing duties)", () => {
  it("is silent when the roster says the conduct was not in performing duties", () => {
    expect(runRule(disciplineRule, [person({ disciplineDutyRelated: false })], { year: 2021 })).toEqual([]);
  });

  it("fires alone when the conduct was in performing duties", () => {
    const findings = runRule(disciplineRule, [person({ disciplineDutyRelated: true })], { year: 2021 });
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
    expect(findings[0]!.source).toBe("Điều 11, Điều 15 Nghị định 90/2020/NĐ-CP");
  });

  it("when the roster does not say, fires and warns that duty-related conduct was assumed", () => {
    const p = person({});
    const [error, warning, ...rest] = runRule(disciplineRule, [p], { year: 2022 });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: "discipline.fail", severity: "error", column: "G" });
    expect(warning).toMatchObject({
      ruleId: "discipline.fail",
      severity: "warning",
      row: p.row,
      column: "C",
    });
    expect(warning!.message).toContain("không ghi vi phạm có xảy ra trong khi thực thi nhiệm vụ hay không");
    expect(warning!.message).toContain("đã coi là vi phạm trong thực thi nhiệm vụ");
    expect(warning!.message).toContain("chỉ buộc xếp loại KHTNV trong trường hợp này");
    const [, en] = runRule(disciplineRule, [p], { year: 2022, lang: "en" });
    expect(en!.message).toContain("does not say whether the conduct was in performing duties");
  });

  it("is one rule id that belongs to every rule set", () => {
    expect(ruleSetsOf(disciplineRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});

describe("party.discipline-fail", () => {
  const member = (values: Partial<Person>) =>
    person({ isPartyMember: true, level: "KHTNV", partyLevel: "HTTNV", ...values });

  it("fires on the Party level of a member disciplined in the year", () => {
    const p = member({ disciplineForm: "expulsion" });
    const [f, ...rest] = runRule(partyDisciplineRule, [p], { year: 2026 });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "party.discipline-fail", severity: "error", row: p.row, column: "I" });
    expect(f!.message).toBe(
      "Bị kỷ luật khai trừ trong năm đánh giá: xếp loại đảng viên phải là Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTTNV",
    );
    const [en] = runRule(partyDisciplineRule, [p], { lang: "en" });
    expect(en!.message).toBe(
      "Disciplined (expulsion) in the evaluation year: the Party level must be Not complete, but Good is given",
    );
  });

  it("exempts a self-discovered and remedied violation from 2023, not in 2020", () => {
    const p = member({ partyRemedied: true });
    expect(runRule(partyDisciplineRule, [p], { year: 2023 })).toEqual([]);
    expect(runRule(partyDisciplineRule, [p], { year: 2025 })).toEqual([]);
    const [f] = runRule(partyDisciplineRule, [p], { year: 2020 });
    expect(f!.severity).toBe("error");
    expect(f!.message).toContain("việc tự phát hiện và khắc phục chỉ được trừ từ Quy định 124-QĐ/TW");
  });

  it("counts one violation once: silent when already counted", () => {
    expect(runRule(partyDisciplineRule, [member({ disciplineCounted: true })])).toEqual([]);
  });

  it("is silent outside the year, at KHTNV or KXL, and without discipline", () => {
    const people = [
      member({ disciplineDate: "2025-11-30" }),
      member({ partyLevel: "KHTNV" }),
      member({ partyLevel: "KXL" }),
      member({ disciplineForm: undefined }),
    ];
    expect(runRule(partyDisciplineRule, people)).toEqual([]);
  });

  it("applies to người lao động who are Party members", () => {
    expect(runRule(partyDisciplineRule, [member({ staffType: "NLD" })])).toHaveLength(1);
  });

  it("applies under every rule set", () => {
    expect(ruleSetsOf(partyDisciplineRule)).toEqual(["2020", "2023", "2025", "2026"]);
  });
});
