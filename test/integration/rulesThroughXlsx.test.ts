/**
 * Every rule id of RULES.md, end to end: a roster laid out like a real one is written to .xlsx with
 * exceljs, streamed back with the real reader and checked by the engine, as the command line does.
 * Expected rows and columns are worked out from each fixture's layout (see `roster` in fixtures.ts:
 * title rows 1–3, header row 4 or rows 4–5, numbering row under it, then data), not from the code.
 */
import { describe, expect, it } from "vitest";
import type { PlainSheetSpec } from "../../xlsx/rosterWorkbook.js";
import { checkWorkbook, collectivesSheet, findingsOf, placesOf, roster, rowsOf, where } from "./fixtures.js";

const SHEET = "Danh sách";
const err = (row: number, column?: string, sheet = SHEET) => ({ severity: "error", sheet, row, column });
const warn = (row: number, column?: string, sheet = SHEET) => ({ severity: "warning", sheet, row, column });
const info = (row: number, column?: string, sheet = SHEET) => ({ severity: "info", sheet, row, column });

/** The two-row level header of many real rosters: a merged group over the three stages. */
const LEVEL_GROUP = { group: "Kết quả xếp loại", sub: ["Tự xếp loại", "Cấp có thẩm quyền"] } as const;

describe("input.header-not-found", () => {
  const notes: PlainSheetSpec = {
    name: "Hướng dẫn",
    rows: [
      ["HƯỚNG DẪN LẬP DANH SÁCH"],
      ["1. Các phòng gửi danh sách về Văn phòng trước ngày 25/11."],
      ["2. Mỗi người một dòng, không gộp ô."],
    ],
  };
  const good = roster(
    ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
    [[1, "Nguyễn Văn An", "Chuyên viên", "CC", "HTTNV"]],
  );
  /** `above` rows of text, then a header and one person: the header sits on row above + 1. */
  const late = (above: number): PlainSheetSpec => ({
    name: SHEET,
    rows: [
      ...Array.from({ length: above }, (_, i) => [`Nội dung thông báo số ${i + 1}`]),
      ["STT", "Họ và tên", "Đối tượng", "Kết quả xếp loại"],
      [1, "Nguyễn Văn An", "CC", "HTTNV"],
    ],
  });

  it("fires as an error for a workbook whose only sheet has no roster header", async () => {
    const result = await checkWorkbook([notes]);
    expect(placesOf(result, "input.header-not-found")).toEqual([{ severity: "error", sheet: "Hướng dẫn" }]);
    expect(result.usable).toBe(false);
  });

  it("says an instructions sheet beside a roster is skipped (information), so a clean roster stays clean", async () => {
    const result = await checkWorkbook([good, notes]);
    expect(placesOf(result, "input.header-not-found")).toEqual([{ severity: "info", sheet: "Hướng dẫn" }]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    // The roster sheet is still read and checked.
    expect(result.people).toBe(1);
  });

  it("fires when the header starts below the first 30 rows (row 31)", async () => {
    const result = await checkWorkbook([late(30)]);
    expect(placesOf(result, "input.header-not-found")).toEqual([{ severity: "error", sheet: SHEET }]);
    expect(result.usable).toBe(false);
  });

  it("is silent for a header on row 30 and for an ordinary roster", async () => {
    const result = await checkWorkbook([late(29)]);
    expect(findingsOf(result, "input.header-not-found")).toEqual([]);
    expect(result.sheets[0]!.headerRows).toEqual([30]);
    expect(result.people).toBe(1);
    expect(findingsOf(await checkWorkbook([good]), "input.header-not-found")).toEqual([]);
  });

  it("says so for an instructions sheet placed before the roster too; the roster's checks run", async () => {
    const result = await checkWorkbook([notes, good]);
    expect(placesOf(result, "input.header-not-found")).toEqual([{ severity: "info", sheet: "Hướng dẫn" }]);
    expect(findingsOf(result, "input.header-not-found")[0]!.message).toContain("Hướng dẫn");
    expect(result.usable).toBe(true);
    expect(result.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Hướng dẫn", "unusable"],
      [SHEET, "roster"],
    ]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("input.column-missing", () => {
  it("is an error on the header row when the header has a name but no level column", async () => {
    // Title rows 1–3, header row 4.
    const sheet = roster(
      ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Ghi chú"],
      [[1, "Nguyễn Văn An", "12/03/1980", "Chuyên viên", null]],
    );
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.column-missing")).toEqual([err(4)]);
    expect(findingsOf(result, "input.column-missing")[0]!.message).toContain("xếp loại");
    expect(result.usable).toBe(false);
  });

  it("is an error on the header row naming the name column when a roster's header lacks it", async () => {
    // Title rows 1–3, header row 4: level columns and person columns, but no "Họ và tên".
    const sheet = roster(
      ["STT", "Ngày sinh", "Chức vụ", "Đối tượng", "Tự xếp loại", "Kết quả xếp loại"],
      [[1, "12/03/1980", "Chuyên viên", "CC", "HTTNV", "HTTNV"]],
    );
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.column-missing")).toEqual([err(4)]);
    const message = findingsOf(result, "input.column-missing")[0]!.message;
    expect(message).toContain('không có cột "Họ và tên"');
    expect(message).not.toContain("không có cột xếp loại");
    expect(findingsOf(result, "input.header-not-found")).toEqual([]);
    expect(result.usable).toBe(false);
  });

  it("leaves a collectives sheet (name, type, level; no person columns) read as collectives", async () => {
    const sheet = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
      [{ section: "I. Phòng Kế hoạch" }, [1, "Nguyễn Văn An", "Trưởng phòng", "CC", "HTXSNV"]],
    );
    // Header on row 1, no title rows, no STT: Tên tập thể | Loại | Xếp loại.
    const units: PlainSheetSpec = {
      name: "Tập thể",
      rows: [
        ["Tên tập thể", "Loại", "Xếp loại"],
        ["Phòng Kế hoạch", "Phòng", "HTTNV"],
      ],
    };
    const result = await checkWorkbook([sheet, units]);
    expect(result.sheets.map((s) => [s.name, s.kind])).toEqual([
      [SHEET, "roster"],
      ["Tập thể", "collectives"],
    ]);
    expect(findingsOf(result, "input.column-missing").filter((f) => f.severity === "error")).toEqual([]);
    // The unit's HTTNV bounds its head (row 7, under the section row 6).
    expect(placesOf(result, "head.above-unit")).toEqual([err(7, "E")]);
  });

  it("is information naming the skipped check and its columns when they are absent", async () => {
    // No leave columns: elig.leave-cap and elig.maternity are skipped, and say so.
    const sheet = roster(
      ["STT", "Họ và tên", "Đối tượng", "Kết quả xếp loại"],
      [[1, "Nguyễn Văn An", "CC", "HTTNV"]],
    );
    const result = await checkWorkbook([sheet]);
    const skipped = findingsOf(result, "input.column-missing");
    expect(skipped.every((f) => f.severity === "info" && f.sheet === SHEET)).toBe(true);
    const leaveCap = skipped.find((f) => f.message.includes("elig.leave-cap"));
    expect(leaveCap?.message).toContain("Số tháng nghỉ");
    const maternity = skipped.find((f) => f.message.includes("elig.maternity"));
    expect(maternity?.message).toContain("Loại nghỉ");
    // Under 2026 the score bands bind công chức: without a score column the check is skipped, not passed.
    expect(skipped.some((f) => f.message.includes("score.band"))).toBe(true);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is silent about a check whose columns are there", async () => {
    const sheet = roster(
      ["STT", "Họ và tên", "Đối tượng", "Số tháng nghỉ", "Loại nghỉ", "Điểm", "Kết quả xếp loại"],
      [[1, "Nguyễn Văn An", "CC", 0, null, 80, "HTTNV"]],
    );
    const skipped = findingsOf(await checkWorkbook([sheet]), "input.column-missing");
    expect(skipped.filter((f) => /elig\.leave-cap|elig\.maternity|score\.band/.test(f.message))).toEqual([]);
    expect(skipped.every((f) => f.severity === "info")).toBe(true);
  });
});

describe("input.level-unrecognized", () => {
  // A STT, B Họ và tên, C Chức vụ, D Đối tượng, E Tự xếp loại, F Xếp loại; data from row 6.
  const sheet = roster(
    ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Tự xếp loại", "Xếp loại"],
    [
      [1, "Nguyễn Văn An", "Chuyên viên", "CC", "HTXSNV", "Loại A"],
      [2, "Trần Thị Bình", "Chuyên viên", "CC", "HTT", "hoan thanh tot nhiem vu"],
      [3, "Lê Văn Cường", "Chuyên viên", "CC", "Tốt", "Tốt".normalize("NFD")],
      [4, "Phạm Thị Dung", "Chuyên viên", "CC", "xuất sắc", "  XUẤT   SẮC "],
      [5, "Hoàng Văn Em", "Chuyên viên", "CC", "HT", "Chưa xếp loại"],
    ],
  );

  it("fires on the level cell that holds text RULES.md §1 does not know, and accepts the aliases", async () => {
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.level-unrecognized")).toEqual([err(6, "F")]);
    expect(findingsOf(result, "input.level-unrecognized")[0]!.person).toBe("Nguyễn Văn An");
  });

  it("fires on the collectives sheet's level cell too", async () => {
    // Collectives sheet: title row 1, header row 2 (A STT, B Tên tập thể, C Loại, D Xếp loại), rows 3–4.
    const units = collectivesSheet([
      ["Phòng Kế hoạch", "Phòng", "Tốt lắm"],
      ["Phòng Tài chính", "Phòng", "Hoàn thành tốt"],
    ]);
    const result = await checkWorkbook([sheet, units]);
    expect(placesOf(result, "input.level-unrecognized")).toEqual([err(6, "F"), err(3, "D", "Tập thể")]);
  });

  it("leaves the row without a level: not replaced by the self-rating, out of every count", async () => {
    const result = await checkWorkbook([sheet]);
    const cc = result.summary.byStaffType.CC;
    expect(cc).toMatchObject({ HTXSNV: 1, HTTNV: 2, KXL: 1, missing: 1 });
    const agency = result.quota.find((q) => q.scope === "agency")!;
    expect(agency.excellent).toBe(1);
    expect(agency.people.map((p) => p.row)).toEqual([9]);
  });
});

describe("input.number-invalid", () => {
  // A STT, B Họ và tên, C Đối tượng, D Số tháng công tác, E Tổng điểm, F % nhiệm vụ hoàn thành,
  // G Số phiếu tán thành, H Số đảng viên chính thức, I Kết quả xếp loại; data from row 6.
  const header = [
    "STT",
    "Họ và tên",
    "Đối tượng",
    "Số tháng công tác",
    "Tổng điểm",
    "% nhiệm vụ hoàn thành",
    "Số phiếu tán thành",
    "Số đảng viên chính thức",
    "Kết quả xếp loại",
  ];

  it("fires on a cell that is not a number or is out of its range", async () => {
    const sheet = roster(header, [
      [1, "Nguyễn Văn An", "VC", 12, "tám mươi", 100, null, null, "HTTNV"],
      [2, "Trần Thị Bình", "VC", 12, 105, 100, null, null, "HTTNV"],
      [3, "Lê Văn Cường", "VC", 13, 80, 100, null, null, "HTTNV"],
      [4, "Phạm Thị Dung", "VC", 12, 80, "120%", null, null, "HTTNV"],
      [5, "Hoàng Văn Em", "VC", 12, 80, 100, 12, 10, "HTTNV"],
      [6, "Vũ Thị Giang", "VC", 12, -5, 100, null, null, "HTTNV"],
    ]);
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.number-invalid")).toEqual([
      err(6, "E"),
      err(7, "E"),
      err(8, "D"),
      err(9, "F"),
      err(10, "G"),
      err(11, "E"),
    ]);
  });

  it("is silent for numbers typed the Vietnamese or the English way, and percentages", async () => {
    const sheet = roster(header, [
      [1, "Nguyễn Văn An", "VC", "12", "85,5", "85%", 7, 10, "HTTNV"],
      [2, "Trần Thị Bình", "VC", 11.5, "85.5", 0.85, "9", "10", "HTTNV"],
      [3, "Lê Văn Cường", "VC", 12, 100, "100 %", 10, 10, "HTTNV"],
    ]);
    expect(findingsOf(await checkWorkbook([sheet]), "input.number-invalid")).toEqual([]);
  });
});

describe("input.date-invalid", () => {
  // A STT, B Họ và tên, C Ngày sinh, D Đối tượng, E Hình thức kỷ luật, F Ngày kỷ luật,
  // G Kết quả xếp loại; data from row 6.
  const header = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Đối tượng",
    "Hình thức kỷ luật",
    "Ngày kỷ luật",
    "Kết quả xếp loại",
  ];

  it("fires on a date cell that is neither an Excel date nor dd/mm/yyyy", async () => {
    const sheet = roster(header, [
      [1, "Nguyễn Văn An", "31/02/1985", "CC", null, null, "HTTNV"],
      [2, "Trần Thị Bình", "không rõ", "CC", null, null, "HTTNV"],
      [3, "Lê Văn Cường", "01/01/1985", "CC", "Khiển trách", "2026/03/10", "KHTNV"],
    ]);
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.date-invalid")).toEqual([err(6, "C"), err(7, "C"), err(8, "F")]);
  });

  it("is silent for Excel dates, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and a bare birth year", async () => {
    const sheet = roster(header, [
      [1, "Nguyễn Văn An", "5/3/1985", "CC", null, null, "HTTNV"],
      [2, "Trần Thị Bình", "05-03-1986", "CC", null, null, "HTTNV"],
      [3, "Lê Văn Cường", "05.03.1987", "CC", "Khiển trách", "10/03/2026", "KHTNV"],
      [
        4,
        "Phạm Thị Dung",
        new Date(Date.UTC(1988, 2, 5)),
        "CC",
        "Cảnh cáo",
        new Date(Date.UTC(2026, 3, 1)),
        "KHTNV",
      ],
      [5, "Hoàng Văn Em", 1989, "CC", null, null, "HTTNV"],
    ]);
    expect(findingsOf(await checkWorkbook([sheet]), "input.date-invalid")).toEqual([]);
  });
});

describe("input.staff-type-unrecognized", () => {
  // No title rows and no numbering row: header on row 1, data from row 2.
  // A STT, B Họ và tên, C Chức vụ, D CB/CC/VC/NLĐ, E Xếp loại.
  const sheet = roster(
    ["STT", "Họ và tên", "Chức vụ", "CB/CC/VC/NLĐ", "Xếp loại"],
    [
      [1, "Nguyễn Văn An", "Thực tập", "Thực tập sinh", "HTNV"],
      [2, "Trần Thị Bình", "Bảo vệ", "HĐ68", "HTTNV"],
      [3, "Lê Văn Cường", "Lái xe", "hợp đồng lao động", "HTTNV"],
      [4, "Phạm Thị Dung", "Tạp vụ", "NLĐ", "HTTNV"],
      [5, "Hoàng Văn Em", "Kế toán", "HĐ111", "HTTNV"],
      [6, "Vũ Thị Giang", "Văn thư", "HĐLĐ", "HTTNV"],
      [7, "Đỗ Văn Hải", "Giáo viên", "Viên chức", "HTTNV"],
      [8, "Bùi Thị Hạnh", "Phó Chủ tịch", "cán bộ", "HTTNV"],
      [9, "Ngô Văn Khoa", "Chuyên viên", "CC", "HTTNV"],
    ],
    { titleRows: [], numbering: false },
  );

  it("fires on a staff type that is not CB, CC, VC or NLĐ", async () => {
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.staff-type-unrecognized")).toEqual([err(2, "D")]);
  });

  it("is silent for the NLĐ spellings (HĐ68, HĐ111, HĐLĐ, hợp đồng lao động) and the state types", async () => {
    const by = (await checkWorkbook([sheet])).summary.byStaffType;
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect([total(by.NLD), total(by.VC), total(by.CB), total(by.CC), total(by.unknown)]).toEqual([
      5, 1, 1, 1, 1,
    ]);
  });
});

describe("input.duplicate-person", () => {
  // A STT, B Họ và tên, C Ngày sinh, D Chức vụ, E Kết quả xếp loại. Title 1–3, header 4,
  // numbering 5, section 6 (I), people 7–9, section 10 (II), people 11–14.
  const sheet = roster(
    ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Kết quả xếp loại"],
    [
      { section: "I. Phòng Tổ chức cán bộ" },
      [1, "Nguyễn Văn An", "12/03/1980", "Chuyên viên", "HTTNV"],
      [2, "Trần Thị Bình", null, "Chuyên viên", "HTTNV"],
      [3, "Lê Văn Cường", "01/01/1985", "Chuyên viên", "HTTNV"],
      { section: "II. Phòng Kế hoạch" },
      [1, "NGUYỄN VĂN AN", "12/03/1980", "Chuyên viên", "HTTNV"],
      [2, "Trần Thị Bình", null, "Chuyên viên", "HTTNV"],
      [3, "Lê Văn Cường", "02/02/1990", "Chuyên viên", "HTTNV"],
      [4, "Trần  thị  bình", null, "Kế toán", "HTNV"],
    ],
  );

  it("warns on the later row: same name and birth date, or same name in the same unit without one", async () => {
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "input.duplicate-person")).toEqual([warn(11, "B"), warn(14, "B")]);
    expect(findingsOf(result, "input.duplicate-person").map((f) => f.rows)).toEqual([
      [7, 11],
      [12, 14],
    ]);
  });

  it("is silent for the same name with another birth date, or in another unit without one", async () => {
    const result = await checkWorkbook([sheet]);
    const rows = rowsOf(result, "input.duplicate-person");
    expect(rows).not.toContain(12);
    expect(rows).not.toContain(13);
  });
});

describe("elig.short-service", () => {
  // Two-row header (rows 4–5): A STT, B Họ và tên, C Đối tượng, D Số tháng công tác,
  // E Số tháng nghỉ, F Loại nghỉ, G Tự xếp loại, H Cấp có thẩm quyền; numbering 6, data from 7.
  // A 2025 roster: ND90 Art. 2 cl. 3 binds these viên chức. From 2026 they are rated by score
  // (ND233, RULES.md §9) and the same lines only warn.
  const sheet = (year: number) =>
    roster(
      ["STT", "Họ và tên", "Đối tượng", "Số tháng công tác", "Số tháng nghỉ", "Loại nghỉ", LEVEL_GROUP],
      [
        [1, "Nguyễn Văn An", "VC", 4, null, null, "HTT", "HTT"],
        [2, "Trần Thị Bình", "VC", 12, 7, "Nghỉ không lương", "HTTNV", "HTNV"],
        [3, "Lê Văn Cường", "VC", 4, 8, "Nghỉ thai sản", "HTT", "HTT"],
        [4, "Phạm Thị Dung", "VC", 4, null, null, "HTTNV", "Không xếp loại"],
        [5, "Hoàng Văn Em", "VC", 6, null, null, "HTT", "HTT"],
        [6, "Vũ Thị Giang", "VC", 12, 6, "Nghỉ ốm", "HTNV", null],
      ],
      { year },
    );

  it("fires on the level under review of a row with under 6 months' work or 6 months' leave", async () => {
    const result = await checkWorkbook([sheet(2025)]);
    expect(result.ruleSet).toBe("2025");
    // Row 12 has no final level: the self-rating (G) is the level under review.
    expect(placesOf(result, "elig.short-service")).toEqual([err(7, "H"), err(8, "H"), err(12, "G")]);
  });

  it("only warns, and says why, for viên chức rated by score under 2026 (leaveRules warn)", async () => {
    // RULES.md §9: the same three rows, a warning each instead of an error.
    const result = await checkWorkbook([sheet(2026)]);
    expect(placesOf(result, "elig.short-service")).toEqual([warn(7, "H"), warn(8, "H"), warn(12, "G")]);
    expect(findingsOf(result, "elig.short-service")[0]!.message).toContain("chỉ cảnh báo");
  });

  it("is silent for maternity leave, for KXL, and for exactly 6 months worked", async () => {
    const rows = rowsOf(await checkWorkbook([sheet(2025)]), "elig.short-service");
    expect(rows.filter((r) => r === 9 || r === 10 || r === 11)).toEqual([]);
  });
});

describe("elig.leave-cap", () => {
  // Headers without diacritics: A STT, B Ho va ten, C Doi tuong, D So thang nghi, E Ly do nghi,
  // F Xep loai; data from row 6. A 2025 roster: ND90 Art. 2 cl. 3 binds these công chức; from 2026
  // they are rated by score (ND335, RULES.md §9) and the cap only warns.
  const sheet = (year: number) =>
    roster(
      ["STT", "Ho va ten", "Doi tuong", "So thang nghi", "Ly do nghi", "Xep loai"],
      [
        [1, "Nguyễn Văn An", "CC", 4, "Nghỉ ốm", "HTTNV"],
        [2, "Trần Thị Bình", "CC", 3, "Việc riêng", "HTXSNV"],
        [3, "Lê Văn Cường", "CC", 4, "om", "HTNV"],
        [4, "Phạm Thị Dung", "CC", 5, "thai sản", "HTTNV"],
        [5, "Hoàng Văn Em", "CC", 2, "ốm", "HTTNV"],
        [6, "Vũ Thị Giang", "CC", 6, "ốm", "HTTNV"],
      ],
      { year },
    );

  it("fires above HTNV for non-maternity leave of 3 to under 6 months", async () => {
    expect(placesOf(await checkWorkbook([sheet(2025)]), "elig.leave-cap")).toEqual([
      err(6, "F"),
      err(7, "F"),
    ]);
  });

  it("only warns for công chức rated by score under 2026, unless leaveRules is error", async () => {
    // RULES.md §9, leaveRules: warn (default) on the same rows; error is the ND90 reading.
    expect(placesOf(await checkWorkbook([sheet(2026)]), "elig.leave-cap")).toEqual([
      warn(6, "F"),
      warn(7, "F"),
    ]);
    const strict = await checkWorkbook([sheet(2026)], { leaveRules: "error" });
    expect(placesOf(strict, "elig.leave-cap")).toEqual([err(6, "F"), err(7, "F")]);
  });

  it("is silent at HTNV, for maternity leave, under 3 months, and from 6 months (short service then)", async () => {
    const result = await checkWorkbook([sheet(2025)]);
    const rows = rowsOf(result, "elig.leave-cap");
    expect(rows.filter((r) => r >= 8)).toEqual([]);
    expect(placesOf(result, "elig.short-service")).toEqual([err(11, "F")]);
  });
});

describe("elig.maternity", () => {
  // A STT, B Họ và tên, C Đối tượng, D Số tháng nghỉ, E Loại nghỉ, F Kết quả xếp loại; data from row 6.
  const sheet = roster(
    ["STT", "Họ và tên", "Đối tượng", "Số tháng nghỉ", "Loại nghỉ", "Kết quả xếp loại"],
    [
      [1, "Nguyễn Thị An", "VC", 5, "Nghỉ thai sản", "HTTNV"],
      [2, "Trần Thị Bình", "VC", 7, "thai san", "HTTNV"],
      [3, "Lê Văn Cường", "VC", 4, "ốm", "HTNV"],
    ],
  );

  it("says so (information on the leave type cell) and caps nothing", async () => {
    const result = await checkWorkbook([sheet]);
    expect(placesOf(result, "elig.maternity")).toEqual([info(6, "E"), info(7, "E")]);
    expect(findingsOf(result, "elig.leave-cap")).toEqual([]);
    expect(findingsOf(result, "elig.short-service")).toEqual([]);
  });

  it("is silent for other leave", async () => {
    const rows = rowsOf(await checkWorkbook([sheet]), "elig.maternity");
    expect(rows).not.toContain(8);
  });
});

describe("party.new-member", () => {
  // Two-row header (rows 4–5): A STT, B Họ và tên, C Đối tượng, D Kết quả xếp loại, E Ngày vào Đảng,
  // F Đảng viên / Chi bộ, G Đảng viên / Xếp loại; numbering 6, data from 7. Assessed 15/12/2026.
  const sheet = roster(
    [
      "STT",
      "Họ và tên",
      "Đối tượng",
      "Kết quả xếp loại",
      "Ngày vào Đảng",
      { group: "Đảng viên", sub: ["Chi bộ", "Xếp loại"] },
    ],
    [
      [1, "Nguyễn Văn An", "CC", "HTTNV", "01/09/2026", "Chi bộ Văn phòng", "HTTNV"],
      [2, "Trần Thị Bình", "CC", "HTNV", "16/06/2026", "Chi bộ Văn phòng", "HTNV"],
      [3, "Lê Văn Cường", "CC", "HTTNV", "15/06/2026", "Chi bộ Văn phòng", "HTTNV"],
      [4, "Phạm Thị Dung", "CC", "HTTNV", "01/09/2026", "Chi bộ Văn phòng", "Không xếp loại"],
      [5, "Hoàng Văn Em", "CC", "HTTNV", new Date(Date.UTC(2010, 4, 19)), "Chi bộ Văn phòng", "HTTNV"],
    ],
  );

  it("fires on the Party level of a member admitted under 6 months before the assessment date", async () => {
    expect(placesOf(await checkWorkbook([sheet]), "party.new-member")).toEqual([err(7, "G"), err(8, "G")]);
  });

  it("is silent from exactly 6 months, when not rated, and for older members", async () => {
    const rows = rowsOf(await checkWorkbook([sheet]), "party.new-member");
    expect(rows.filter((r) => r >= 9)).toEqual([]);
  });

  it("counts from the assessment date setting", async () => {
    const result = await checkWorkbook([sheet], { assessmentDate: "2026-12-31" });
    expect(placesOf(result, "party.new-member")).toEqual([err(7, "G")]);
  });
});

describe("party.excluded", () => {
  // A STT, B HỌ VÀ TÊN, C Đối tượng, D Xếp loại, E Tình trạng sinh hoạt đảng, F Xếp loại đảng viên.
  const sheet = roster(
    ["STT", "HỌ VÀ TÊN", "Đối tượng", "Xếp loại", "Tình trạng sinh hoạt đảng", "Xếp loại đảng viên"],
    [
      [1, "Nguyễn Văn An", "CC", "HTTNV", "Miễn công tác và sinh hoạt đảng", "HTNV"],
      [2, "Trần Thị Bình", "CC", "KHTNV", "Đình chỉ sinh hoạt đảng", "KHTNV"],
      [3, "Lê Văn Cường", "CC", "HTTNV", "Miễn sinh hoạt", "Không xếp loại"],
      [4, "Phạm Thị Dung", "CC", "HTTNV", "Sinh hoạt tạm thời", "HTTNV"],
      [5, "Hoàng Văn Em", "CC", "HTTNV", null, "HTTNV"],
    ],
  );

  it("fires on the Party level of a member exempted or suspended", async () => {
    expect(placesOf(await checkWorkbook([sheet]), "party.excluded")).toEqual([err(6, "F"), err(7, "F")]);
  });

  it("is silent when the member is left not rated, or is active", async () => {
    const rows = rowsOf(await checkWorkbook([sheet]), "party.excluded");
    expect(rows.filter((r) => r >= 8)).toEqual([]);
  });
});

describe("party.sick-cap", () => {
  // A STT, B Họ và tên, C Đối tượng, D Đảng viên (mark), E Số tháng nghỉ ốm (đảng viên),
  // F Kết quả xếp loại, G Xếp loại đảng viên; data from row 6.
  const sheet = roster(
    [
      "STT",
      "Họ và tên",
      "Đối tượng",
      "Đảng viên",
      "Số tháng nghỉ ốm (đảng viên)",
      "Kết quả xếp loại",
      "Xếp loại đảng viên",
    ],
    [
      [1, "Nguyễn Văn An", "CC", "x", 4, "HTTNV", "HTTNV"],
      [2, "Trần Thị Bình", "CC", "x", 3, "HTTNV", "HTTNV"],
      [3, "Lê Văn Cường", "CC", "x", 2, "HTTNV", "HTTNV"],
      [4, "Phạm Thị Dung", "CC", "x", 5, "HTTNV", "HTNV"],
    ],
  );

  it("fires above HTNV for a member on sick leave 3 months or more", async () => {
    expect(placesOf(await checkWorkbook([sheet]), "party.sick-cap")).toEqual([err(6, "G"), err(7, "G")]);
  });

  it("is silent under 3 months, at HTNV, and with the setting off", async () => {
    const rows = rowsOf(await checkWorkbook([sheet]), "party.sick-cap");
    expect(rows.filter((r) => r >= 8)).toEqual([]);
    expect(findingsOf(await checkWorkbook([sheet], { partySickCap: false }), "party.sick-cap")).toEqual([]);
  });

  it("reads the staff leave columns when the leave is sick leave and there is no Party sick column", async () => {
    // A STT, B Họ và tên, C Đối tượng, D Số tháng nghỉ, E Loại nghỉ, F Kết quả xếp loại, G Chi bộ,
    // H Xếp loại đảng viên; data from row 6. Row 6: 4 months sick, Party HTTNV: fires on H6.
    // Row 7: 4 months unpaid. Row 8: 4 months sick at Party HTNV. Row 9: 2 months sick.
    const staffLeave = roster(
      [
        "STT",
        "Họ và tên",
        "Đối tượng",
        "Số tháng nghỉ",
        "Loại nghỉ",
        "Kết quả xếp loại",
        "Chi bộ",
        "Xếp loại đảng viên",
      ],
      [
        [1, "Nguyễn Văn An", "CC", 4, "ốm", "HTNV", "Chi bộ Văn phòng", "HTTNV"],
        [2, "Trần Thị Bình", "CC", 4, "không lương", "HTNV", "Chi bộ Văn phòng", "HTTNV"],
        [3, "Lê Văn Cường", "CC", 4, "ốm", "HTNV", "Chi bộ Văn phòng", "HTNV"],
        [4, "Phạm Thị Dung", "CC", 2, "ốm", "HTTNV", "Chi bộ Văn phòng", "HTTNV"],
      ],
    );
    const result = await checkWorkbook([staffLeave]);
    expect(placesOf(result, "party.sick-cap")).toEqual([err(6, "H")]);
    expect(findingsOf(result, "party.sick-cap")[0]!.person).toBe("Nguyễn Văn An");
    // The check ran: it is not reported as skipped.
    const skipped = findingsOf(result, "input.column-missing");
    expect(skipped.filter((f) => f.message.includes("party.sick-cap"))).toEqual([]);
  });
});

describe("discipline.fail", () => {
  describe("rule sets 2023, 2025, and cán bộ under 2026: any discipline in the year", () => {
    // A STT, B Họ và tên, C Đối tượng, D Hình thức kỷ luật, E Ngày hiệu lực kỷ luật,
    // F Đã xếp loại KHTNV năm trước, G Tự xếp loại, H Kết quả xếp loại; data from row 6.
    // Rows 1 and 2 are a công chức and a viên chức unless `cc` and `vc` say otherwise.
    const header = [
      "STT",
      "Họ và tên",
      "Đối tượng",
      "Hình thức kỷ luật",
      "Ngày hiệu lực kỷ luật",
      "Đã xếp loại KHTNV năm trước",
      "Tự xếp loại",
      "Kết quả xếp loại",
    ];
    const rows = (y: number, cc = "CC", vc = "VC") => [
      [1, "Nguyễn Văn An", cc, "Khiển trách", `10/03/${y}`, null, "HTT", "HTTNV"],
      [2, "Trần Thị Bình", vc, "Cảnh cáo", `01/01/${y}`, null, "HTNV", "HTNV"],
      [3, "Lê Văn Cường", "CC", "Khiển trách", `10/03/${y - 1}`, null, "HTTNV", "HTTNV"],
      [4, "Phạm Thị Dung", "CC", "Khiển trách", `10/03/${y}`, "x", "HTTNV", "HTTNV"],
      [5, "Hoàng Văn Em", "CC", "Hạ bậc lương", `20/05/${y}`, null, "KHTNV", "KHTNV"],
      [6, "Vũ Thị Giang", "CC", "Không", null, null, "HTTNV", "HTTNV"],
      [7, "Đỗ Văn Hải", "CC", "Khiển trách", `20/12/${y}`, null, "HTTNV", "HTTNV"],
      [8, "Bùi Thị Hạnh", "HĐLĐ", "Khiển trách", `10/03/${y}`, null, "HTTNV", "HTTNV"],
    ];

    it("fires on the level of a row disciplined in the year (2025 and 2023, and cán bộ in 2026)", async () => {
      for (const year of [2025, 2024]) {
        const result = await checkWorkbook([roster(header, rows(year), { year })]);
        expect(result.ruleSet).toBe(year === 2025 ? "2025" : "2023");
        expect(placesOf(result, "discipline.fail")).toEqual([err(6, "H"), err(7, "H")]);
      }
      // Cán bộ stay under ND90 + ND48 in 2026 (RULES.md §2): any discipline, no assumption to warn of.
      const canBo = await checkWorkbook([roster(header, rows(2026, "CB", "CB"))]);
      expect(canBo.ruleSet).toBe("2026");
      expect(placesOf(canBo, "discipline.fail")).toEqual([err(6, "H"), err(7, "H")]);
    });

    it("needs a violation tied to public duty for công chức and viên chức under 2026 (ND335, ND233)", async () => {
      // RULES.md §9: the roster does not say whether the violations of rows 6 (khiển trách) and 7
      // (cảnh cáo) were tied to public duty: each is treated as tied (the error on H) and a warning on
      // the discipline cell (D) says the assumption was made. Row 9 (already counted) stays exempt.
      const result = await checkWorkbook([roster(header, rows(2026))]);
      expect(placesOf(result, "discipline.fail")).toEqual([
        err(6, "H"),
        warn(6, "D"),
        err(7, "H"),
        warn(7, "D"),
      ]);
    });

    it("is silent for discipline of another year or after the assessment date, already counted, KHTNV, or NLĐ", async () => {
      const result = await checkWorkbook([roster(header, rows(2026))]);
      expect(findingsOf(result, "discipline.fail").filter((f) => (f.row ?? 0) >= 8)).toEqual([]);
    });
  });

  describe("rule set 2020: only conduct in performing duties", () => {
    it("fires and warns that it assumed duty-related conduct when the roster does not say", async () => {
      // A STT, B Họ và tên, C Đối tượng, D Hình thức kỷ luật, E Ngày kỷ luật, F Kết quả xếp loại.
      const sheet = roster(
        ["STT", "Họ và tên", "Đối tượng", "Hình thức kỷ luật", "Ngày kỷ luật", "Kết quả xếp loại"],
        [[1, "Nguyễn Văn An", "CC", "Khiển trách", "10/03/2021", "HTTNV"]],
        { year: 2021 },
      );
      const result = await checkWorkbook([sheet]);
      expect(result.ruleSet).toBe("2020");
      expect(placesOf(result, "discipline.fail")).toEqual([err(6, "F"), warn(6, "D")]);
    });

    it("follows the duty column: fires without a warning when marked, is silent when not duty-related", async () => {
      // A STT, B Họ và tên, C Đối tượng, D Hình thức kỷ luật, E Ngày kỷ luật,
      // F Vi phạm trong thực thi nhiệm vụ, G Kết quả xếp loại; data from row 6.
      const sheet = roster(
        [
          "STT",
          "Họ và tên",
          "Đối tượng",
          "Hình thức kỷ luật",
          "Ngày kỷ luật",
          "Vi phạm trong thực thi nhiệm vụ",
          "Kết quả xếp loại",
        ],
        [
          [1, "Nguyễn Văn An", "CC", "Khiển trách", "10/03/2021", "x", "HTTNV"],
          [2, "Trần Thị Bình", "CC", "Cảnh cáo", "10/03/2021", "Không", "HTTNV"],
          [3, "Lê Văn Cường", "CC", "Khiển trách", "10/03/2021", null, "HTTNV"],
        ],
        { year: 2021 },
      );
      const result = await checkWorkbook([sheet]);
      expect(placesOf(result, "discipline.fail")).toEqual([err(6, "G"), err(8, "G"), warn(8, "D")]);
    });
  });
});

describe("party.discipline-fail", () => {
  // A STT, B Họ và tên, C Đối tượng, D Hình thức kỷ luật, E Ngày kỷ luật, F Tự phát hiện và khắc phục,
  // G Kết quả xếp loại, H Xếp loại đảng viên; data from row 6.
  const header = [
    "STT",
    "Họ và tên",
    "Đối tượng",
    "Hình thức kỷ luật",
    "Ngày kỷ luật",
    "Tự phát hiện và khắc phục",
    "Kết quả xếp loại",
    "Xếp loại đảng viên",
  ];
  const rows = (y: number) => [
    [1, "Nguyễn Văn An", "CC", "Khiển trách", `10/03/${y}`, null, "KHTNV", "HTNV"],
    [2, "Trần Thị Bình", "CC", "Cảnh cáo", `10/03/${y}`, "x", "KHTNV", "HTNV"],
    [3, "Lê Văn Cường", "CC", "Khiển trách", `10/03/${y - 1}`, null, "HTTNV", "HTTNV"],
    [4, "Phạm Thị Dung", "CC", "Khiển trách", `10/03/${y}`, null, "KHTNV", "KHTNV"],
  ];

  it("fires on the Party level of a member disciplined in the year", async () => {
    const result = await checkWorkbook([roster(header, rows(2026))]);
    expect(placesOf(result, "party.discipline-fail")).toEqual([err(6, "H")]);
  });

  it("is silent for a self-discovered and remedied violation from 2023, another year, or KHTNV", async () => {
    const rows2026 = findingsOf(await checkWorkbook([roster(header, rows(2026))]), "party.discipline-fail");
    expect(rows2026.map((f) => f.row)).toEqual([6]);
  });

  it("does not exempt a remedied violation under rule set 2020", async () => {
    const result = await checkWorkbook([roster(header, rows(2021), { year: 2021 })]);
    expect(placesOf(result, "party.discipline-fail")).toEqual([err(6, "H"), err(7, "H")]);
  });
});

describe("score.band", () => {
  // A STT, B Họ và tên, C Đối tượng, D Tổng điểm, E Tự xếp loại, F Kết quả xếp loại,
  // G Xếp loại đảng viên; data from row 6.
  const sheet = roster(
    ["STT", "Họ và tên", "Đối tượng", "Tổng điểm", "Tự xếp loại", "Kết quả xếp loại", "Xếp loại đảng viên"],
    [
      [1, "Nguyễn Văn An", "CC", 85, "HTXSNV", "HTXSNV", null],
      [2, "Trần Thị Bình", "CC", 45, "HTNV", "HTNV", null],
      [3, "Lê Văn Cường", "CC", 95, "HTTNV", "HTTNV", null],
      [4, "Phạm Thị Dung", "CC", 90, "HTXSNV", "HTXSNV", null],
      [5, "Hoàng Văn Em", "VC", 85, "HTXSNV", "HTXSNV", null],
      [6, "Vũ Thị Giang", "CC", "69,5", "HTNV", "HTNV", null],
      [7, "Đỗ Văn Hải", "CC", 70, "HTTNV", "HTTNV", null],
      [8, "Bùi Thị Hạnh", "VC", 80, "HTTNV", "HTTNV", "HTTNV"],
      [9, "Ngô Văn Khoa", "VC", 80, "HTXSNV", "HTXSNV", "HTXSNV"],
    ],
  );

  it("is an error for công chức (ND335), viên chức (ND233) and the Party level (QĐ366) under 2026", async () => {
    const result = await checkWorkbook([sheet]);
    expect(result.ruleSet).toBe("2026");
    // RULES.md §9, vienChucBasis nd233 (default): row 10 (a viên chức, 85 points, HTXSNV) is bound
    // like a công chức; row 14 (80 points, HTXSNV) on both its staff level and its Party level.
    expect(placesOf(result, "score.band")).toEqual([
      err(6, "F"),
      err(7, "F"),
      err(10, "F"),
      err(14, "F"),
      err(14, "G"),
    ]);
  });

  it("is silent below the band, at the band's edge, and for viên chức's staff level under vienChucBasis nd90", async () => {
    const rows = rowsOf(await checkWorkbook([sheet]), "score.band");
    expect(rows.filter((r) => [8, 9, 11, 12, 13].includes(r))).toEqual([]);
    // Viên chức under ND90 + ND48 (RULES.md §9, nd90): their staff level is not bound, the Party level is.
    const nd90 = await checkWorkbook([sheet], { vienChucBasis: "nd90" });
    expect(placesOf(nd90, "score.band")).toEqual([err(6, "F"), err(7, "F"), err(14, "G")]);
  });

  it("adds warnings for everyone else with the scoreBands overlay on", async () => {
    // Everyone else here: the viên chức under vienChucBasis nd90 (rows 10 and 14, staff level).
    const result = await checkWorkbook([sheet], { scoreBands: true, vienChucBasis: "nd90" });
    // Within a row, errors come before warnings.
    expect(placesOf(result, "score.band")).toEqual([
      err(6, "F"),
      err(7, "F"),
      warn(10, "F"),
      err(14, "G"),
      warn(14, "F"),
    ]);
  });

  it("is silent before 2025 (rule set 2023) unless the overlay is on, and then only warns", async () => {
    expect(findingsOf(await checkWorkbook([sheet], { year: 2024 }), "score.band")).toEqual([]);
    const local = await checkWorkbook([sheet], { year: 2024, scoreBands: true });
    expect(local.ruleSet).toBe("2023");
    expect(placesOf(local, "score.band")).toEqual([
      warn(6, "F"),
      warn(7, "F"),
      warn(10, "F"),
      warn(14, "F"),
      warn(14, "G"),
    ]);
  });
});

describe("criteria.excellent", () => {
  // A STT, B Họ và tên, C Đối tượng, D % nhiệm vụ hoàn thành, E % đúng tiến độ, F % vượt mức,
  // G Kết quả xếp loại, H Xếp loại đảng viên; data from row 6. A 2025 roster: ND90 binds the
  // viên chức's staff level, QĐ366 the Party level; from 2026 only the Party level (RULES.md §9).
  const sheet = (year: number) =>
    roster(
      [
        "STT",
        "Họ và tên",
        "Đối tượng",
        "% nhiệm vụ hoàn thành",
        "% đúng tiến độ",
        "% vượt mức",
        "Kết quả xếp loại",
        "Xếp loại đảng viên",
      ],
      [
        [1, "Nguyễn Văn An", "VC", 100, 100, 40, "HTXSNV", null],
        [2, "Trần Thị Bình", "VC", 95, 100, 60, "HTXSNV", null],
        [3, "Lê Văn Cường", "VC", "100%", "100%", "50%", "HTXSNV", null],
        [4, "Phạm Thị Dung", "VC", 100, 100, 35, "HTTNV", "HTXSNV"],
        [5, "Hoàng Văn Em", "VC", 100, 100, 25, "HTTNV", "HTXSNV"],
      ],
      { year },
    );

  it("fires on HTXSNV without 100% done and 50% exceeded, and on a Party HTXSNV under 30% (2025)", async () => {
    expect(placesOf(await checkWorkbook([sheet(2025)]), "criteria.excellent")).toEqual([
      err(6, "G"),
      err(7, "G"),
      err(10, "H"),
    ]);
  });

  it("is not run on the staff level of viên chức rated by score under 2026, still on the Party level", async () => {
    // RULES.md §9: ND233 sets the level by score; QĐ366's 30% still binds the Party level (row 10).
    const result = await checkWorkbook([sheet(2026)]);
    expect(placesOf(result, "criteria.excellent")).toEqual([err(10, "H")]);
    const notRun = findingsOf(result, "input.column-missing").filter((f) => f.message.includes("criteria.*"));
    expect(notRun.map(where)).toEqual([{ severity: "info", sheet: SHEET }]);
  });

  it("is silent at 50% exceeded for staff and 30%+ for the Party level", async () => {
    const rows = rowsOf(await checkWorkbook([sheet(2025)]), "criteria.excellent");
    expect(rows).not.toContain(8);
    expect(rows).not.toContain(9);
  });
});

describe("criteria.good", () => {
  // A STT, B Họ và tên (broken over two lines in its cell), C Đối tượng, D % nhiệm vụ hoàn thành,
  // E % đúng tiến độ, F Xếp loại; data from row 6.
  // A 2025 roster (ND90); from 2026 these viên chức are rated by score (RULES.md §9).
  const sheet = (year: number) =>
    roster(
      ["STT", "Họ và\ntên", "Đối tượng", "% nhiệm vụ hoàn thành", "% đúng tiến độ", "Xếp loại"],
      [
        [1, "Nguyễn Văn An", "VC", 100, 90, "HTTNV"],
        [2, "Trần Thị Bình", "VC", 90, 100, "HTTNV"],
        [3, "Lê Văn Cường", "VC", 100, 100, "HTTNV"],
        [4, "Phạm Thị Dung", "VC", 100, 90, "HTNV"],
        [5, "Hoàng Văn Em", "HĐ68", 100, 80, "HTTNV"],
      ],
      { year },
    );

  it("fires on HTTNV without 100% of tasks completed on time", async () => {
    expect(placesOf(await checkWorkbook([sheet(2025)]), "criteria.good")).toEqual([err(6, "F"), err(7, "F")]);
    // A viên chức in 2026 is not held to it: ND233 sets the level by score (RULES.md §9).
    expect(findingsOf(await checkWorkbook([sheet(2026)]), "criteria.good")).toEqual([]);
  });

  it("is silent at 100%, for lower levels, and for người lao động", async () => {
    const rows = rowsOf(await checkWorkbook([sheet(2025)]), "criteria.good");
    expect(rows.filter((r) => r >= 8)).toEqual([]);
  });
});

describe("criteria.complete", () => {
  // A STT, B Họ và tên, C Đối tượng, D % tiêu chí chưa đạt, E Kết quả xếp loại; data from row 6.
  // A 2025 roster (ND90); from 2026 these viên chức are rated by score (RULES.md §9).
  const sheet = (year: number) =>
    roster(
      ["STT", "Họ và tên", "Đối tượng", "% tiêu chí chưa đạt", "Kết quả xếp loại"],
      [
        [1, "Nguyễn Văn An", "VC", 30, "HTNV"],
        [2, "Trần Thị Bình", "VC", 60, "HTNV"],
        [3, "Lê Văn Cường", "VC", 60, "KHTNV"],
        [4, "Phạm Thị Dung", "VC", 20, "HTNV"],
        [5, "Hoàng Văn Em", "VC", "55%", "HTTNV"],
      ],
      { year },
    );

  it("fires on HTNV with more than 20% of criteria short, and on any level above KHTNV past 50%", async () => {
    const result = await checkWorkbook([sheet(2025)]);
    expect(placesOf(result, "criteria.complete")).toEqual([err(6, "E"), err(7, "E"), err(10, "E")]);
    expect(findingsOf(result, "criteria.complete")[1]!.message).toContain("KHTNV");
    // A viên chức in 2026 is not held to it: ND233 sets the level by score (RULES.md §9).
    expect(findingsOf(await checkWorkbook([sheet(2026)]), "criteria.complete")).toEqual([]);
  });

  it("is silent at KHTNV and at 20% short", async () => {
    const rows = rowsOf(await checkWorkbook([sheet(2025)]), "criteria.complete");
    expect(rows).not.toContain(8);
    expect(rows).not.toContain(9);
  });
});

describe("criteria.leader-targets", () => {
  // A STT, B Họ và tên, C Chức vụ, D Đối tượng, E Lãnh đạo, quản lý, F % chỉ tiêu đơn vị hoàn thành,
  // G % chỉ tiêu đơn vị vượt mức, H % chỉ tiêu đơn vị đúng tiến độ, I Kết quả xếp loại; data from 6.
  // A 2025 roster (ND90); from 2026 these công chức are rated by score (RULES.md §9).
  const sheet = (year: number) =>
    roster(
      [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Đối tượng",
        "Lãnh đạo, quản lý",
        "% chỉ tiêu đơn vị hoàn thành",
        "% chỉ tiêu đơn vị vượt mức",
        "% chỉ tiêu đơn vị đúng tiến độ",
        "Kết quả xếp loại",
      ],
      [
        [1, "Nguyễn Văn An", "Trưởng phòng", "CC", "x", 90, 60, 90, "HTXSNV"],
        [2, "Trần Thị Bình", "Phó Trưởng phòng", "CC", "x", 100, 40, 90, "HTXSNV"],
        [3, "Lê Văn Cường", "Trưởng phòng", "CC", "x", 100, 60, 90, "HTXSNV"],
        [4, "Phạm Thị Dung", "Phó Trưởng phòng", "CC", "x", 100, null, 70, "HTTNV"],
        [5, "Hoàng Văn Em", "Phó Trưởng phòng", "CC", "x", 100, null, 80, "HTTNV"],
        [6, "Vũ Thị Giang", "Phó Trưởng phòng", "CC", "x", 70, null, null, "HTNV"],
        [7, "Đỗ Văn Hải", "Phó Trưởng phòng", "CC", "x", 71, null, null, "HTNV"],
        [8, "Bùi Thị Hạnh", "Phó Trưởng phòng", "CC", "x", 40, null, null, "HTNV"],
        [9, "Ngô Văn Khoa", "Chuyên viên", "CC", null, 40, null, null, "HTNV"],
      ],
      { year },
    );

  it("fires on a leader's level that the unit's targets do not support", async () => {
    const result = await checkWorkbook([sheet(2025)]);
    expect(placesOf(result, "criteria.leader-targets")).toEqual([
      err(6, "I"),
      err(7, "I"),
      err(9, "I"),
      err(11, "I"),
      err(13, "I"),
    ]);
    expect(findingsOf(result, "criteria.leader-targets")[4]!.message).toContain("KHTNV");
    // A công chức leader in 2026 is not held to it: ND335 sets the level by score (RULES.md §9).
    expect(findingsOf(await checkWorkbook([sheet(2026)]), "criteria.leader-targets")).toEqual([]);
  });

  it("is silent when the targets support the level, and for non-leaders", async () => {
    const rows = rowsOf(await checkWorkbook([sheet(2025)]), "criteria.leader-targets");
    for (const row of [8, 10, 12, 14]) expect(rows).not.toContain(row);
  });

  it("recognises a leader from the position title when there is no leader column", async () => {
    // A STT, B Họ và tên, C Chức vụ, D Đối tượng, E % chỉ tiêu đơn vị hoàn thành, F Xếp loại.
    // A 2025 roster (ND90).
    const byTitle = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "% chỉ tiêu đơn vị hoàn thành", "Xếp loại"],
      [
        [1, "Nguyễn Văn An", "Giám đốc", "CC", 40, "HTNV"],
        [2, "Trần Thị Bình", "Chuyên viên", "CC", 40, "HTNV"],
      ],
      { year: 2025 },
    );
    expect(placesOf(await checkWorkbook([byTitle]), "criteria.leader-targets")).toEqual([err(6, "F")]);
  });
});

describe("criteria.leader-subunits", () => {
  // No leader column: leaders from the position. A STT, B Họ và tên, C Chức vụ, D Đối tượng,
  // E % đơn vị trực thuộc từ HTNV, F % đơn vị trực thuộc từ HTTNV, G Kết quả xếp loại; data from 6.
  // A 2025 roster (ND90); from 2026 these công chức are rated by score (RULES.md §9).
  const sheet = (year: number) =>
    roster(
      [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Đối tượng",
        "% đơn vị trực thuộc từ HTNV",
        "% đơn vị trực thuộc từ HTTNV",
        "Kết quả xếp loại",
      ],
      [
        [1, "Nguyễn Văn An", "Giám đốc", "CC", 90, 80, "HTXSNV"],
        [2, "Trần Thị Bình", "Phó Giám đốc", "CC", 100, 60, "HTTNV"],
        [3, "Lê Văn Cường", "Chánh Văn phòng", "CC", 100, 70, "HTTNV"],
        [4, "Phạm Thị Dung", "Trưởng phòng", "CC", 60, null, "HTNV"],
        [5, "Hoàng Văn Em", "Trưởng phòng", "CC", 70, null, "HTNV"],
        [6, "Vũ Thị Giang", "Chuyên viên", "CC", 50, 20, "HTTNV"],
      ],
      { year },
    );

  it("fires on a leader's level that the sub-units' ratings do not support", async () => {
    expect(placesOf(await checkWorkbook([sheet(2025)]), "criteria.leader-subunits")).toEqual([
      err(6, "G"),
      err(7, "G"),
      err(9, "G"),
    ]);
    // A công chức leader in 2026 is not held to it: ND335 sets the level by score (RULES.md §9).
    expect(findingsOf(await checkWorkbook([sheet(2026)]), "criteria.leader-subunits")).toEqual([]);
  });

  it("is silent when the sub-units support the level, and for non-leaders", async () => {
    const rows = rowsOf(await checkWorkbook([sheet(2025)]), "criteria.leader-subunits");
    for (const row of [8, 10, 11]) expect(rows).not.toContain(row);
  });
});

describe("head.above-unit", () => {
  // A STT, B Họ và tên, C Chức vụ, D Đối tượng, E Kết quả xếp loại. Title 1–3, header 4,
  // numbering 5, section 6, people 7–8, section 9, person 10, section 11, person 12.
  const sheet = roster(
    ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
    [
      { section: "I. Phòng Kế hoạch" },
      [1, "Nguyễn Văn An", "Trưởng phòng", "CC", "HTXSNV"],
      [2, "Trần Thị Bình", "Phó Trưởng phòng", "CC", "HTXSNV"],
      { section: "II. Phòng Tài chính" },
      [3, "Lê Văn Cường", "Trưởng phòng", "CC", "HTXSNV"],
      { section: "III. Phòng Quản trị" },
      [4, "Phạm Thị Dung", "Trưởng phòng", "CC", "HTXSNV"],
    ],
  );
  const units = collectivesSheet([
    ["Phòng Kế hoạch", "Phòng", "HTTNV"],
    ["PHÒNG TÀI CHÍNH", "Phòng", "Hoàn thành xuất sắc nhiệm vụ"],
  ]);

  it("fires on the head rated above the unit's rating from the collectives sheet", async () => {
    const result = await checkWorkbook([sheet, units]);
    expect(result.sheets.map((s) => [s.name, s.kind])).toEqual([
      [SHEET, "roster"],
      ["Tập thể", "collectives"],
    ]);
    expect(placesOf(result, "head.above-unit")).toEqual([err(7, "E")]);
  });

  it("takes a unit's rating given in the settings too", async () => {
    const result = await checkWorkbook([sheet, units], { collectives: { "Phòng Quản trị": "HTNV" } });
    expect(placesOf(result, "head.above-unit")).toEqual([err(7, "E"), err(12, "E")]);
  });

  it("is silent for deputies, heads at or below the unit's level, and without collective ratings", async () => {
    const rows = rowsOf(await checkWorkbook([sheet, units]), "head.above-unit");
    expect(rows.filter((r) => r !== 7)).toEqual([]);
    expect(findingsOf(await checkWorkbook([sheet]), "head.above-unit")).toEqual([]);
  });

  /** The information that head.above-unit was skipped (input.column-missing naming it). */
  const skippedHead = (result: Awaited<ReturnType<typeof checkWorkbook>>) =>
    findingsOf(result, "input.column-missing").filter((f) => f.message.includes("head.above-unit"));

  it("says it was skipped, as information on the roster's sheet, without any unit's collective rating", async () => {
    const result = await checkWorkbook([sheet]);
    expect(skippedHead(result).map(where)).toEqual([{ severity: "info", sheet: SHEET }]);
    // A collectives sheet that rates only a chi bộ gives no unit's rating either.
    const cellOnly = collectivesSheet([["Chi bộ Kế hoạch", "Chi bộ", "HTTNV"]]);
    expect(skippedHead(await checkWorkbook([sheet, cellOnly])).map(where)).toEqual([
      { severity: "info", sheet: SHEET },
    ]);
  });

  it("says nothing of the kind with a unit's rating, from the collectives sheet or the settings", async () => {
    expect(skippedHead(await checkWorkbook([sheet, units]))).toEqual([]);
    expect(skippedHead(await checkWorkbook([sheet], { collectives: { "Phòng Kế hoạch": "HTTNV" } }))).toEqual(
      [],
    );
  });

  describe("with one roster sheet chosen (--sheet)", () => {
    // A second roster sheet, "Phòng Tổ chức", whose head (row 7) is rated above the unit's HTTNV.
    const other = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
      [{ section: "I. Phòng Tổ chức" }, [1, "Vũ Thị Giang", "Trưởng phòng", "CC", "HTXSNV"]],
      { name: "Phòng Tổ chức" },
    );
    const allUnits = collectivesSheet([
      ["Phòng Kế hoạch", "Phòng", "HTTNV"],
      ["PHÒNG TÀI CHÍNH", "Phòng", "Hoàn thành xuất sắc nhiệm vụ"],
      ["Phòng Tổ chức", "Phòng", "HTTNV"],
    ]);

    it("still reads the collectives sheet: the same finding with and without --sheet", async () => {
      const all = await checkWorkbook([sheet, other, allUnits]);
      expect(placesOf(all, "head.above-unit")).toEqual([err(7, "E"), err(7, "E", "Phòng Tổ chức")]);
      const chosen = await checkWorkbook([sheet, other, allUnits], {}, { sheet: SHEET });
      expect(chosen.sheets.map((s) => [s.name, s.kind])).toEqual([
        [SHEET, "roster"],
        ["Tập thể", "collectives"],
      ]);
      expect(placesOf(chosen, "head.above-unit")).toEqual([err(7, "E")]);
      expect(skippedHead(chosen)).toEqual([]);
    });

    it("finds the sheet whatever the Unicode form of its name (NFD asked, NFC written)", async () => {
      const asked = SHEET.normalize("NFD");
      expect(asked).not.toBe(SHEET);
      const chosen = await checkWorkbook([sheet, other, allUnits], {}, { sheet: asked });
      expect(chosen.people).toBe(4);
      expect(placesOf(chosen, "head.above-unit")).toEqual([err(7, "E")]);
    });
  });
});

describe("party.above-staff", () => {
  // Two-row header (4–5): A STT, B Họ và tên, C Đối tượng, D Kết quả xếp loại,
  // E Đảng viên / Chi bộ, F Đảng viên / Xếp loại; numbering 6, data from 7.
  const sheet = roster(
    [
      "STT",
      "Họ và tên",
      "Đối tượng",
      "Kết quả xếp loại",
      { group: "Đảng viên", sub: ["Chi bộ", "Xếp loại"] },
    ],
    [
      [1, "Nguyễn Văn An", "CC", "HTTNV", "Chi bộ 1", "HTXSNV"],
      [2, "Trần Thị Bình", "CC", "KHTNV", "Chi bộ 1", "HTNV"],
      [3, "Lê Văn Cường", "VC", "HTNV", "Chi bộ 1", "HTTNV"],
      [4, "Phạm Thị Dung", "CC", "HTXSNV", "Chi bộ 1", "HTTNV"],
      [5, "Hoàng Văn Em", "CC", "HTTNV", "Chi bộ 1", "HTTNV"],
      [6, "Vũ Thị Giang", "NLĐ", "HTTNV", "Chi bộ 1", "HTXSNV"],
    ],
  );

  it("fires on a Party level above the staff level", async () => {
    expect(placesOf(await checkWorkbook([sheet]), "party.above-staff")).toEqual([
      err(7, "F"),
      err(8, "F"),
      err(9, "F"),
    ]);
  });

  it("is silent at or below the staff level, and for người lao động", async () => {
    const rows = rowsOf(await checkWorkbook([sheet]), "party.above-staff");
    expect(rows.filter((r) => r >= 10)).toEqual([]);
  });
});

describe("party.votes", () => {
  // A STT, B Họ và tên, C Đối tượng, D Kết quả xếp loại, E Xếp loại đảng viên, F Số phiếu tán thành,
  // G Số đảng viên chính thức; data from row 6.
  const sheet = roster(
    [
      "STT",
      "Họ và tên",
      "Đối tượng",
      "Kết quả xếp loại",
      "Xếp loại đảng viên",
      "Số phiếu tán thành",
      "Số đảng viên chính thức",
    ],
    [
      [1, "Nguyễn Văn An", "CC", "HTXSNV", "HTXSNV", 6, 9],
      [2, "Trần Thị Bình", "CC", "HTXSNV", "HTXSNV", 7, 9],
      [3, "Lê Văn Cường", "CC", "HTXSNV", "HTXSNV", 5, 9],
      [4, "Phạm Thị Dung", "CC", "HTTNV", "HTTNV", 2, 9],
    ],
  );

  it("fires on a Party HTXSNV without more than 2/3 of the full members' votes (default)", async () => {
    expect(placesOf(await checkWorkbook([sheet]), "party.votes")).toEqual([err(6, "E"), err(8, "E")]);
  });

  it("accepts exactly 2/3 with votesRule at-least-two-thirds, and is silent for other levels", async () => {
    const result = await checkWorkbook([sheet], { votesRule: "at-least-two-thirds" });
    expect(placesOf(result, "party.votes")).toEqual([err(8, "E")]);
  });
});

describe("quota.excellent", () => {
  const person = (n: number, name: string, type: string, level: string) => [
    n,
    name,
    "Chuyên viên",
    type,
    level,
  ];

  it("fires for the agency and the derived group (unit × staff type × leader), naming the rows", async () => {
    // A STT, B Họ và tên, C Chức vụ, D Đối tượng, E Kết quả xếp loại. Section row 6, people 7–15.
    const sheet = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
      [
        { section: "I. Phòng Kế hoạch" },
        person(1, "Nguyễn Văn An", "CC", "HTXSNV"),
        person(2, "Trần Thị Bình", "CC", "HTXSNV"),
        person(3, "Lê Văn Cường", "CC", "HTTNV"),
        person(4, "Phạm Thị Dung", "CC", "HTTNV"),
        person(5, "Hoàng Văn Em", "CC", "HTTNV"),
        person(6, "Vũ Thị Giang", "CC", "HTTNV"),
        person(7, "Đỗ Văn Hải", "CC", "HTTNV"),
        person(8, "Đinh Văn Long", "NLĐ", "HTXSNV"),
        person(9, "Ngô Văn Khoa", "CC", "Không xếp loại"),
      ],
    );
    const result = await checkWorkbook([sheet]);
    const found = findingsOf(result, "quota.excellent");
    // Under 2026 the công chức are counted among themselves (RULES.md §9, by-law): 2 HTXSNV to 5
    // HTTNV, floor(20% × 5) = 1 allowed, 1 over. The agency's scope is an error; the derived group
    // is a guess at the agency's groups, so its excess is a warning (§5).
    expect(found.map((f) => [f.scope, f.severity, f.sheet, f.rows])).toEqual([
      ["agency · CC", "error", SHEET, [7, 8]],
      ["group · CC: Phòng Kế hoạch · CC · không lãnh đạo", "warning", SHEET, [7, 8]],
    ]);
    expect(found[1]!.message).toContain("suy ra");
    const agency = result.quota.find((q) => q.scope === "agency")!;
    expect(agency).toMatchObject({ population: "CC", excellent: 2, base: 5, allowed: 1, excess: 1 });
  });

  it("is silent within 20% of HTTNV: one HTXSNV to five HTTNV", async () => {
    const sheet = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
      [
        person(1, "Nguyễn Văn An", "CC", "HTXSNV"),
        ...["Bình", "Cường", "Dung", "Em", "Giang"].map((n, i) =>
          person(i + 2, `Trần Văn ${n}`, "CC", "HTTNV"),
        ),
      ],
    );
    expect(findingsOf(await checkWorkbook([sheet]), "quota.excellent")).toEqual([]);
  });

  it("uses the peer-group column when the roster has one", async () => {
    // A STT, B Họ và tên, C Đối tượng, D Nhóm tương đồng, E Kết quả xếp loại; data from row 6.
    const sheet = roster(
      ["STT", "Họ và tên", "Đối tượng", "Nhóm tương đồng", "Kết quả xếp loại"],
      [
        [1, "Nguyễn Văn An", "CC", "Chuyên viên", "HTXSNV"],
        [2, "Trần Thị Bình", "CC", "Chuyên viên", "HTTNV"],
        [3, "Lê Văn Cường", "CC", "Chuyên viên", "HTTNV"],
        [4, "Phạm Thị Dung", "CC", "Chuyên viên", "HTTNV"],
        [5, "Hoàng Văn Em", "CC", "Chuyên viên", "HTTNV"],
        [6, "Vũ Thị Giang", "CC", "Lãnh đạo phòng", "HTTNV"],
        [7, "Đỗ Văn Hải", "CC", "Lãnh đạo phòng", "HTTNV"],
      ],
    );
    const result = await checkWorkbook([sheet]);
    const found = findingsOf(result, "quota.excellent");
    // "Chuyên viên": 1 HTXSNV to 4 HTTNV, floor(0.8) = 0 allowed. The agency's own group: an error (§5).
    // The agency (1 to 6, 1 allowed) is within its quota.
    expect(found.map((f) => [f.scope, f.severity, f.sheet, f.rows])).toEqual([
      ["group · CC: Chuyên viên", "error", SHEET, [6]],
    ]);
    expect(found[0]!.message).not.toContain("suy ra");
    expect(result.quota.filter((q) => q.scope === "group").map((q) => [q.key, q.derived])).toEqual([
      ["Chuyên viên", undefined],
      ["Lãnh đạo phòng", undefined],
    ]);
  });

  it("counts Party members per Party cell on the Party level, outside the quota the fewest votes", async () => {
    // A STT, B Họ và tên, C Đối tượng, D Kết quả xếp loại, E Chi bộ, F Xếp loại đảng viên,
    // G Số phiếu tán thành, H Số đảng viên chính thức; data from row 6.
    const member = (n: number, name: string, cell: string, party: string, votes: number) => [
      n,
      name,
      "CC",
      party === "HTXSNV" ? "HTXSNV" : "HTTNV",
      cell,
      party,
      votes,
      10,
    ];
    const sheet = roster(
      [
        "STT",
        "Họ và tên",
        "Đối tượng",
        "Kết quả xếp loại",
        "Chi bộ",
        "Xếp loại đảng viên",
        "Số phiếu tán thành",
        "Số đảng viên chính thức",
      ],
      [
        member(1, "Nguyễn Văn An", "Chi bộ 1", "HTXSNV", 8),
        member(2, "Trần Thị Bình", "Chi bộ 1", "HTXSNV", 9),
        ...["Cường", "Dung", "Em", "Giang", "Hải"].map((n, i) =>
          member(i + 3, `Lê Văn ${n}`, "Chi bộ 1", "HTTNV", 7),
        ),
        member(8, "Phạm Văn Khoa", "Chi bộ 2", "HTXSNV", 9),
        ...["Lan", "Minh", "Nga", "Oanh", "Phúc"].map((n, i) =>
          member(i + 9, `Vũ Thị ${n}`, "Chi bộ 2", "HTTNV", 7),
        ),
      ],
    );
    const result = await checkWorkbook([sheet], { quotaScopes: [{ scope: "party" }] });
    const found = findingsOf(result, "quota.excellent");
    expect(found.map((f) => [f.scope, f.severity, f.sheet, f.rows])).toEqual([
      ["party: Chi bộ 1", "error", SHEET, [7, 6]],
    ]);
    expect(found[0]!.message).toContain("Nguyễn Văn An");
    const cell = result.quota.find((q) => q.key === "Chi bộ 1")!;
    expect(cell.people.map((p) => [p.row, p.withinQuota])).toEqual([
      [7, true],
      [6, false],
    ]);
  });

  describe("seed 001's two scopes at once, and a unit's approved higher rate", () => {
    // A STT, B Họ và tên, C Chức vụ, D Đối tượng, E Kết quả xếp loại. Section 6, people 7–11,
    // section 12, people 13–14.
    const sheet = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
      [
        { section: "I. Phòng Kế hoạch" },
        person(1, "Nguyễn Văn An", "CC", "HTXSNV"),
        person(2, "Trần Thị Bình", "CC", "HTTNV"),
        person(3, "Lê Văn Cường", "CC", "HTTNV"),
        person(4, "Phạm Thị Dung", "CC", "HTTNV"),
        person(5, "Hoàng Văn Em", "CC", "HTTNV"),
        { section: "II. Phòng Tài chính" },
        person(1, "Vũ Thị Giang", "CC", "HTTNV"),
        person(2, "Đỗ Văn Hải", "CC", "HTTNV"),
      ],
    );
    const scopes = [{ scope: "unit", base: "headcount" }, { scope: "group" }] as const;

    it("checks 20% of headcount per department and 20% of HTTNV per group, each on its own", async () => {
      const result = await checkWorkbook([sheet], { quotaScopes: [...scopes] });
      expect(result.quota.map((q) => [q.scope, q.key, q.base, q.allowed, q.excess])).toEqual([
        ["unit", "Phòng Kế hoạch", 5, 1, 0],
        ["unit", "Phòng Tài chính", 2, 0, 0],
        ["group", "Phòng Kế hoạch · CC · không lãnh đạo", 4, 0, 1],
        ["group", "Phòng Tài chính · CC · không lãnh đạo", 2, 0, 0],
      ]);
      // The group is derived (no peer-group column): its excess is a warning (RULES.md §5).
      expect(findingsOf(result, "quota.excellent").map((f) => [f.scope, f.severity, f.rows])).toEqual([
        ["group · CC: Phòng Kế hoạch · CC · không lãnh đạo", "warning", [7]],
      ]);
    });

    it("is silent when the unit is granted a higher rate (30% of 4 allows 1)", async () => {
      const result = await checkWorkbook([sheet], {
        quotaScopes: [...scopes],
        unitRates: { "phòng kế hoạch": 0.3 },
      });
      expect(findingsOf(result, "quota.excellent")).toEqual([]);
      const group = result.quota.find((q) => q.key.startsWith("Phòng Kế hoạch") && q.scope === "group")!;
      expect(group).toMatchObject({ rate: 0.3, allowed: 1, excess: 0 });
    });
  });

  describe("denominator, rounding and rate settings", () => {
    // Five công chức (one HTXSNV, four HTTNV) and a người lao động: 20% of 4 HTTNV allows none.
    const sheet = roster(
      ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
      [
        person(1, "Nguyễn Văn An", "CC", "HTXSNV"),
        person(2, "Trần Thị Bình", "CC", "HTTNV"),
        person(3, "Lê Văn Cường", "CC", "HTTNV"),
        person(4, "Phạm Thị Dung", "CC", "HTTNV"),
        person(5, "Hoàng Văn Em", "CC", "HTTNV"),
        person(6, "Đinh Văn Long", "HĐLĐ", "HTTNV"),
      ],
    );
    /** The first agency scope: the công chức's under by-law (RULES.md §9), all staff's under all-staff. */
    const agency = async (settings: Parameters<typeof checkWorkbook>[1]) => {
      const result = await checkWorkbook([sheet], { quotaScopes: [{ scope: "agency" }], ...settings });
      const q = result.quota.find((r) => r.scope === "agency")!;
      return { base: q.base, allowed: q.allowed, fires: findingsOf(result, "quota.excellent").length };
    };

    it("fires with the default base (HTTNV excluding HTXSNV, rounded down)", async () => {
      expect(await agency({})).toEqual({ base: 4, allowed: 0, fires: 1 });
    });

    it("is silent with good-inclusive (5) or headcount (5 công chức; 6 all staff, NLĐ included), or rounding up", async () => {
      expect(await agency({ quotaBase: "good-inclusive" })).toEqual({ base: 5, allowed: 1, fires: 0 });
      // By law (2026) the công chức are counted among themselves: the NLĐ is not one of them.
      expect(await agency({ quotaBase: "headcount" })).toEqual({ base: 5, allowed: 1, fires: 0 });
      const allStaff = { quotaBase: "headcount", quotaPopulation: "all-staff" } as const;
      expect(await agency(allStaff)).toEqual({ base: 6, allowed: 1, fires: 0 });
      expect(await agency({ quotaRounding: "ceil" })).toEqual({ base: 4, allowed: 1, fires: 0 });
      expect(await agency({ quotaRounding: "round" })).toEqual({ base: 4, allowed: 1, fires: 0 });
      expect(await agency({ quotaRate: 0.25 })).toEqual({ base: 4, allowed: 1, fires: 0 });
    });

    it("counts công chức and viên chức apart under 2026 (by-law), together under all-staff", async () => {
      // Row 9 (Phạm Thị Dung) a viên chức: the công chức keep 1 HTXSNV to 3 HTTNV (floor 0.6 = 0
      // allowed, 1 over); all staff together, 1 to 4 (floor 0.8 = 0, 1 over), as before 2026.
      const mixed = roster(
        ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Kết quả xếp loại"],
        [
          person(1, "Nguyễn Văn An", "CC", "HTXSNV"),
          person(2, "Trần Thị Bình", "CC", "HTTNV"),
          person(3, "Lê Văn Cường", "CC", "HTTNV"),
          person(4, "Phạm Thị Dung", "VC", "HTTNV"),
          person(5, "Hoàng Văn Em", "CC", "HTTNV"),
        ],
      );
      const scopes = { quotaScopes: [{ scope: "agency" as const }] };
      const byLaw = await checkWorkbook([mixed], scopes);
      expect(byLaw.quota.map((q) => [q.population, q.excellent, q.base, q.allowed, q.excess])).toEqual([
        ["CC", 1, 3, 0, 1],
        ["VC", 0, 1, 0, 0],
      ]);
      expect(findingsOf(byLaw, "quota.excellent").map((f) => f.scope)).toEqual(["agency · CC"]);
      const together = await checkWorkbook([mixed], { ...scopes, quotaPopulation: "all-staff" });
      expect(together.quota.map((q) => [q.population, q.excellent, q.base, q.allowed, q.excess])).toEqual([
        [undefined, 1, 4, 0, 1],
      ]);
      expect(findingsOf(together, "quota.excellent").map((f) => f.scope)).toEqual(["agency"]);
    });
  });
});

describe("collective.distribution", () => {
  // Rule set 2020 (title NĂM 2021). A STT, B Họ và tên, C Đối tượng, D Kết quả xếp loại, E Chi bộ,
  // F Xếp loại đảng viên; data from row 6. Collectives sheet: title 1, header 2, chi bộ rows 3–5.
  const member = (n: number, name: string, cell: string, level: string) => [
    n,
    name,
    "CC",
    level,
    cell,
    level,
  ];
  const sheet = roster(
    ["STT", "Họ và tên", "Đối tượng", "Kết quả xếp loại", "Chi bộ", "Xếp loại đảng viên"],
    [
      member(1, "Nguyễn Văn An", "Chi bộ Văn phòng", "HTTNV"),
      member(2, "Trần Thị Bình", "Chi bộ Văn phòng", "HTTNV"),
      member(3, "Lê Văn Cường", "Chi bộ Văn phòng", "HTTNV"),
      member(4, "Phạm Thị Dung", "Chi bộ Văn phòng", "HTNV"),
      member(5, "Hoàng Văn Em", "Chi bộ Văn phòng", "HTNV"),
      member(6, "Vũ Thị Giang", "Chi bộ Kế hoạch", "HTTNV"),
      member(7, "Đỗ Văn Hải", "Chi bộ Kế hoạch", "HTTNV"),
      member(8, "Bùi Thị Hạnh", "Chi bộ Kế hoạch", "HTNV"),
      member(9, "Ngô Văn Khoa", "Chi bộ Kế hoạch", "HTNV"),
      member(10, "Đinh Văn Long", "Chi bộ Tài chính", "HTTNV"),
      member(11, "Mai Văn Minh", "Chi bộ Tài chính", "HTTNV"),
      member(12, "Lý Thị Nga", "Chi bộ Tài chính", "HTNV"),
      member(13, "Tạ Văn Oanh", "Chi bộ Tài chính", "KHTNV"),
    ],
    { year: 2021 },
  );
  const cells = collectivesSheet(
    [
      ["Chi bộ Văn phòng", "Chi bộ", "HTXSNV"],
      ["Chi bộ Kế hoạch", "Chi bộ", "HTTNV"],
      ["Chi bộ Tài chính", "Chi bộ", "HTNV"],
    ],
    { year: 2021 },
  );

  it("fires (2020) on the chi bộ's row of the collectives sheet, with its members' rows", async () => {
    const result = await checkWorkbook([sheet, cells]);
    expect(result.ruleSet).toBe("2020");
    const found = findingsOf(result, "collective.distribution");
    expect(found.map((f) => [f.severity, f.sheet, f.row, f.scope, f.rows])).toEqual([
      ["error", "Tập thể", 3, "Chi bộ Văn phòng", [6, 7, 8, 9, 10]],
      ["error", "Tập thể", 5, "Chi bộ Tài chính", [15, 16, 17, 18]],
    ]);
    expect(found[1]!.message).toContain("KHTNV");
  });

  it("is silent for a chi bộ whose members fit its rating, under 2026, and with the setting off", async () => {
    const result = await checkWorkbook([sheet, cells]);
    expect(rowsOf(result, "collective.distribution")).not.toContain(4);
    expect(
      findingsOf(await checkWorkbook([sheet, cells], { year: 2026 }), "collective.distribution"),
    ).toEqual([]);
    const off = await checkWorkbook([sheet, cells], { collectiveRules: false });
    expect(findingsOf(off, "collective.distribution")).toEqual([]);
  });

  /** The information that collective.distribution was skipped (input.column-missing naming it). */
  const skippedDistribution = (result: Awaited<ReturnType<typeof checkWorkbook>>) =>
    findingsOf(result, "input.column-missing")
      .filter((f) => f.message.includes("collective.distribution"))
      .map(where);

  it("says it was skipped (2020, or collectiveRules on) without any chi bộ's rating", async () => {
    const result = await checkWorkbook([sheet]);
    expect(result.ruleSet).toBe("2020");
    expect(skippedDistribution(result)).toEqual([{ severity: "info", sheet: SHEET }]);
    expect(findingsOf(result, "collective.distribution")).toEqual([]);
    const on2026 = await checkWorkbook([sheet], { year: 2026, collectiveRules: true });
    expect(skippedDistribution(on2026)).toEqual([{ severity: "info", sheet: SHEET }]);
  });

  it("says nothing of the kind with a chi bộ's rating, or when the rule is off", async () => {
    expect(skippedDistribution(await checkWorkbook([sheet, cells]))).toEqual([]);
    const bySettings = await checkWorkbook([sheet], { collectives: { "Chi bộ Tài chính": "HTNV" } });
    expect(skippedDistribution(bySettings)).toEqual([]);
    expect(findingsOf(bySettings, "collective.distribution").map((f) => f.scope)).toEqual([
      "Chi bộ Tài chính",
    ]);
    expect(skippedDistribution(await checkWorkbook([sheet], { year: 2026 }))).toEqual([]);
    expect(skippedDistribution(await checkWorkbook([sheet], { collectiveRules: false }))).toEqual([]);
  });
});
