import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../shared/check.js";
import type { Finding } from "../../shared/findings.js";
import type { QuotaResult } from "../../shared/quota/types.js";
import type { WorkbookCheck } from "../../addin/excel/checkWorkbook.js";
import { showDate, showTime } from "../../addin/taskpane/dates.js";
import { findingCell, findingPeople } from "../../addin/taskpane/findingPeople.js";
import { countsByLevel, levelName } from "../../addin/taskpane/levelNames.js";
import { scopeName } from "../../addin/taskpane/scopeName.js";
import { langOf } from "../../addin/taskpane/strings.js";

describe("the pane's language", () => {
  it("is Office's: Vietnamese for vi-VN, English for any other", () => {
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf("vi")).toBe("vi");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("fr-FR")).toBe("en");
  });

  it("names levels in full, capitalised, in English too", () => {
    expect(levelName("HTXSNV", "vi")).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(levelName("HTXSNV", "en")).toBe("Excellent");
    expect(levelName("KHTNV", "en")).toBe("Not complete");
  });
});

describe("dates", () => {
  it("shows dates and times as dd/mm/yyyy", () => {
    expect(showDate("2026-12-15")).toBe("15/12/2026");
    expect(showTime(new Date(2026, 10, 21, 9, 5).toISOString())).toBe("21/11/2026 09:05");
  });
});

const scope = (over: Partial<QuotaResult>) =>
  ({ scope: "group", key: "Chuyên viên", derived: false, ...over }) as QuotaResult;

describe("scope names", () => {
  it("translates the engine's words in a derived group, and keeps the roster's names", () => {
    const derived = scope({ key: "Phòng A · CC · lãnh đạo", derived: true, population: "CC" });
    // A derived group's key names its staff type already: no population after it.
    expect(scopeName(derived, "vi")).toBe("Nhóm: Phòng A · CC · lãnh đạo");
    expect(scopeName(derived, "en")).toBe("Group: Phòng A · civil servants · leaders");
    const peer = scope({ key: "Chuyên viên", population: "VC" });
    expect(scopeName(peer, "en")).toBe("Group: Chuyên viên · public employees");
    expect(scopeName(scope({}), "en")).toBe("Group: Chuyên viên");
    expect(scopeName(scope({ scope: "agency", key: "agency" }), "en")).toBe("Agency");
  });
});

describe("counts by level", () => {
  it("adds every staff type's count of a level", () => {
    const counts = (n: number) => ({ HTXSNV: n, HTTNV: 0, HTNV: 0, KHTNV: 0, KXL: 0, missing: 0 });
    const byStaffType = { CB: counts(1), CC: counts(2), VC: counts(0), NLD: counts(0), unknown: counts(3) };
    expect(countsByLevel({ byStaffType }).HTXSNV).toBe(6);
  });
});

describe("the people of a finding", () => {
  const names = ["Họ và tên", "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"];
  const check = {
    sheets: [{ name: "DS", firstRow: 4, rows: names.map((n) => [1, n]) }],
    snapshot: { previous: [] },
    result: {
      sheets: [
        { name: "DS", kind: "roster", columns: [{ letter: "B", header: "Họ và tên", field: "fullName" }] },
      ],
      quota: [
        {
          scope: "agency",
          key: "agency",
          people: [
            { name: "Nguyễn Văn An", sheet: "DS", row: 5, withinQuota: true },
            { name: "Lê Văn Cường", sheet: "DS", row: 7, withinQuota: false },
          ],
        },
      ],
    } as unknown as CheckResult,
  } as unknown as WorkbookCheck;

  it("writes the cell as the command line does", () => {
    const f = { sheet: "DS", column: "M", row: 7 } as Finding;
    expect(findingCell(f)).toBe("DS!M7");
    expect(findingCell({ sheet: "DS" } as Finding)).toBe("DS");
  });

  it("takes a quota finding's people from the quota result with the same rows", () => {
    const f = { ruleId: "quota.excellent", rows: [5, 7] } as Finding;
    expect(findingPeople(f, check).map((p) => p.name)).toEqual(["Nguyễn Văn An", "Lê Văn Cường"]);
  });

  it("reads a Party cell's members' names on the roster's rows", () => {
    const f = { ruleId: "collective.distribution", sheet: "Tập thể", row: 3, rows: [6, 7] } as Finding;
    expect(findingPeople(f, check)).toEqual([
      { name: "Trần Thị Bình", sheet: "DS", row: 6 },
      { name: "Lê Văn Cường", sheet: "DS", row: 7 },
    ]);
    expect(findingPeople({ ruleId: "score.band", row: 6 } as Finding, check)).toEqual([]);
  });
});
