import { describe, expect, it } from "vitest";
import {
  failedReason,
  isNewPartyMember,
  monthsBefore,
  notRatedReason,
  partyNotRatedReason,
  reasonLabel,
} from "../../shared/summary/index.js";
import type { Person } from "../../shared/roster/person.js";
import { PersonTable } from "../../shared/roster/personTable.js";
import { makePerson } from "../helpers/person.js";

/** The reasons read a person's row of a table. */
const row = (person: Person) => [PersonTable.fromPeople([person]), 0] as const;

describe("monthsBefore", () => {
  it("goes back calendar months, across the year and to the month's last day", () => {
    expect(monthsBefore("2026-12-15", 6)).toBe("2026-06-15");
    expect(monthsBefore("2026-03-10", 6)).toBe("2025-09-10");
    expect(monthsBefore("2026-08-31", 6)).toBe("2026-02-28");
    expect(monthsBefore("2024-08-31", 6)).toBe("2024-02-29");
  });
});

describe("notRatedReason (staff KXL)", () => {
  it.each([
    [{ monthsWorked: 5 }, "short-service"],
    [{ monthsWorked: 6 }, "other"],
    [{ leaveMonths: 6, leaveType: "unpaid" as const }, "long-leave"],
    [{ leaveMonths: 7 }, "long-leave"],
    [{ leaveMonths: 8, leaveType: "maternity" as const, monthsWorked: 4 }, "maternity"],
    [{ note: "Chưa kiểm điểm do vắng" }, "not-reviewed"],
    [{ note: "Nghi thai san tu thang 3" }, "maternity"],
    [{ note: "Chuyển công tác, hồ sơ đang chờ" }, "other"],
    [{}, "other"],
  ])("%o → %s", (values, code) => {
    expect(notRatedReason(...row(makePerson({ level: "KXL", ...values }))).code).toBe(code);
  });
});

describe("partyNotRatedReason", () => {
  const options = { assessmentDate: "2026-12-15" };
  it.each([
    [{ partyStatus: "exempt" as const }, "exempt"],
    [{ partyStatus: "suspended" as const }, "suspended"],
    [{ partyJoinDate: "2026-06-16" }, "new-member"],
    [{ partyJoinDate: "2026-06-15" }, "other"],
    [{ note: "Đảng viên được miễn sinh hoạt" }, "exempt"],
    [{ note: "chưa kiểm điểm" }, "not-reviewed"],
    [{}, "other"],
  ])("%o → %s", (values, code) => {
    expect(
      partyNotRatedReason(...row(makePerson({ isPartyMember: true, partyLevel: "KXL", ...values })), options)
        .code,
    ).toBe(code);
  });

  it("counts 6 months back from the assessment date: admitted 16/6 is new on 15/12, admitted 15/6 is not", () => {
    expect(isNewPartyMember(...row(makePerson({ partyJoinDate: "2026-06-16" })), "2026-12-15")).toBe(true);
    expect(isNewPartyMember(...row(makePerson({ partyJoinDate: "2026-06-15" })), "2026-12-15")).toBe(false);
    expect(isNewPartyMember(...row(makePerson({ partyJoinDate: "2026-06-16" })), undefined)).toBe(false);
  });
});

describe("failedReason (KHTNV)", () => {
  const options = { assessmentDate: "2026-12-15" };
  it.each([
    [{ disciplineForm: "reprimand" as const, disciplineDate: "2026-03-01" }, "discipline"],
    [{ disciplineForm: "warning" as const }, "discipline"],
    [{ disciplineForm: "warning" as const, disciplineDate: "2025-11-01", score: 40 }, "score"],
    [{ disciplineForm: "warning" as const, disciplineCounted: true }, "other"],
    [{ criteriaShortPct: 25 }, "criteria"],
    [{ criteriaShortPct: 20, score: 45 }, "score"],
    [{ tasksCompletedPct: 40 }, "criteria"],
    [{ isLeader: true, unitTargetsPct: 45 }, "criteria"],
    [{ unitTargetsPct: 45 }, "other"],
    [{ score: 49.5 }, "score"],
    [{ score: 50 }, "other"],
    [{ note: "Bị kỷ luật, chưa có quyết định" }, "discipline"],
    [{}, "other"],
  ])("%o → %s", (values, code) => {
    expect(failedReason(...row(makePerson({ level: "KHTNV", ...values })), options).code).toBe(code);
  });

  it("keeps the discipline form, and nothing else about the discipline", () => {
    const reason = failedReason(
      ...row(makePerson({ disciplineForm: "reprimand", disciplineDate: "2026-03-01" })),
      options,
    );
    expect(reason).toEqual({ code: "discipline", discipline: "reprimand" });
    expect(reasonLabel(reason)).toEqual({ vi: "Kỷ luật (khiển trách)", en: "Disciplined (reprimand)" });
  });
});

describe("reasonLabel", () => {
  it("gives the Vietnamese and English labels", () => {
    expect(reasonLabel({ code: "short-service" })).toEqual({
      vi: "Công tác dưới 6 tháng trong năm",
      en: "Worked less than 6 months in the year",
    });
    expect(reasonLabel({ code: "new-member" }).vi).toBe("Mới kết nạp dưới 6 tháng");
    expect(reasonLabel({ code: "score" }).vi).toBe("Điểm dưới 50");
  });
});
