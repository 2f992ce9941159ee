/**
 * The task pane in real Chromium, end to end: a clerk's path on the demonstration office's roster
 * (a real .xlsx: title rows, two-row header, numbering row, signature block) — open, check, fix,
 * suggest, quota, submit — and a reviewer's path at the superior agency: consolidate and insert the report.
 * Expected values are worked out from the roster (cli/demoRosters.ts) and RULES.md, not read off the pane.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ROSTERS } from "../../cli/demoRosters.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { fromXlsx } from "../host/fromXlsx.js";
import type { HostWorkbook } from "../host/workbook.js";
import { openPane, pageProblems, screenshot, startStage, type Stage } from "./harness.js";

let stage: Stage;
let roster: HostWorkbook;
const SHEET = "Danh sách";

beforeAll(async () => {
  stage = await startStage();
  // "Phòng Tổ chức cán bộ", the office the demonstration tree has already received version 1 from.
  roster = await fromXlsx(await writeRosterWorkbook([DEMO_ROSTERS[0]!.sheet]));
}, 120_000);

afterAll(async () => {
  await stage?.stop();
});

/** Reads the in-memory workbook inside the page. */
function host<T>(page: Page, read: string): Promise<T> {
  return page.evaluate(`(() => { const book = window.__xlHost.workbook; return ${read}; })()`) as Promise<T>;
}

/** What the clerk types into a cell in Excel. */
function type(page: Page, address: string, value: string): Promise<void> {
  return page.evaluate(
    ([sheet, a, v]) => {
      const match = /^([A-Z]+)(\d+)$/.exec(a)!;
      const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      (
        window as unknown as {
          __xlHost: {
            workbook: { sheet(name: string): { setValue(r: number, c: number, v: string): void } };
          };
        }
      ).__xlHost.workbook
        .sheet(sheet)
        .setValue(Number(match[2]) - 1, column, v);
    },
    [SHEET, address, value] as const,
  );
}

const cells = (page: Page) =>
  page.getByTestId("finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));

describe("a clerk's path: open, check, fix, quota, submit", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(stage, roster);
  });

  it("opens in Vietnamese with the check tab", async () => {
    await expect
      .poll(() => page.getByRole("heading", { name: "Xếp loại chất lượng" }).isVisible())
      .toBe(true);
    expect(await page.getByTestId("tab-check").textContent()).toBe("Kiểm tra");
    await screenshot(page, "01-open");
  });

  it("switches to English and back", async () => {
    await page.getByTestId("language").click();
    expect(await page.getByTestId("tab-check").textContent()).toBe("Check");
    await page.getByTestId("language").click();
    expect(await page.getByTestId("tab-check").textContent()).toBe("Kiểm tra");
  });

  it("checks the roster, lists findings by severity and marks their cells", async () => {
    await page.getByTestId("check").click();
    await page.getByTestId("notice").waitFor();
    // 11 people, công chức rated by score in 2026 (RULES.md §9). Errors: the công chức quota of the
    // agency (3 HTXSNV to 5 HTTNV) and the Party cell's (2 to 2); the score band on M7 (88 points) and
    // N7; discipline on M10 and N10. The 4 months worked of M11 only warn for a công chức (§9), and
    // the leaders' derived group over quota is a warning (§5).
    expect(await page.getByTestId("notice").textContent()).toContain("Đã kiểm tra 11 người");
    expect(await page.getByTestId("group-error").textContent()).toContain("6");
    expect(await cells(page)).toEqual(
      expect.arrayContaining(["Danh sách!M7", "Danh sách!N7", "Danh sách!M10", "Danh sách!N10"]),
    );
    expect(await cells(page)).not.toContain("Danh sách!M11");
    expect(await host(page, `book.fill("${SHEET}", "M10").color`)).toBe("#FFC7CE");
    expect(await host(page, `book.fill("${SHEET}", "M9").pattern`)).toBe("None");
    await screenshot(page, "02-checked");
  });

  it("selects a finding's cell when it is clicked", async () => {
    await page.locator('[data-cell="Danh sách!M10"]').click();
    await expect.poll(() => host(page, "book.selection()")).toEqual({ sheet: SHEET, address: "M10" });
  });

  it("after the clerk fixes the disciplined person's levels, the check no longer flags them and their mark is gone", async () => {
    await type(page, "M10", "Không hoàn thành nhiệm vụ");
    await type(page, "N10", "Không hoàn thành nhiệm vụ");
    await page.getByTestId("check").click();
    await expect.poll(async () => (await cells(page)).includes("Danh sách!M10")).toBe(false);
    expect(await cells(page)).not.toContain("Danh sách!N10");
    expect(await cells(page)).toContain("Danh sách!M7");
    expect(await host(page, `book.fill("${SHEET}", "M10").pattern`)).toBe("None");
    await screenshot(page, "03-fixed");
  });

  it("removes its marks completely, leaving the cells as the clerk had them", async () => {
    expect(await host(page, `book.fill("${SHEET}", "M7").color`)).toBe("#FFC7CE");
    await page.getByTestId("clear-marks").click();
    await expect.poll(() => host(page, `book.fill("${SHEET}", "M7").pattern`)).toBe("None");
    expect(await host(page, `book.fill("${SHEET}", "M11").pattern`)).toBe("None");
    expect(await host(page, `book.value("${SHEET}", "M7")`)).toBe("HTXSNV");
  });

  it("suggests each person's highest level in two new columns, leaving the clerk's columns as they are", async () => {
    await page.getByTestId("tab-suggest").click();
    await page.getByTestId("suggest").click();
    // The roster's last column is Q (Ghi chú): ours are R and S.
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("cột R, S");
    const column = await host<string[][]>(page, `book.values("${SHEET}", "R1:R20")`);
    expect(column.flat()).toContain("Mức xếp loại tối đa theo quy định");
    // RULES.md §9: disciplined in the year (tie to public duty assumed) → KHTNV, staff and Party level;
    // 4 months worked only warns for a công chức, so her 80 points leave HTTNV.
    expect(await host(page, `book.value("${SHEET}", "R10")`)).toBe(
      "Không hoàn thành nhiệm vụ; Đảng viên: Không hoàn thành nhiệm vụ",
    );
    expect(await host(page, `book.value("${SHEET}", "R11")`)).toBe("Hoàn thành tốt nhiệm vụ");
    expect(await host(page, `book.value("${SHEET}", "S10")`)).toContain("kỷ luật");
    expect(await host(page, `book.value("${SHEET}", "M10")`)).toBe("Không hoàn thành nhiệm vụ");
    await screenshot(page, "04-suggested");
  });

  it("shows the columns it read and remembers a correction in the workbook", async () => {
    await page.getByTestId("tab-columns").click();
    await page.getByTestId("read-headers").click();
    const note = page.getByTestId("column-row").filter({ hasText: "Ghi chú" });
    await note.waitFor();
    expect(await note.getAttribute("data-letter")).toBe("Q");
    await note.getByRole("combobox").click();
    await page.getByRole("option", { name: "Bỏ qua cột này" }).click();
    await page.getByTestId("save-columns").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("Đã lưu");
    const saved = await host<Record<string, string>>(page, `book.settings()`);
    expect(JSON.parse(saved["xepLoai.columns"]!)).toEqual({ Q: "ignore" });
  });

  it("runs the quota check in one click: the agency scope and who falls outside, by votes then score", async () => {
    await page.getByTestId("tab-quota").click();
    await page.getByTestId("quota").click();
    const agency = page.getByTestId("quota-row").filter({ hasText: "Toàn cơ quan" });
    await agency.waitFor();
    // State staff: 3 HTXSNV (An, Bình, Cường); HTTNV now Dung, Giang, Hải, Hạnh = 4 (Em was fixed to
    // KHTNV; Long is NLĐ). Allowed 20% × 4 = 0.8 → 0 (no rounding up, the default); excess 3.
    expect(await agency.getByTestId("quota-scope").textContent()).toBe("Toàn cơ quan · công chức");
    const numbers = ["excellent", "base", "allowed", "excess"].map((n) =>
      agency.getByTestId(`quota-${n}`).textContent(),
    );
    expect(await Promise.all(numbers)).toEqual(["HTXSNV: 3", "Cơ sở tính: 4", "Được phép: 0", "Vượt: 3"]);
    const outside = await page
      .getByTestId("outside-quota")
      .first()
      .getByTestId("outside-person")
      .allTextContents();
    // Votes 9, 7, 6 (Party votes column): An, then Bình, then Cường.
    expect(outside.map((t) => t.split(" (")[0])).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
    await screenshot(page, "05-quota");
  });

  it("submits upward: sign in, send anyway with errors, replace the version the unit already had, show the receipt", async () => {
    await page.getByTestId("tab-submit").click();
    await page.getByTestId("dev-unit").fill(stage.seeded.submittedUnit);
    await page.getByTestId("sign-in").click();
    await page.getByTestId("signed-in").waitFor();
    await page.getByTestId("submit").click();
    // Errors remain (quota, score band, short service): the clerk is asked before sending.
    await page.getByRole("button", { name: "Vẫn gửi" }).click();
    // The demonstration tree already holds version 1 of this office, unknown to this workbook.
    await page.getByTestId("replace").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("Đã gửi: phiên bản 2");
    expect(await page.getByTestId("notice").textContent()).toContain("11 người");
    await screenshot(page, "06-submitted");
    expect(pageProblems(page)).toEqual([]);
  });
});

describe("a reviewer's path: consolidate and insert the report", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(stage, { sheets: [{ name: "Sheet1", rows: [] }] });
  });

  it("shows the children's status and the totals", async () => {
    await page.getByTestId("tab-consolidate").click();
    await page.getByTestId("dev-unit").fill("so-noi-vu");
    await page.getByTestId("sign-in").click();
    await page.getByTestId("consolidate").click();
    await page.getByTestId("children").waitFor();
    const rows = page.getByTestId("child");
    expect(await rows.count()).toBe(2);
    // Sent on 21/11 (the harness's clock), before Phòng TCCB's deadline of 25/11: the report's words.
    const tccb = rows.filter({ hasText: "Phòng Tổ chức cán bộ" });
    expect(await tccb.getAttribute("data-status")).toBe("on-time");
    expect(await tccb.textContent()).toContain("Đúng hạn");
    const planning = rows.filter({ hasText: "Phòng Kế hoạch - Tài chính" });
    expect(await planning.getAttribute("data-status")).toBe("missing");
    expect(await planning.textContent()).toContain("Chưa gửi");
    // Phòng TCCB's own check of its công chức, as the quota tab worked it out above: 3 HTXSNV,
    // 0 allowed (20% of 4 HTTNV, floored), 3 over.
    const cc = page.getByTestId("consolidated-quota").locator('[data-population="CC"] td');
    expect(await cc.allTextContents()).toEqual(["công chức", "3", "0", "3"]);
    // Version 2 of the clerk's path: the 11 people of the roster.
    expect(await page.getByTestId("consolidated-total").textContent()).toContain("11");
    await screenshot(page, "07-consolidated");
  });

  it("inserts the report sheets drawn from the shared model, with a chart of the levels", async () => {
    await page.getByTestId("insert-report").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("Đã chèn");
    const token = await stage.token("reviewer", "so-noi-vu");
    const res = await fetch(`${stage.apiBase}/api/periods/2026/units/so-noi-vu/report.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { model } = (await res.json()) as {
      model: {
        sheets: { name: string; cells: { row: number; col: number; value: string | number | null }[] }[];
      };
    };
    const names = await host<string[]>(page, "book.sheetNames()");
    for (const sheet of model.sheets) {
      expect(names).toContain(sheet.name);
      const values = await host<(string | number)[][]>(page, `book.values(${JSON.stringify(sheet.name)})`);
      for (const cell of sheet.cells)
        if (cell.value !== null) expect(values[cell.row - 1]?.[cell.col - 1]).toBe(cell.value);
    }
    const charts = await host<unknown[]>(page, `book.charts(${JSON.stringify(model.sheets[0]!.name)})`);
    expect(charts).toHaveLength(1);
    await screenshot(page, "08-report-inserted");
    expect(pageProblems(page)).toEqual([]);
  });
});
