import { describe, expect, it } from "vitest";
import { leaderSubunitsRule, leaderTargetsRule } from "../../shared/rules/leaderCriteria.js";
import type { Person } from "../../shared/roster/person.js";
import { makePerson, makeSheet } from "../helpers/person.js";
import { runRule } from "../helpers/runRule.js";

// Columns: A name, B type, C leader, D % targets, E % exceeded, F % on time, G sub-units ≥ HTNV, H ≥ HTTNV, I final level.
const sheet = makeSheet([
  "fullName",
  "staffType",
  "isLeader",
  "unitTargetsPct",
  "unitTargetsExceededPct",
  "unitTargetsOnTimePct",
  "subUnitsAtLeastCompletePct",
  "subUnitsAtLeastGoodPct",
  "finalLevel",
]);
const leader = (values: Partial<Person>) => makePerson({ staffType: "CB", isLeader: true, ...values }, sheet);

describe("criteria.leader-targets", () => {
  it("HTXSNV: silent with all targets and exactly 50% exceeded", () => {
    const p = leader({ level: "HTXSNV", unitTargetsPct: 100, unitTargetsExceededPct: 50 });
    expect(runRule(leaderTargetsRule, [p])).toEqual([]);
  });

  it("HTXSNV: fires at 49% exceeded, on the level's column", () => {
    const p = leader({ level: "HTXSNV", unitTargetsPct: 100, unitTargetsExceededPct: 49 });
    const [f, ...rest] = runRule(leaderTargetsRule, [p]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "criteria.leader-targets",
      severity: "error",
      row: p.row,
      column: "I",
    });
    expect(f!.message).toBe(
      "Xếp loại Hoàn thành xuất sắc nhiệm vụ (HTXSNV) cần ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức (đang ghi 49%)",
    );
  });

  it("HTXSNV: fires when the unit did not complete every target", () => {
    const [f] = runRule(leaderTargetsRule, [leader({ level: "HTXSNV", unitTargetsPct: 99 })], { lang: "en" });
    expect(f!.message).toBe("Level Excellent needs the unit led completing all its targets (99% given)");
  });

  it("HTTNV: silent at 80% on time, fires at 79%", () => {
    const ok = leader({ level: "HTTNV", unitTargetsPct: 100, unitTargetsOnTimePct: 80 });
    const late = leader({ level: "HTTNV", unitTargetsPct: 100, unitTargetsOnTimePct: 79 });
    const findings = runRule(leaderTargetsRule, [ok, late]);
    expect(findings.map((f) => f.row)).toEqual([late.row]);
    expect(findings[0]!.message).toBe(
      "Xếp loại Hoàn thành tốt nhiệm vụ (HTTNV) cần ít nhất 80% chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng (đang ghi 79%)",
    );
  });

  it("HTNV: needs more than 70% of targets", () => {
    const ok = leader({ level: "HTNV", unitTargetsPct: 71 });
    const short = leader({ level: "HTNV", unitTargetsPct: 70 });
    const findings = runRule(leaderTargetsRule, [ok, short]);
    expect(findings.map((f) => f.row)).toEqual([short.row]);
    expect(findings[0]!.message).toBe(
      "Xếp loại Hoàn thành nhiệm vụ (HTNV) cần đơn vị phụ trách hoàn thành trên 70% chỉ tiêu, nhiệm vụ (đang ghi 70%)",
    );
  });

  it("under 50% of targets forces KHTNV", () => {
    const [f] = runRule(leaderTargetsRule, [leader({ level: "HTNV", unitTargetsPct: 49 })]);
    expect(f!.message).toBe(
      "Đơn vị phụ trách chỉ hoàn thành 49% chỉ tiêu, nhiệm vụ (dưới 50%): phải xếp loại Không hoàn thành nhiệm vụ (KHTNV), đang ghi HTNV",
    );
    expect(runRule(leaderTargetsRule, [leader({ level: "KHTNV", unitTargetsPct: 49 })])).toEqual([]);
  });

  it("at exactly 50% gives the HTNV requirement, not the forced KHTNV", () => {
    const [f] = runRule(leaderTargetsRule, [leader({ level: "HTNV", unitTargetsPct: 50 })]);
    expect(f!.message).toContain("trên 70%");
  });

  it("skips non-leaders and người lao động", () => {
    const people = [
      leader({ isLeader: false, level: "HTXSNV", unitTargetsPct: 10 }),
      leader({ staffType: "NLD", level: "HTXSNV", unitTargetsPct: 10 }),
    ];
    expect(runRule(leaderTargetsRule, people)).toEqual([]);
  });
});

describe("criteria.leader-subunits", () => {
  it("HTTNV and HTXSNV: silent with 100% at least HTNV and exactly 70% at least HTTNV", () => {
    const people = [
      leader({ level: "HTTNV", subUnitsAtLeastCompletePct: 100, subUnitsAtLeastGoodPct: 70 }),
      leader({ level: "HTXSNV", subUnitsAtLeastCompletePct: 100, subUnitsAtLeastGoodPct: 70 }),
    ];
    expect(runRule(leaderSubunitsRule, people)).toEqual([]);
  });

  it("HTTNV: fires at 69% at least HTTNV", () => {
    const p = leader({ level: "HTTNV", subUnitsAtLeastCompletePct: 100, subUnitsAtLeastGoodPct: 69 });
    const [f] = runRule(leaderSubunitsRule, [p]);
    expect(f).toMatchObject({
      ruleId: "criteria.leader-subunits",
      severity: "error",
      row: p.row,
      column: "I",
    });
    expect(f!.message).toBe(
      "Xếp loại Hoàn thành tốt nhiệm vụ (HTTNV) cần ít nhất 70% đơn vị trực thuộc từ Hoàn thành tốt nhiệm vụ trở lên (đang ghi 69%)",
    );
  });

  it("HTXSNV: fires when a sub-unit is below HTNV", () => {
    const p = leader({ level: "HTXSNV", subUnitsAtLeastCompletePct: 90 });
    const [f] = runRule(leaderSubunitsRule, [p], { lang: "en" });
    expect(f!.message).toBe(
      "Level Excellent needs 100% of directly managed sub-units rated Complete or above (90% given)",
    );
  });

  it("HTNV: needs at least 70% of sub-units at least HTNV", () => {
    const ok = leader({ level: "HTNV", subUnitsAtLeastCompletePct: 70, subUnitsAtLeastGoodPct: 0 });
    const short = leader({ level: "HTNV", subUnitsAtLeastCompletePct: 69 });
    const findings = runRule(leaderSubunitsRule, [ok, short]);
    expect(findings.map((f) => f.row)).toEqual([short.row]);
    expect(findings[0]!.message).toBe(
      "Xếp loại Hoàn thành nhiệm vụ (HTNV) cần ít nhất 70% đơn vị trực thuộc quản lý trực tiếp từ Hoàn thành nhiệm vụ trở lên (đang ghi 69%)",
    );
  });

  it("skips non-leaders, KHTNV and người lao động", () => {
    const people = [
      leader({ isLeader: false, level: "HTXSNV", subUnitsAtLeastCompletePct: 10 }),
      leader({ level: "KHTNV", subUnitsAtLeastCompletePct: 10 }),
      leader({ staffType: "NLD", level: "HTXSNV", subUnitsAtLeastCompletePct: 10 }),
    ];
    expect(runRule(leaderSubunitsRule, people)).toEqual([]);
  });
});
