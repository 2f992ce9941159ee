/**
 * A suggestion is certain only where the rules could see the data they need: where a rule would
 * have capped the level had the missing data been unfavourable, the suggestion says it is not
 * certain and which check lacked what. Rule set 2023 (year 2024), no quota scope.
 */
import { describe, expect, it } from "vitest";
import {
  EXCELLENT,
  NO_QUOTA,
  of,
  PARTY,
  PARTY_COLUMNS,
  sheet,
  STAFF_COLUMNS,
  suggest,
  type Column,
} from "./roster.js";

const Y2024 = { year: 2024, ...NO_QUOTA };
const without = (...drop: Column[]) => STAFF_COLUMNS.filter((c) => !drop.includes(c));

describe("missing columns", () => {
  it("without the criteria columns HTXSNV is not certain, naming the checks and the columns", () => {
    const read = sheet(without("done", "over", "onTime", "short"), [{ ...EXCELLENT, name: "An" }]);
    const [s] = suggest([read], Y2024);
    expect(s!.level).toBe("HTXSNV");
    expect(s!.certain).toBe(false);
    const excellent = s!.reasons.find((r) => r.ruleId === "criteria.excellent")!;
    expect(excellent.vi).toContain('không có cột "% nhiệm vụ hoàn thành", "% vượt mức", "% đúng tiến độ"');
    expect(excellent.en).toContain('no column "% tasks completed", "% tasks exceeded", "% tasks on time"');
    // More than 20% of criteria short would leave KHTNV.
    expect(s!.reasons.map((r) => r.ruleId)).toContain("criteria.complete");
  });

  it("without the discipline column no level above KHTNV is certain", () => {
    const [s] = suggest(
      [sheet(without("discipline", "disciplineDate"), [{ ...EXCELLENT, name: "An" }])],
      Y2024,
    );
    expect(s!.certain).toBe(false);
    expect(s!.reasons.map((r) => r.ruleId)).toEqual(["discipline.fail"]);
    expect(s!.reasons[0]!.vi).toContain('không có cột "Hình thức kỷ luật"');
  });

  it("without the leave columns no level is certain: 6 months away would mean not rated", () => {
    const [s] = suggest([sheet(without("leave", "leaveType"), [{ ...EXCELLENT, name: "An" }])], Y2024);
    expect(s!.certain).toBe(false);
    // Twelve months away, the worst the missing columns could hide, is past elig.leave-cap's 3–6.
    expect(s!.reasons.map((r) => r.ruleId)).toEqual(["elig.short-service"]);
    expect(s!.reasons[0]!.vi).toContain('không có cột "Số tháng nghỉ"');
  });

  it("missing data that could not lower the level further leaves it certain", () => {
    // Already KHTNV for a discipline: only 6 months away (KXL) could go lower, and the leave
    // columns are there; the criteria columns are not, but no criterion lowers KHTNV.
    const read = sheet(without("done", "over", "onTime", "short"), [
      { ...EXCELLENT, name: "An", discipline: "Cảnh cáo", disciplineDate: "02/02/2024" },
    ]);
    const [s] = suggest([read], Y2024);
    expect([s!.level, s!.certain]).toEqual(["KHTNV", true]);
  });

  it("the leaders' criteria make only leaders uncertain when their columns are missing", () => {
    const read = sheet(
      [...STAFF_COLUMNS, "leader"],
      [
        { ...EXCELLENT, name: "Trưởng phòng", leader: "x" },
        { ...EXCELLENT, name: "Chuyên viên" },
      ],
    );
    const out = suggest([read], Y2024);
    expect(of(out, "Trưởng phòng").certain).toBe(false);
    expect(of(out, "Trưởng phòng").reasons.map((r) => r.ruleId)).toEqual([
      "criteria.leader-targets",
      "criteria.leader-subunits",
    ]);
    expect(of(out, "Chuyên viên").certain).toBe(true);
  });

  it("a head whose unit has no collective level is not certain; the reason names the unit", () => {
    const read = sheet(
      [...STAFF_COLUMNS, "head"],
      [
        { ...EXCELLENT, name: "Trưởng phòng", head: "x" },
        { ...EXCELLENT, name: "Chuyên viên" },
      ],
    );
    const out = suggest([read], Y2024);
    expect(of(out, "Trưởng phòng")).toMatchObject({ level: "HTXSNV", certain: false });
    expect(of(out, "Trưởng phòng").reasons[0]).toMatchObject({ ruleId: "head.above-unit" });
    expect(of(out, "Trưởng phòng").reasons[0]!.vi).toContain("“Phòng Tổng hợp”");
    expect(of(out, "Chuyên viên").certain).toBe(true);
  });

  it("a Party member's level is not certain without the votes columns (party.votes)", () => {
    const columns = PARTY_COLUMNS.filter((c) => c !== "votes" && c !== "members");
    const [s] = suggest([sheet(columns, [{ ...EXCELLENT, ...PARTY, name: "An" }])], Y2024);
    expect([s!.level, s!.partyLevel, s!.certain]).toEqual(["HTXSNV", "HTXSNV", false]);
    expect(s!.reasons).toEqual([expect.objectContaining({ field: "partyLevel", ruleId: "party.votes" })]);
  });
});

describe("blank cells", () => {
  it("a blank share of tasks exceeded leaves HTXSNV uncertain; a blank discipline cell means none", () => {
    const read = sheet(STAFF_COLUMNS, [
      { ...EXCELLENT, name: "An", over: null },
      { ...EXCELLENT, name: "Bình", discipline: null },
    ]);
    const out = suggest([read], Y2024);
    expect(of(out, "An")).toMatchObject({ level: "HTXSNV", certain: false });
    expect(of(out, "An").reasons[0]!.vi).toContain('ô "% vượt mức" để trống');
    expect(of(out, "An").reasons[0]!.en).toContain('"% tasks exceeded" left blank');
    expect(of(out, "Bình")).toMatchObject({ level: "HTXSNV", certain: true });
  });
});
