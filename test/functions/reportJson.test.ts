/**
 * `GET …/report.json`: the report model the task pane draws, the same as the one report.xlsx is
 * drawn from, under the same access rule (reviewers of the unit or above, admins).
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportCell, ReportModel } from "../../shared/report/index.js";
import { startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

const get = async (path: string, token?: string, lang = "vi") =>
  fetch(`${backEnd.api}${path}`, {
    headers: { "accept-language": lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

async function submit(unitId: string, people: object[]) {
  expect(await backEnd.submit(unitId, people)).toBe(201);
}

const cc = (fullName: string, level: string, extra: object = {}) => ({
  fullName,
  staffType: "CC",
  level,
  ...extra,
});

async function modelOf(path: string, token: string, lang = "vi"): Promise<ReportModel> {
  const res = await get(path, token, lang);
  expect(res.status).toBe(200);
  return ((await res.json()) as { model: ReportModel }).model;
}

beforeAll(async () => {
  backEnd = await startBackEnd(
    [
      { id: "tinh", name: "UBND tỉnh", parentId: null },
      { id: "snv", name: "Sở Nội vụ", parentId: "tinh", deadline: "2026-11-25" },
      { id: "stc", name: "Sở Tài chính", parentId: "tinh", deadline: "2026-11-25" },
      { id: "snv-tccb", name: "Phòng Tổ chức cán bộ", parentId: "snv" },
    ],
    { now: () => new Date("2026-11-20T09:00:00Z") },
  );
  // Phòng TCCB (under Sở Nội vụ): 1 HTXSNV and 4 HTTNV; Sở Tài chính: 1 HTTNV and 1 HTNV.
  await submit("snv-tccb", [
    cc("Nguyễn Văn An", "HTXSNV", { votesFor: 9 }),
    ...["Bình", "Cường", "Dung", "Em"].map((n) => cc(`Trần Văn ${n}`, "HTTNV")),
  ]);
  await submit("stc", [cc("Phạm Thị Lan", "HTTNV"), cc("Vũ Văn Minh", "HTNV")]);
}, 60_000);

afterAll(async () => {
  await backEnd?.stop();
});

const rowOf = (cells: readonly ReportCell[], label: RegExp) =>
  cells.find((c) => label.test(String(c.value)))!.row;

describe("the report model as JSON", () => {
  it("holds the three sheets of REPORT.md with the totals of what the units sent", async () => {
    const model = await modelOf(
      "/periods/2026/units/tinh/report.json",
      await backEnd.token("reviewer", "tinh"),
    );
    expect(model.sheets.map((s) => s.name)).toEqual(["Biểu A - CBCCVC", "Biểu B - Đảng viên", "Danh sách"]);
    const staff = model.sheets[0]!.cells;
    const total = rowOf(staff, /^Tổng cộng/);
    const at = (col: number) => staff.find((c) => c.row === total && c.col === col)?.value;
    // 7 công chức: Tổng số, KXL, rated, then SL of HTXSNV (col 6), HTTNV (8), HTNV (10), KHTNV (12).
    expect([3, 4, 5, 6, 8, 10, 12].map(at)).toEqual([7, 0, 7, 1, 5, 1, 0]);
    const listed = model.sheets[2]!.cells.map((c) => c.value);
    expect(listed).toContain("Nguyễn Văn An");
  });

  it("is drawn in English when asked", async () => {
    const model = await modelOf(
      "/periods/2026/units/tinh/report.json",
      await backEnd.token("reviewer", "tinh"),
      "en",
    );
    expect(model.sheets.map((s) => s.name)).toEqual(["A - Staff", "B - Party", "Lists"]);
  });

  it("is the model report.xlsx draws: every value, merge and number format of the workbook agrees", async () => {
    const token = await backEnd.token("reviewer", "tinh");
    const model = await modelOf("/periods/2026/units/tinh/report.json", token);
    const res = await get("/periods/2026/units/tinh/report.xlsx", token);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
    model.sheets.forEach((sheet, i) => {
      const ws = workbook.worksheets[i]!;
      for (const cell of sheet.cells) {
        const drawn = ws.getCell(cell.row, cell.col);
        expect(drawn.value, `${sheet.name}!R${cell.row}C${cell.col}`).toEqual(cell.value);
        if (cell.numFmt) expect(drawn.numFmt).toBe(cell.numFmt);
      }
      for (const m of sheet.merges) expect(ws.getCell(m.bottom, m.right).isMerged).toBe(true);
    });
  });
});

describe("who may read the report model", () => {
  const path = "/periods/2026/units/snv/report.json";

  it("a reviewer of the unit, a reviewer above it and an admin: 200", async () => {
    for (const [role, unit] of [
      ["reviewer", "snv"],
      ["reviewer", "tinh"],
      ["admin", "stc"],
    ] as const)
      expect((await get(path, await backEnd.token(role, unit))).status, `${role} of ${unit}`).toBe(200);
  });

  it("a clerk, even of the unit itself, a reviewer of a sibling or below: 403; no token: 401", async () => {
    for (const [role, unit] of [
      ["clerk", "snv"],
      ["clerk", "tinh"],
      ["reviewer", "stc"],
      ["reviewer", "snv-tccb"],
    ] as const) {
      const res = await get(path, await backEnd.token(role, unit));
      expect(res.status, `${role} of ${unit}`).toBe(403);
      expect(((await res.json()) as { error: string }).error).toContain("không có quyền");
    }
    expect((await get(path)).status).toBe(401);
  });

  it("an unknown unit is 404", async () => {
    expect(
      (await get("/periods/2026/units/khong-co/report.json", await backEnd.token("admin", "tinh"))).status,
    ).toBe(404);
  });
});
