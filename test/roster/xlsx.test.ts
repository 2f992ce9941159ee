import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook, UnreadableWorkbookError } from "../../xlsx/readWorkbook.js";
import { writeRosterWorkbook, type RosterSheetSpec } from "../../xlsx/rosterWorkbook.js";
import {
  at,
  fieldLetters,
  findingsOf,
  personNamed,
  rosterOf,
  roundTrip,
  TITLE_ROWS,
} from "../helpers/xlsxRoster.js";

const LEVELS = {
  group: "Kết quả xếp loại",
  sub: ["Tự xếp loại", "Tập thể đề xuất", "Cấp có thẩm quyền"],
} as const;
const PARTY = { group: "Đảng viên", sub: ["Xếp loại", "Số phiếu tán thành"] } as const;

/** A roster laid out as ROSTER.md describes, with the cell kinds exceljs writes. */
const ROSTER: RosterSheetSpec = {
  name: "Danh sách",
  titleRows: TITLE_ROWS,
  header: [
    "STT",
    "Họ và\ntên",
    "Ngày sinh",
    "Chức vụ",
    "ĐỐI TƯỢNG",
    "Điểm",
    "% nhiệm vụ hoàn thành",
    LEVELS,
    PARTY,
    "Số đảng viên chính thức",
    "Ghi chú",
  ],
  numbering: true,
  rows: [
    { section: "I. Phòng Tổ chức cán bộ" },
    [
      1,
      { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn An" }] },
      new Date(Date.UTC(1980, 4, 17)),
      "Trưởng phòng",
      "CC",
      { formula: "45+45", result: 90 },
      0.85,
      "HTXSNV",
      "HTXSNV",
      "Hoàn thành xuất sắc nhiệm vụ",
      "HTXSNV",
      { formula: "ROUND(12*0.9,0)", result: 11 },
      12,
      null,
    ],
    [
      2,
      "Trần Thị Bình",
      "07/05/1985",
      "Chuyên viên",
      "HĐLĐ",
      "85,5",
      "100%",
      "HTT",
      "HTT",
      null,
      null,
      null,
      null,
      null,
    ],
    { section: "II - PHÒNG KẾ HOẠCH" },
    [
      1,
      "Lê Văn Cường",
      1990,
      "Chuyên viên",
      "Viên chức",
      120,
      "x",
      "HTNV",
      "Khá",
      "HTNV",
      "HTNV",
      13,
      12,
      "Đã kiểm tra",
    ],
    [],
    [null, "Tổng cộng", null, null, null, null, null, null, null, null, null, null, null, "3 người"],
  ],
  signature: true,
};

describe("a real .xlsx roster, written with writeRosterWorkbook and read with readWorkbook", () => {
  it("finds the two-row header with merged groups under the merged title rows", async () => {
    const [result] = await roundTrip([ROSTER]);
    const sheet = rosterOf(result!);
    expect(sheet.name).toBe("Danh sách");
    expect(sheet.headerRows).toEqual([4, 5]);
    expect(fieldLetters(sheet)).toEqual({
      seq: "A",
      fullName: "B",
      birthDate: "C",
      position: "D",
      staffType: "E",
      score: "F",
      tasksCompletedPct: "G",
      selfLevel: "H",
      proposedLevel: "I",
      finalLevel: "J",
      partyLevel: "K",
      votesFor: "L",
      fullMembers: "M",
      note: "N",
    });
    expect(result!.outcome.kind === "roster" && result!.outcome.titleYear).toBe(2026);
  });

  it("reads rich text, formula results, Excel dates, sections, and skips numbering, total and signature rows", async () => {
    const [result] = await roundTrip([ROSTER]);
    expect(result!.people.map((p) => [p.row, p.fullName])).toEqual([
      [8, "Nguyễn Văn An"],
      [9, "Trần Thị Bình"],
      [11, "Lê Văn Cường"],
    ]);
    const an = personNamed(result!, "Nguyễn Văn An");
    expect(an).toMatchObject({
      birthDate: "1980-05-17",
      unit: "Phòng Tổ chức cán bộ",
      position: "Trưởng phòng",
      staffType: "CC",
      isLeader: true,
      isHead: true,
      score: 90,
      tasksCompletedPct: 85,
      level: "HTXSNV",
      partyLevel: "HTXSNV",
      isPartyMember: true,
      votesFor: 11,
      fullMembers: 12,
    });
    const binh = personNamed(result!, "Trần Thị Bình");
    expect(binh).toMatchObject({
      birthDate: "1985-05-07",
      staffType: "NLD",
      score: 85.5,
      tasksCompletedPct: 100,
      level: "HTTNV",
      levelField: "proposedLevel",
      unit: "Phòng Tổ chức cán bộ",
    });
    const cuong = personNamed(result!, "Lê Văn Cường");
    expect(cuong).toMatchObject({
      birthYear: 1990,
      staffType: "VC",
      unit: "PHÒNG KẾ HOẠCH",
      level: "HTNV",
      note: "Đã kiểm tra",
    });
  });

  it("reports each bad cell with its sheet, row and column", async () => {
    const [result] = await roundTrip([ROSTER]);
    expect(result!.findings.map((f) => [f.ruleId, at(f)])).toEqual([
      ["input.number-invalid", { sheet: "Danh sách", row: 11, column: "F" }],
      ["input.number-invalid", { sheet: "Danh sách", row: 11, column: "G" }],
      ["input.level-unrecognized", { sheet: "Danh sách", row: 11, column: "I" }],
      ["input.number-invalid", { sheet: "Danh sách", row: 11, column: "L" }],
    ]);
  });

  it("reads a one-row header, a collectives sheet and an empty sheet in one workbook", async () => {
    const results = await roundTrip([
      {
        name: "Cá nhân",
        titleRows: ["DANH SÁCH NĂM 2025"],
        header: ["STT", "Họ và tên", "Đơn vị", "Xếp loại"],
        numbering: true,
        rows: [
          [1, "Nguyễn Văn An", "Văn phòng", "HTT"],
          [2, "Trần Thị Bình", "Văn phòng", "HT"],
        ],
        signature: true,
      },
      {
        name: "Tập thể",
        titleRows: ["XẾP LOẠI TẬP THỂ"],
        header: ["STT", "Tên tập thể", "Loại", "Xếp loại"],
        numbering: true,
        rows: [
          [1, "Văn phòng", "Phòng", "HTTNV"],
          [2, "Chi bộ Văn phòng", "Chi bộ", "HTXSNV"],
        ],
        signature: true,
      },
      { name: "Trống", rows: [] },
    ]);
    expect(results.map((r) => r.outcome.kind)).toEqual(["roster", "collectives", "empty"]);
    expect(results[0]!.people.map((p) => [p.row, p.unit, p.level])).toEqual([
      [4, "Văn phòng", "HTTNV"],
      [5, "Văn phòng", "HTNV"],
    ]);
    const outcome = results[1]!.outcome;
    expect(
      outcome.kind === "collectives" && outcome.collectives.map((c) => [c.name, c.type, c.level, c.row]),
    ).toEqual([
      ["Văn phòng", "department", "HTTNV", 4],
      ["Chi bộ Văn phòng", "party-cell", "HTXSNV", 5],
    ]);
    expect(results.flatMap((r) => r.findings)).toEqual([]);
  });

  it("reads one sheet by name, case-insensitively, and applies a column mapping", async () => {
    const bytes = await writeRosterWorkbook([
      { name: "Khác", rows: [["Ghi chép"]] },
      { name: "Danh Sách", header: ["Tên", "Mức"], rows: [["Nguyễn Văn An", "HTT"]] },
    ]);
    const results = await readWorkbook(bytes, {
      sheet: "danh sách",
      mapping: { A: "fullName", B: "finalLevel" },
    });
    expect(results).toHaveLength(1);
    expect(results[0]!.people.map((p) => [p.fullName, p.level])).toEqual([["Nguyễn Văn An", "HTTNV"]]);
    await expect(readWorkbook(bytes, { sheet: "Không có" })).rejects.toMatchObject({
      reason: "sheet-not-found",
    });
  });

  it("reads from a file path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roster-"));
    try {
      const file = join(dir, "danh-sach.xlsx");
      await writeRosterWorkbook([ROSTER], file);
      const [result] = await readWorkbook(file);
      expect(result!.people).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a signature block under a narrow table is still not data", async () => {
    const [result] = await roundTrip([
      { name: "Hẹp", header: ["Họ và tên", "Xếp loại"], rows: [["Nguyễn Văn An", "HTT"]], signature: true },
    ]);
    expect(result!.people.map((p) => p.fullName)).toEqual(["Nguyễn Văn An"]);
    expect(result!.findings).toEqual([]);
  });
});

describe("what is not an .xlsx", () => {
  it("CSV text → UnreadableWorkbookError csv", async () => {
    const error = await readWorkbook(Buffer.from("STT;Họ và tên;Xếp loại\n1;Nguyễn Văn An;HTT\n")).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error.reason).toBe("csv");
  });

  it("an empty buffer → not-workbook", async () => {
    await expect(readWorkbook(Buffer.alloc(0))).rejects.toMatchObject({ reason: "not-workbook" });
  });

  it("a truncated .xlsx → damaged, as an .xlsx", async () => {
    const bytes = await writeRosterWorkbook([ROSTER]);
    const error = await readWorkbook(bytes.subarray(0, 300)).catch((e) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error).toMatchObject({ reason: "damaged", format: "xlsx" });
  });

  it("a zip that is not a workbook → not-workbook", async () => {
    // a zip holding one empty file: local header, central directory, end record
    const name = Buffer.from("a.txt");
    const local = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.alloc(12),
      Buffer.from([name.length, 0, 0, 0]),
      name,
    ]);
    const central = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.alloc(12),
      Buffer.from([name.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      name,
    ]);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(local.length, 16);
    const error = await readWorkbook(Buffer.concat([local, central, end])).catch((e) => e);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error.reason).toBe("not-workbook");
  });

  it("a missing file → UnreadableWorkbookError missing", async () => {
    await expect(readWorkbook(join(tmpdir(), "khong-co-tep-nay.xlsx"))).rejects.toMatchObject({
      reason: "missing",
    });
  });
});

it("findingsOf helper sees no level finding in a clean roster", async () => {
  const [result] = await roundTrip([{ name: "S", header: ["Họ và tên", "Xếp loại"], rows: [["A B", "HT"]] }]);
  expect(findingsOf(result!, "input.level-unrecognized")).toEqual([]);
});
