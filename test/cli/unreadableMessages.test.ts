/**
 * The refusal messages that the hostile corpus does not reach through the command line: a damaged
 * file named by its own extension in the .xlsx family, and every way a cell can name a missing
 * shared string, in Vietnamese and English.
 */
import { describe, expect, it } from "vitest";
import { cliText } from "../../cli/messages.js";
import { UnreadableWorkbookError, type BadSharedString } from "../../xlsx/unreadable.js";

const vi = cliText("vi");
const en = cliText("en");

describe("a damaged file is named by the format it was read as, the .xlsx family by its own extension", () => {
  const cutShort = (format?: "xlsx" | "ods") => new UnreadableWorkbookError("damaged", "zip", format);
  it.each([
    ["danh-sach.xlsx", "xlsx", "tệp Excel (.xlsx) bị hỏng", "the Excel workbook (.xlsx) is damaged"],
    ["Danh Sach.XLSM", "xlsx", "tệp Excel (.xlsm) bị hỏng", "the Excel workbook (.xlsm) is damaged"],
    ["mau.xltx", "xlsx", "tệp Excel (.xltx) bị hỏng", "the Excel workbook (.xltx) is damaged"],
    ["nhi-phan.xlsb", "xlsx", "tệp Excel (.xlsb) bị hỏng", "the Excel workbook (.xlsb) is damaged"],
    [
      "bang.ods",
      "ods",
      "tệp bảng tính OpenDocument (.ods) bị hỏng",
      "the OpenDocument spreadsheet (.ods) is damaged",
    ],
    // A file named .xlsm that is an .ods inside is told as what was read.
    [
      "la.xlsm",
      "ods",
      "tệp bảng tính OpenDocument (.ods) bị hỏng",
      "the OpenDocument spreadsheet (.ods) is damaged",
    ],
  ] as const)("%s read as %s", (file, format, saysVi, saysEn) => {
    expect(vi.unreadable(file, cutShort(format))).toContain(saysVi);
    expect(en.unreadable(file, cutShort(format))).toContain(saysEn);
  });
});

/** A cell C12 of sheet "Danh sách" naming a missing shared string. */
const bad = (
  problem: BadSharedString["problem"],
  index: string,
  count: number,
  state: BadSharedString["state"] = "visible",
) =>
  new UnreadableWorkbookError("damaged", "sheet1.xml", "xlsx", {
    sheet: "Danh sách",
    state,
    cell: "C12",
    problem,
    index,
    count,
  });

describe("a cell naming a missing shared string: what is wrong with it", () => {
  it.each([
    [
      "no index",
      "empty",
      "",
      40,
      'ô C12 của trang "Danh sách" là ô văn bản nhưng không ghi số thứ tự chuỗi văn bản dùng chung nào.',
      'cell C12 of sheet "Danh sách" is a text cell that names no shared string.',
    ],
    [
      "not a whole number",
      "not-index",
      "3.5",
      40,
      'ô C12 của trang "Danh sách" ghi số thứ tự chuỗi văn bản dùng chung là "3.5", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'cell C12 of sheet "Danh sách" names shared string "3.5", which is not a valid index (a whole number, 0 or more).',
    ],
    // A whole number with a sign is not told it is not a whole number.
    [
      "negative",
      "not-index",
      "-1",
      40,
      'ô C12 của trang "Danh sách" ghi số thứ tự chuỗi văn bản dùng chung là "-1", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'cell C12 of sheet "Danh sách" names shared string "-1", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "past 1,200 strings",
      "past-table",
      "1200",
      1200,
      'ô C12 của trang "Danh sách" trỏ tới chuỗi văn bản dùng chung số 1200 trong khi tệp chỉ có 1.200 chuỗi (đánh số từ 0 đến 1.199).',
      'cell C12 of sheet "Danh sách" points to shared string 1200, but the file holds only 1,200 (numbered 0 to 1,199).',
    ],
    [
      "no strings at all",
      "past-table",
      "0",
      0,
      'ô C12 của trang "Danh sách" trỏ tới chuỗi văn bản dùng chung số 0 trong khi tệp không có chuỗi văn bản dùng chung nào.',
      'cell C12 of sheet "Danh sách" points to shared string 0, but the file holds no shared strings.',
    ],
  ] as const)("%s", (_what, problem, index, count, saysVi, saysEn) => {
    expect(vi.unreadable("a.xlsx", bad(problem, index, count))).toContain(
      `tệp Excel (.xlsx) bị hỏng: ${saysVi}`,
    );
    expect(en.unreadable("a.xlsx", bad(problem, index, count))).toContain(
      `the Excel workbook (.xlsx) is damaged: ${saysEn}`,
    );
    expect(vi.unreadable("a.xlsx", bad(problem, index, count))).toContain("xem lại ô C12");
    expect(en.unreadable("a.xlsx", bad(problem, index, count))).toContain("look at cell C12");
  });
});

it("a cell of a hidden sheet is told as in a hidden sheet, that the clerk may find it", () => {
  const hidden = bad("past-table", "40", 27, "hidden");
  expect(vi.unreadable("a.xlsx", hidden)).toContain(
    'tệp Excel (.xlsx) bị hỏng: ô C12 của trang tính ẩn "Danh sách" trỏ tới chuỗi văn bản dùng chung số 40',
  );
  expect(en.unreadable("a.xlsx", hidden)).toContain(
    'the Excel workbook (.xlsx) is damaged: cell C12 of hidden sheet "Danh sách" points to shared string 40',
  );
});
