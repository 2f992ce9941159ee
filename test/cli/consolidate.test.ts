/**
 * `consolidate` run as a user runs it: three units' rosters, built with exceljs, checked and
 * consolidated by a child process into the report workbook, which is read back with exceljs. Every
 * number expected below is counted by hand from the fixtures, not taken from the code.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { roster } from "../integration/fixtures.js";

const { dir, remove } = tempDir("xep-loai-consolidate-");
const file = (name: string) => join(dir, name);

const LEVELS = { group: "Kết quả xếp loại", sub: ["Tự xếp loại", "Cấp có thẩm quyền"] } as const;
const PARTY = { group: "Đảng viên", sub: ["Chi bộ", "Xếp loại"] } as const;

/**
 * Phòng Tổ chức: 6 công chức (2 leaders) and 1 người lao động; 4 Party members.
 * CC: HTXSNV 1 (An, leader), HTTNV 2 (Bình, leader; Cường), HTNV 1, KHTNV 1 (Em, disciplined),
 * KXL 1 (Giang, 4 months' work). NLĐ: HTTNV 1. Party: HTXSNV 1, HTTNV 2, KHTNV 1.
 */
const TO_CHUC = roster(
  [
    "STT",
    "Họ và tên",
    "Chức vụ",
    "Đối tượng",
    "Số tháng công tác",
    "Hình thức kỷ luật",
    "Ngày kỷ luật",
    LEVELS,
    PARTY,
  ],
  [
    [
      1,
      "Nguyễn Văn An",
      "Trưởng phòng",
      "CC",
      12,
      null,
      null,
      "HTXSNV",
      "HTXSNV",
      "Chi bộ Tổ chức",
      "HTXSNV",
    ],
    [
      2,
      "Trần Thị Bình",
      "Phó Trưởng phòng",
      "CC",
      12,
      null,
      null,
      "HTTNV",
      "HTTNV",
      "Chi bộ Tổ chức",
      "HTTNV",
    ],
    [3, "Lê Văn Cường", "Chuyên viên", "CC", 12, null, null, "HTTNV", "HTTNV", "Chi bộ Tổ chức", "HTTNV"],
    [4, "Phạm Thị Dung", "Chuyên viên", "CC", 12, null, null, "HTNV", "HTNV", null, null],
    [
      5,
      "Hoàng Văn Em",
      "Chuyên viên",
      "CC",
      12,
      "Khiển trách",
      "10/03/2026",
      "KHTNV",
      "KHTNV",
      "Chi bộ Tổ chức",
      "KHTNV",
    ],
    [6, "Vũ Thị Giang", "Chuyên viên", "CC", 4, null, null, "HTTNV", "Không xếp loại", null, null],
    [7, "Đỗ Văn Hải", "Lái xe", "HĐLĐ", 12, null, null, "HTTNV", "HTTNV", null, null],
  ],
);

/**
 * Phòng Kế hoạch: 2 công chức (1 leader), 4 viên chức (1 manager); 3 Party members.
 * CC: HTTNV 2 (Minh, leader; Nga). VC: HTXSNV 1 (Oanh), HTTNV 2 (Phương; Tài, manager),
 * KXL 1 (Sen, 3 months' work). Party: HTTNV 1, HTNV 1, KXL 1 (Phương, exempted).
 */
const KE_HOACH = roster(
  [
    "STT",
    "Ho va ten",
    "Chuc vu",
    "Doi tuong",
    "So thang cong tac",
    "Ket qua xep loai",
    "Chi bo",
    "Tinh trang sinh hoat dang",
    "Xep loai dang vien",
  ],
  [
    [1, "Mai Văn Minh", "Trưởng phòng", "CC", 12, "HTTNV", "Chi bộ Kế hoạch", null, "HTTNV"],
    [2, "Lý Thị Nga", "Chuyên viên", "CC", 12, "HTTNV", "Chi bộ Kế hoạch", null, "HTNV"],
    [3, "Tạ Văn Oanh", "Kế toán viên", "VC", 12, "HTXSNV", null, null, null],
    [
      4,
      "Chu Thị Phương",
      "Chuyên viên",
      "VC",
      12,
      "HTTNV",
      "Chi bộ Kế hoạch",
      "Miễn sinh hoạt đảng",
      "Không xếp loại",
    ],
    [5, "Kiều Thị Sen", "Chuyên viên", "VC", 3, "Không xếp loại", null, null, null],
    [6, "Hà Văn Tài", "Phó Giám đốc Trung tâm", "VC", 12, "HTTNV", null, null, null],
  ],
);

/** UBND xã: 2 cán bộ (HTTNV, HTNV), 2 công chức (HTTNV, HTTNV); 2 Party members (HTTNV, HTNV). */
const XA = roster(
  ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại", "Chi bộ", "Xếp loại đảng viên"],
  [
    [1, "Bùi Văn Quân", "Chủ tịch UBND xã", "CB", "HTTNV", "Đảng bộ xã", "HTTNV"],
    [2, "Ngô Thị Rạng", "Phó Chủ tịch UBND xã", "CB", "HTNV", "Đảng bộ xã", "HTNV"],
    [3, "Đinh Văn Sơn", "Công chức Văn phòng - Thống kê", "CC", "HTTNV", null, null],
    [4, "Lương Thị Tâm", "Công chức Tư pháp - Hộ tịch", "CC", "HTTNV", null, null],
  ],
  { titleRows: ["UBND XÃ AN BÌNH", "DANH SÁCH XẾP LOẠI CÁN BỘ, CÔNG CHỨC XÃ NĂM 2026"] },
);

const UNITS = ["phong-to-chuc", "phong-ke-hoach", "ubnd-xa"];
const REPORT = file("bao-cao.xlsx");
const REPORT_TEXT = file("bao-cao-2.xlsx");

let jsonRun: CliRun;
let textRun: CliRun;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  await writeRosterWorkbook([TO_CHUC], file("phong-to-chuc.xlsx"));
  await writeRosterWorkbook([KE_HOACH], file("phong-ke-hoach.xlsx"));
  await writeRosterWorkbook([XA], file("ubnd-xa.xlsx"));
  const inputs = UNITS.map((u) => file(`${u}.xlsx`));
  const runs = await runCliAll([
    [
      "consolidate",
      ...inputs,
      "--out",
      REPORT,
      "--year",
      "2026",
      "--json",
      "--agency",
      "Sở Nội vụ",
      "--superior",
      "UBND tỉnh Đồng Tháp",
      "--place",
      "Đồng Tháp",
      "--document-number",
      "123/BC-SNV",
    ],
    ["consolidate", ...inputs, "--out", REPORT_TEXT],
  ]);
  jsonRun = runs[0]!;
  textRun = runs[1]!;
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(REPORT);
}, 60_000);

afterAll(remove);

type Counts = Record<"HTXSNV" | "HTTNV" | "HTNV" | "KHTNV" | "KXL" | "missing", number>;
const counts = (c: Partial<Counts>): Counts => ({
  HTXSNV: 0,
  HTTNV: 0,
  HTNV: 0,
  KHTNV: 0,
  KXL: 0,
  missing: 0,
  ...c,
});

describe("consolidate --json", () => {
  it("prints the per-unit and total counts", () => {
    expect(jsonRun.stderr).toBe("");
    const doc = JSON.parse(jsonRun.stdout) as {
      ruleSet: string;
      units: {
        name: string;
        people: number;
        errors: number;
        byLevel: Counts;
        byStaffType: Record<string, number>;
      }[];
      total: { people: number; byLevel: Counts; byStaffType: Record<string, number> };
    };
    expect(doc.ruleSet).toBe("2026");
    expect(doc.units.map((u) => u.name)).toEqual(UNITS);
    expect(doc.units.map((u) => u.people)).toEqual([7, 6, 4]);
    expect(doc.units.map((u) => u.byLevel)).toEqual([
      counts({ HTXSNV: 1, HTTNV: 3, HTNV: 1, KHTNV: 1, KXL: 1 }),
      counts({ HTXSNV: 1, HTTNV: 4, KXL: 1 }),
      counts({ HTTNV: 3, HTNV: 1 }),
    ]);
    expect(doc.units.map((u) => u.byStaffType)).toEqual([
      { CB: 0, CC: 6, VC: 0, NLD: 1, unknown: 0 },
      { CB: 0, CC: 2, VC: 4, NLD: 0, unknown: 0 },
      { CB: 2, CC: 2, VC: 0, NLD: 0, unknown: 0 },
    ]);
    // Quota errors, each population on its own under 2026 (RULES.md §9): Tổ chức is over for its
    // công chức (1 HTXSNV to 2 HTTNV, none allowed) and its chi bộ (1 to 2); Kế hoạch for its viên
    // chức (1 to 2); the xã has no HTXSNV. The derived groups over quota (Tổ chức's leaders, Kế
    // hoạch's non-leading viên chức) are warnings, not errors (§5).
    expect(doc.units.map((u) => u.errors)).toEqual([2, 1, 0]);
    expect(doc.total).toEqual({
      people: 17,
      byLevel: counts({ HTXSNV: 2, HTTNV: 10, HTNV: 2, KHTNV: 1, KXL: 2 }),
      byStaffType: { CB: 2, CC: 10, VC: 4, NLD: 1, unknown: 0 },
    });
    expect(jsonRun.code).toBe(1);
  });

  it("without --json says what it did per unit, in Vietnamese", () => {
    expect(textRun.stdout).toContain("phong-to-chuc: 7 người, 2 lỗi");
    expect(textRun.stdout).toContain("phong-ke-hoach: 6 người, 1 lỗi");
    expect(textRun.stdout).toContain("ubnd-xa: 4 người, 0 lỗi");
    expect(textRun.stdout).toContain(`Tổng cộng 17 người. Đã ghi báo cáo tổng hợp: ${REPORT_TEXT}`);
  });
});

/** The cells of a row from column 3 (Tổng số) to 14 (ratio), as numbers or null. */
function numbers(ws: ExcelJS.Worksheet, row: number): (number | null)[] {
  return Array.from({ length: 12 }, (_, i) => {
    const v = ws.getCell(row, 3 + i).value;
    return typeof v === "number" ? v : null;
  });
}

/**
 * The table's blocks: each section row (a unit's name, or `Toàn cơ quan`) with the rows under it,
 * by label (column 2), until the next section.
 */
function blocks(ws: ExcelJS.Worksheet, sections: readonly string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  let current: Map<string, number> | undefined;
  ws.eachRow((row, r) => {
    const label = row.getCell(2).value;
    if (typeof label !== "string") return;
    if (sections.includes(label)) out.set(label, (current = new Map()));
    else if (current && !current.has(label)) current.set(label, r);
  });
  return out;
}

// Columns 3–14: Tổng số | KXL | rated | HTXSNV SL, % | HTTNV SL, % | HTNV SL, % | KHTNV SL, % | HTXSNV/HTTNV %.
describe("the report, sheet 1 (table A, staff)", () => {
  const ws = () => book.getWorksheet("Biểu A - CBCCVC")!;
  const table = () => blocks(ws(), [...UNITS, "Toàn cơ quan"]);
  const row = (block: string, label: string) => numbers(ws(), table().get(block)!.get(label)!);

  it("has a block per unit, in order, numbered I, II, III, then the whole agency", () => {
    expect([...table().keys()]).toEqual([...UNITS, "Toàn cơ quan"]);
    const sectionStt = UNITS.map((u) => {
      let stt: unknown;
      ws().eachRow((r) => {
        if (r.getCell(2).value === u) stt = r.getCell(1).value;
      });
      return stt;
    });
    expect(sectionStt).toEqual(["I", "II", "III"]);
  });

  it("counts each unit by staff type and level, with its subtotal (1+2+3) and NLĐ outside it", () => {
    expect(row("phong-to-chuc", "Công chức")).toEqual([6, 1, 5, 1, 20, 2, 40, 1, 20, 1, 20, 50]);
    expect(row("phong-to-chuc", "Trong đó: lãnh đạo, quản lý")).toEqual([
      2, 0, 2, 1, 50, 1, 50, 0, 0, 0, 0, 100,
    ]);
    expect(row("phong-to-chuc", "Cán bộ")).toEqual([0, 0, 0, 0, null, 0, null, 0, null, 0, null, null]);
    expect(row("phong-to-chuc", "Cộng (1+2+3)")).toEqual([6, 1, 5, 1, 20, 2, 40, 1, 20, 1, 20, 50]);
    expect(row("phong-to-chuc", "Người lao động").slice(0, 5)).toEqual([1, 0, 1, 0, 0]);

    expect(row("phong-ke-hoach", "Công chức")).toEqual([2, 0, 2, 0, 0, 2, 100, 0, 0, 0, 0, 0]);
    expect(row("phong-ke-hoach", "Viên chức")).toEqual([4, 1, 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0, 50]);
    expect(row("phong-ke-hoach", "Trong đó: quản lý")).toEqual([1, 0, 1, 0, 0, 1, 100, 0, 0, 0, 0, 0]);
    expect(row("phong-ke-hoach", "Cộng (1+2+3)")).toEqual([6, 1, 5, 1, 20, 4, 80, 0, 0, 0, 0, 25]);

    expect(row("ubnd-xa", "Cán bộ")).toEqual([2, 0, 2, 0, 0, 1, 50, 1, 50, 0, 0, 0]);
    expect(row("ubnd-xa", "Cộng (1+2+3)")).toEqual([4, 0, 4, 0, 0, 3, 75, 1, 25, 0, 0, 0]);
  });

  it("ends with the grand total of the three units", () => {
    const total = row("Toàn cơ quan", "Tổng cộng (1+2+3)");
    expect(total).toEqual([16, 2, 14, 2, 14.3, 9, 64.3, 2, 14.3, 1, 7.1, 22.2]);
    expect(row("Toàn cơ quan", "Cán bộ").slice(0, 3)).toEqual([2, 0, 2]);
    expect(row("Toàn cơ quan", "Công chức").slice(0, 3)).toEqual([10, 1, 9]);
    expect(row("Toàn cơ quan", "Trong đó: lãnh đạo, quản lý").slice(0, 3)).toEqual([3, 0, 3]);
    expect(row("Toàn cơ quan", "Viên chức").slice(0, 3)).toEqual([4, 1, 3]);
    expect(row("Toàn cơ quan", "Người lao động").slice(0, 3)).toEqual([1, 0, 1]);
    // The grand total equals the sum of the subtotals, column by column (counts only).
    const subtotals = UNITS.map((u) => row(u, "Cộng (1+2+3)"));
    for (const col of [0, 1, 2, 3, 5, 7, 9])
      expect(subtotals.reduce((s, r) => s + (r[col] ?? 0), 0)).toBe(total[col]);
  });

  it("marks a ratio above 20% in its note, and a unit's scopes over their quota, on the population's row", () => {
    const cell = (block: string, label: string, col: number) =>
      ws().getCell(table().get(block)!.get(label)!, col);
    const note = (block: string, label: string) => cell(block, label, 15).value;
    const highlighted = (block: string, label: string) =>
      (cell(block, label, 14).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ===
      "FFFFFF00";
    // REPORT.md "From 2026": the ratio is checked for công chức and viên chức each on their own row
    // (RULES.md §9); the (sub)total's all-staff ratio is information only, neither noted nor highlighted.
    // Whole agency: công chức 1 HTXSNV to 6 HTTNV (16,7%, within 20%); viên chức 1 to 2 (50%, above).
    expect(note("Toàn cơ quan", "Công chức")).toBeNull();
    expect(note("Toàn cơ quan", "Viên chức")).toBe("Vượt tỷ lệ 20%");
    expect(highlighted("Toàn cơ quan", "Viên chức")).toBe(true);
    expect(note("Toàn cơ quan", "Tổng cộng (1+2+3)")).toBeNull();
    expect(highlighted("Toàn cơ quan", "Tổng cộng (1+2+3)")).toBe(false);
    // Phòng Tổ chức: công chức 1 HTXSNV to 2 HTTNV (50%), over the agency scope of its công chức by 1.
    // Its leaders' group is derived: only a warning, not named in the report.
    expect(note("phong-to-chuc", "Công chức")).toBe(
      "Vượt tỷ lệ 20%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1",
    );
    expect(highlighted("phong-to-chuc", "Công chức")).toBe(true);
    expect(note("phong-to-chuc", "Cộng (1+2+3)")).toBeNull();
    // Phòng Kế hoạch: viên chức 1 HTXSNV to 2 HTTNV, over by 1; công chức 0 to 2.
    expect(note("phong-ke-hoach", "Viên chức")).toBe(
      "Vượt tỷ lệ 20%; Vượt chỉ tiêu HTXSNV: toàn đơn vị vượt 1",
    );
    expect(note("phong-ke-hoach", "Công chức")).toBeNull();
    expect(note("phong-ke-hoach", "Cộng (1+2+3)")).toBeNull();
    expect(highlighted("phong-ke-hoach", "Cộng (1+2+3)")).toBe(false);
    // The xã has no HTXSNV: nothing to note.
    expect(note("ubnd-xa", "Cán bộ")).toBeNull();
    expect(note("ubnd-xa", "Cộng (1+2+3)")).toBeNull();
  });
});

describe("the report, sheet 2 (table B, Party)", () => {
  const ws = () => book.getWorksheet("Biểu B - Đảng viên")!;
  const table = () => blocks(ws(), [...UNITS, "Toàn cơ quan"]);
  const members = (block: string) => {
    const r = table().get(block)!.get("Đảng viên")!;
    return { levels: numbers(ws(), r), reasons: [15, 16, 17, 18, 19].map((c) => ws().getCell(r, c).value) };
  };

  it("counts each unit's Party members by Party level, with the reasons for not rating", () => {
    expect(members("phong-to-chuc").levels).toEqual([4, 0, 4, 1, 25, 2, 50, 0, 0, 1, 25, 50]);
    expect(members("phong-ke-hoach").levels).toEqual([3, 1, 2, 0, 0, 1, 50, 1, 50, 0, 0, 0]);
    // Reasons: miễn sinh hoạt, đình chỉ, mới kết nạp, chưa kiểm điểm, khác.
    expect(members("phong-ke-hoach").reasons).toEqual([1, 0, 0, 0, 0]);
    expect(members("ubnd-xa").levels).toEqual([2, 0, 2, 0, 0, 1, 50, 1, 50, 0, 0, 0]);
  });

  it("notes a Party cell over its quota on the unit's members row", () => {
    const r = table().get("phong-to-chuc")!.get("Đảng viên")!;
    expect(String(ws().getCell(r, 20).value)).toContain("«Chi bộ Tổ chức» vượt 1");
  });

  it("ends with the agency's total", () => {
    expect(members("Toàn cơ quan").levels).toEqual([9, 1, 8, 1, 12.5, 4, 50, 2, 25, 1, 12.5, 25]);
    expect(members("Toàn cơ quan").reasons).toEqual([1, 0, 0, 0, 0]);
  });
});

describe("the report, sheet 3 (lists)", () => {
  const ws = () => book.getWorksheet("Danh sách")!;
  /** The rows under a list heading: [name, unit, position, type, then votes/score or reason]. */
  const list = (heading: string) => {
    const rows: unknown[][] = [];
    let inside = false;
    ws().eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === "string" && /^[IVX]+\. /.test(first)) inside = first.startsWith(heading);
      else if (inside && typeof first === "number")
        rows.push([2, 3, 4, 5, 6].map((c) => row.getCell(c).value ?? null));
    });
    return rows;
  };

  it("lists the HTXSNV people, each once: An is HTXSNV as công chức and as Party member", () => {
    expect(list("I. Danh sách cá nhân hoàn thành xuất sắc nhiệm vụ (2)")).toEqual([
      ["Nguyễn Văn An", "phong-to-chuc", "Trưởng phòng", "Công chức; Đảng viên", null],
      ["Tạ Văn Oanh", "phong-ke-hoach", "Kế toán viên", "Viên chức", null],
    ]);
  });

  it("lists the KHTNV people with the reason", () => {
    expect(list("II. Danh sách cá nhân không hoàn thành nhiệm vụ (2)")).toEqual([
      ["Hoàng Văn Em", "phong-to-chuc", "Chuyên viên", "Công chức", "Kỷ luật (khiển trách)"],
      ["Hoàng Văn Em", "phong-to-chuc", "Chuyên viên", "Đảng viên", "Kỷ luật (khiển trách)"],
    ]);
  });

  it("lists the people not rated with the reason", () => {
    expect(list("III. Danh sách cá nhân không xếp loại (3)")).toEqual([
      ["Vũ Thị Giang", "phong-to-chuc", "Chuyên viên", "Công chức", "Công tác dưới 6 tháng trong năm"],
      ["Kiều Thị Sen", "phong-ke-hoach", "Chuyên viên", "Viên chức", "Công tác dưới 6 tháng trong năm"],
      ["Chu Thị Phương", "phong-ke-hoach", "Chuyên viên", "Đảng viên", "Miễn sinh hoạt"],
    ]);
  });
});

describe("the report's print layout", () => {
  it("is A4 landscape, fitted to the page width, with the table header repeated on each page", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Biểu A - CBCCVC",
      "Biểu B - Đảng viên",
      "Danh sách",
    ]);
    for (const ws of book.worksheets) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToWidth).toBe(1);
    }
    for (const name of ["Biểu A - CBCCVC", "Biểu B - Đảng viên"]) {
      const ws = book.getWorksheet(name)!;
      let header = 0;
      ws.eachRow((row, r) => {
        if (!header && row.getCell(1).value === "STT") header = r;
      });
      expect(ws.getCell(header, 2).value).toBe("Đơn vị / Đối tượng");
      expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + 1}`);
    }
  });

  it("sets every written cell in Times New Roman", () => {
    for (const ws of book.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value !== null) expect(cell.font?.name).toBe("Times New Roman");
        }),
      );
  });

  it("has the title block and the signature block on every sheet", () => {
    for (const ws of book.worksheets) {
      const rowOf = new Map<string, number>();
      let lastNumber = 0;
      ws.eachRow((row, r) =>
        row.eachCell((c) => {
          if (typeof c.value === "string" && !rowOf.has(c.value)) rowOf.set(c.value, r);
          if (typeof c.value === "number") lastNumber = r;
        }),
      );
      expect(rowOf.get("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe(1);
      // The signature block sits below the last row of the tables.
      expect(rowOf.get("NGƯỜI LẬP BIỂU")).toBeGreaterThan(lastNumber);
      expect(rowOf.get("THỦ TRƯỞNG CƠ QUAN")).toBe(rowOf.get("NGƯỜI LẬP BIỂU"));
      expect(rowOf.get("(Ký, ghi rõ họ tên)")).toBe(rowOf.get("NGƯỜI LẬP BIỂU")! + 1);
    }
    const staff: string[] = [];
    const cell = (r: number, c: number) => book.getWorksheet("Biểu A - CBCCVC")!.getCell(r, c).value;
    // Left: superior and agency in capitals, the document number; right: nation, motto, place and date.
    expect([cell(1, 1), cell(2, 1), cell(3, 1)]).toEqual([
      "UBND TỈNH ĐỒNG THÁP",
      "SỞ NỘI VỤ",
      "Số: 123/BC-SNV",
    ]);
    expect(cell(2, 9)).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(String(cell(3, 9))).toMatch(/^Đồng Tháp, ngày \d{2} tháng \d{1,2} năm \d{4}$/);
    book
      .getWorksheet("Biểu A - CBCCVC")!
      .eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && staff.push(c.value))));
    expect(staff).toContain("BIỂU TỔNG HỢP");
    expect(staff).toContain("Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026");
    expect(staff).toContain("(Kèm theo Báo cáo số 123/BC-SNV)");
    expect(staff).toContain("Kính gửi: UBND tỉnh Đồng Tháp");
  });
});
