/**
 * Cells of type `s` read through the shared strings: an index Excel writes reads as its string; one
 * that names no string (empty, not a whole number from 0 up, past the table, no table at all) refuses
 * the file as damaged, naming the sheet (said hidden when it is), the cell, what is wrong with the index (judged on all of it) and the
 * index as a message can show it, in Vietnamese and English.
 */
import { describe, expect, it } from "vitest";
import { cliText } from "../../cli/messages.js";
import { readWorkbook, UnreadableWorkbookError } from "../../xlsx/readWorkbook.js";
import { buildZip, deflate } from "../helpers/zipBuilder.js";
import { personNamed } from "../helpers/xlsxRoster.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRINGS = ["Họ và tên", "Xếp loại", "Nguyễn Văn An", "HTTNV", "Trần Thị Bình"];

interface Sheet {
  name: string;
  /** What `<sheetData>` holds. */
  rows: string;
  state?: "hidden" | "veryHidden";
}

/** The roster's rows: a header, Nguyễn Văn An (HTTNV) and Trần Thị Bình, whose level cell B3 is `b3`. */
const rosterRows = (b3: string) =>
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v> 3 </v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c>${b3}</row>`;

/** A hand-written .xlsx of the sheets given (by default one, "Danh sách", of `rosterRows`), with or without its shared strings. */
function workbook(
  b3: string,
  withStrings = true,
  sheets: Sheet[] = [{ name: "Danh sách", rows: rosterRows(b3) }],
) {
  const sst = `<sst xmlns="${MAIN}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
  const rels = [
    ...sheets.map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ),
    withStrings ? `<Relationship Id="rId99" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "",
  ];
  const sheetList = sheets.map(
    (s, i) =>
      `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
  );
  const parts = [
    [
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList.join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    ],
    ...(withStrings ? [["xl/sharedStrings.xml", sst]] : []),
    ...sheets.map((s, i) => [
      `xl/worksheets/sheet${i + 1}.xml`,
      `<worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`,
    ]),
  ];
  return buildZip(parts.map(([name, xml]) => ({ name: name!, content: deflate(xml!) })));
}

const refusal = (bytes: Buffer, sheet?: string) => readWorkbook(bytes, { sheet }).catch((e: unknown) => e);
/** A refusal as the command line tells it, in Vietnamese and in English. */
const told = (error: unknown) => ({
  vi: cliText("vi").unreadable("a.xlsx", error as UnreadableWorkbookError),
  en: cliText("en").unreadable("a.xlsx", error as UnreadableWorkbookError),
});

it("an index reads as its string (whitespace around it as XML allows); a cell of type s with no <v> is empty", async () => {
  const [sheet] = await readWorkbook(workbook('<c r="B3" t="s"/>'));
  expect(personNamed(sheet!, "Nguyễn Văn An").level).toBe("HTTNV");
  expect(personNamed(sheet!, "Trần Thị Bình").level).toBeUndefined();
});

it("an index with leading zeros past 15 digits is still its number: 0000000000000000003 reads as string 3", async () => {
  const [sheet] = await readWorkbook(workbook('<c r="B3" t="s"><v>0000000000000000003</v></c>'));
  expect(personNamed(sheet!, "Trần Thị Bình").level).toBe("HTTNV");
});

describe("an index that names no string refuses the workbook as damaged, saying where and what", () => {
  it.each([
    ["past the table: 5 of 5 strings (numbered 0 to 4)", "<v>5</v>", "past-table", "5"],
    ["far past it", "<v>57</v>", "past-table", "57"],
    ["empty", "<v></v>", "empty", ""],
    ["XML whitespace only", "<v> \t\r\n</v>", "empty", ""],
    ["negative", "<v>-1</v>", "not-index", "-1"],
    ["signed", "<v>+3</v>", "not-index", "+3"],
    ["not whole", "<v>3.0</v>", "not-index", "3.0"],
    ["text", "<v>HTTNV</v>", "not-index", "HTTNV"],
  ])("%s", async (_what, v, problem, index) => {
    const error = await refusal(workbook(`<c r="B3" t="s">${v}</c>`));
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error).toMatchObject({
      reason: "damaged",
      format: "xlsx",
      badSharedString: { sheet: "Danh sách", cell: "B3", problem, index, count: 5 },
    });
  });

  it("a cell without its reference is placed by its column: the cell after A3", async () => {
    const error = await refusal(workbook('<c t="s"><v>9</v></c>'));
    expect(error).toMatchObject({ badSharedString: { cell: "B3", index: "9" } });
  });

  it("no shared-strings part: the first cell of type s, A1, names string 0 of none", async () => {
    const error = await refusal(workbook('<c r="B3" t="s"/>', false));
    expect(error).toMatchObject({
      reason: "damaged",
      badSharedString: { sheet: "Danh sách", cell: "A1", problem: "past-table", index: "0", count: 0 },
    });
  });
});

describe("the index is judged on all of it, then shown spelt out where unshowable and cut to 20 characters with …", () => {
  const DIGITS_24 = "123456789012345678901234";
  it.each([
    [
      "24 digits: a whole number past the table, not a number cut to 20 digits",
      DIGITS_24,
      "trỏ tới chuỗi văn bản dùng chung số 12345678901234567890… trong khi tệp chỉ có 5 chuỗi (đánh số từ 0 đến 4).",
      "points to shared string 12345678901234567890…, but the file holds only 5 (numbered 0 to 4).",
    ],
    // Past Excel's 32,767 characters a cell's text is cut, and what followed the cut is not known.
    [
      "past Excel's 32,767 characters, zeros then 99: refused as too long, not read as string 0 from the part kept",
      `${"0".repeat(32_767)}99`,
      `ghi số thứ tự chuỗi văn bản dùng chung dài từ 32.767 ký tự trở lên (bắt đầu bằng "${"0".repeat(20)}…"), giới hạn một ô của Excel, không phải số thứ tự hợp lệ.`,
      `names a shared string by a text of 32,767 characters or more (starting "${"0".repeat(20)}…"), Excel's limit for a cell, which is no valid index.`,
    ],
    [
      "-1 then 40,000 zeros: too long, not past the table",
      `-1${"0".repeat(40_000)}`,
      `ghi số thứ tự chuỗi văn bản dùng chung dài từ 32.767 ký tự trở lên (bắt đầu bằng "-1${"0".repeat(18)}…")`,
      `names a shared string by a text of 32,767 characters or more (starting "-1${"0".repeat(18)}…")`,
    ],
    [
      "5 then 32,766 spaces: too long, its start shown without them",
      `5${" ".repeat(32_766)}`,
      'ghi số thứ tự chuỗi văn bản dùng chung dài từ 32.767 ký tự trở lên (bắt đầu bằng "5"), giới hạn một ô của Excel',
      'names a shared string by a text of 32,767 characters or more (starting "5"), Excel\'s limit for a cell',
    ],
    [
      "40,000 spaces then 5: too long, and no blank index shown",
      `${" ".repeat(40_000)}5`,
      "ghi số thứ tự chuỗi văn bản dùng chung dài từ 32.767 ký tự trở lên, giới hạn một ô của Excel, không phải số thứ tự hợp lệ.",
      "names a shared string by a text of 32,767 characters or more, Excel's limit for a cell, which is no valid index.",
    ],
    [
      "thousands of 7s: the same",
      "7".repeat(5000),
      `trỏ tới chuỗi văn bản dùng chung số ${"7".repeat(20)}… trong khi`,
      `points to shared string ${"7".repeat(20)}…, but`,
    ],
    [
      "leading zeros are not shown: 26 characters naming string 57",
      "00000000000000000000000057",
      "trỏ tới chuỗi văn bản dùng chung số 57 trong khi tệp chỉ có 5 chuỗi",
      "points to shared string 57, but the file holds only 5",
    ],
    [
      "24 digits then letters: not a whole number, though its first 20 characters are digits",
      `${DIGITS_24}abc`,
      'ghi số thứ tự chuỗi văn bản dùng chung là "12345678901234567890…", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'names shared string "12345678901234567890…", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "no-break spaces around a number: not XML whitespace, so not a whole number, and shown",
      "\u00a03\u00a0",
      'ghi số thứ tự chuỗi văn bản dùng chung là "[U+00A0]3[U+00A0]", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'names shared string "[U+00A0]3[U+00A0]", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "a right-to-left override and a C1 control: spelt out, not obeyed",
      "\u202e12\u0085",
      'ghi số thứ tự chuỗi văn bản dùng chung là "[U+202E]12[U+0085]", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'names shared string "[U+202E]12[U+0085]", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "bidi isolates and marks, a tab inside",
      "\u20661\t2\u2069\u200f",
      'ghi số thứ tự chuỗi văn bản dùng chung là "[U+2066]1[U+0009]2…", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'names shared string "[U+2066]1[U+0009]2…", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "five right-to-left overrides before a 1: two spelt out fill 16 of the 20 characters, a third would pass them",
      `${"\u202e".repeat(5)}1`,
      'ghi số thứ tự chuỗi văn bản dùng chung là "[U+202E][U+202E]…", không phải số thứ tự hợp lệ',
      'names shared string "[U+202E][U+202E]…", which is not a valid index',
    ],
    [
      "a sign: a whole number, but not a valid index",
      "-1",
      'ghi số thứ tự chuỗi văn bản dùng chung là "-1", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'names shared string "-1", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "a plus sign: the same",
      "+3",
      'ghi số thứ tự chuỗi văn bản dùng chung là "+3", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
      'names shared string "+3", which is not a valid index (a whole number, 0 or more).',
    ],
    [
      "an emoji at the 20th character: kept whole, the cut after it",
      `${"x".repeat(19)}😀yz`,
      `ghi số thứ tự chuỗi văn bản dùng chung là "${"x".repeat(19)}😀…", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).`,
      `names shared string "${"x".repeat(19)}😀…", which is not a valid index (a whole number, 0 or more).`,
    ],
  ])("%s", async (_what, index, saysVi, saysEn) => {
    const error = await refusal(workbook(`<c r="B3" t="s"><v>${index}</v></c>`));
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    const { vi, en } = told(error);
    expect(vi).toContain(`ô B3 của trang "Danh sách" ${saysVi}`);
    expect(en).toContain(`cell B3 of sheet "Danh sách" ${saysEn}`);
  });
});

describe("an invisible character in the index is spelt out: the clerk sees why 1 is not 1", () => {
  it.each([
    ...["200B", "200C", "200D", "FEFF", "00AD", "2060", "2061", "2062", "2063", "2064"],
    // A tag character, variation selectors, the deprecated format characters, the Mongolian vowel
    // separator, the combining grapheme joiner, an interlinear annotation anchor, the Hangul filler,
    // an en space, a private-use character.
    ...["E0031", "FE0F", "E0100", "206A", "180E", "034F", "FFF9", "3164", "2002", "E000"],
  ])("U+%s", async (hex) => {
    const spelt = `[U+${hex}]`;
    const error = await refusal(
      workbook(`<c r="B3" t="s"><v>1${String.fromCodePoint(parseInt(hex, 16))}</v></c>`),
    );
    expect(error).toMatchObject({ badSharedString: { problem: "not-index", index: `1${spelt}` } });
    expect(told(error).vi).toContain(`ghi số thứ tự chuỗi văn bản dùng chung là "1${spelt}"`);
    expect(told(error).en).toContain(`names shared string "1${spelt}"`);
  });
});

it("the sheet's name is shown as the index is, up to Excel's 31 characters: a right-to-left override spelt out", async () => {
  const name = `Danh\u202esách${"x".repeat(40)}`;
  const error = await refusal(
    workbook("", true, [{ name, rows: '<row r="3"><c r="B3" t="s"><v>99</v></c></row>' }]),
  );
  // Danh (4), [U+202E] (8), sách (4), then 15 of the 40 x: 31 characters, and the cut.
  const shown = `Danh[U+202E]sách${"x".repeat(15)}…`;
  expect(told(error).vi).toContain(`ô B3 của trang "${shown}" trỏ tới`);
  expect(told(error).en).toContain(`cell B3 of sheet "${shown}" points to`);
});

it("a reference past the last column naming no string is refused as too many columns, not named", async () => {
  const error = await refusal(workbook(`<c r="${"Z".repeat(300)}3" t="s"><v>99</v></c>`));
  expect(error).toMatchObject({ reason: "too-many-columns" });
});

describe("rows written without r, cells with it: a cell is named by its own reference", () => {
  const rows = (b: string) =>
    `<row><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row><row><c r="A5" t="s"><v>4</v></c>${b}</row>`;
  const sheets = (b: string) => [{ name: "Danh sách", rows: rows(b) }];

  it("a person read there is on the row its cells name: Trần Thị Bình on row 5", async () => {
    const [sheet] = await readWorkbook(workbook("", true, sheets('<c r="B5" t="s"><v>3</v></c>')));
    expect(personNamed(sheet!, "Trần Thị Bình")).toMatchObject({ row: 5, level: "HTTNV" });
  });

  it("a missing string at B5 is told as B5, not B3 (the third <row>)", async () => {
    const error = await refusal(workbook("", true, sheets('<c r="B5" t="s"><v>9</v></c>')));
    expect(error).toMatchObject({ badSharedString: { cell: "B5", problem: "past-table", index: "9" } });
    expect(told(error).vi).toContain('ô B5 của trang "Danh sách" trỏ tới chuỗi văn bản dùng chung số 9');
    expect(told(error).en).toContain('cell B5 of sheet "Danh sách" points to shared string 9');
  });

  it("the row bound reads the cell's row: a value at A200001 is refused though it is the fourth <row>", async () => {
    const error = await refusal(
      workbook("", true, [{ name: "Danh sách", rows: `${rows("")}<row><c r="A200001"><v>1</v></c></row>` }]),
    );
    expect(error).toMatchObject({ reason: "too-many-rows", detail: "Danh sách!A200001" });
  });

  it("a row whose cells go back above the last row read is damaged", async () => {
    const error = await refusal(
      workbook("", true, [{ name: "Danh sách", rows: `${rows("")}<row><c r="A4"><v>1</v></c></row>` }]),
    );
    expect(error).toMatchObject({ reason: "damaged", badSharedString: undefined });
  });
});

describe("a bad cell in a sheet that is not checked still refuses the file, naming that sheet", () => {
  const listSheet = {
    name: "DM",
    state: "hidden" as const,
    rows: '<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>40</v></c></row>',
  };

  it("a hidden list sheet after the roster, with --sheet naming the roster", async () => {
    const error = await refusal(
      workbook("", true, [{ name: "Danh sách", rows: rosterRows("") }, listSheet]),
      "Danh sách",
    );
    expect(error).toMatchObject({
      reason: "damaged",
      badSharedString: { sheet: "DM", state: "hidden", cell: "B1", index: "40" },
    });
    expect(told(error).vi).toContain(
      'tệp Excel (.xlsx) bị hỏng: ô B1 của trang tính ẩn "DM" trỏ tới chuỗi văn bản dùng chung số 40',
    );
    expect(told(error).en).toContain(
      'the Excel workbook (.xlsx) is damaged: cell B1 of hidden sheet "DM" points to shared string 40',
    );
    // Where to find it: Excel's Unhide lists it.
    expect(told(error).vi).toContain(
      'xem lại ô B1 (trang "DM" đang ẩn: nhấp chuột phải vào một thẻ trang, chọn Bỏ ẩn rồi chọn "DM")',
    );
    expect(told(error).en).toContain(
      'look at cell B1 (sheet "DM" is hidden: right-click a sheet tab, choose Unhide, then "DM")',
    );
  });

  it("a very hidden list sheet is told as such, with the one way Excel shows it (Unhide does not list it)", async () => {
    const error = await refusal(
      workbook("", true, [
        { name: "Danh sách", rows: rosterRows("") },
        { ...listSheet, state: "veryHidden" },
      ]),
    );
    expect(error).toMatchObject({ badSharedString: { sheet: "DM", state: "veryHidden" } });
    expect(told(error).vi).toContain('ô B1 của trang tính ẩn sâu "DM"');
    expect(told(error).en).toContain('cell B1 of very hidden sheet "DM"');
    expect(told(error).vi).toContain(
      'xem lại ô B1 (trang "DM" bị ẩn sâu, không có trong Bỏ ẩn: nhấn Alt+F11, chọn "DM" trong khung Project, nhấn F4 rồi đặt Visible là -1 - xlSheetVisible)',
    );
    expect(told(error).en).toContain(
      'look at cell B1 (sheet "DM" is very hidden and not listed by Unhide: press Alt+F11, select "DM" in the Project window, press F4 and set Visible to -1 - xlSheetVisible)',
    );
  });

  it("a visible sheet is not told as hidden", async () => {
    const error = await refusal(
      workbook("", true, [
        { name: "Danh sách", rows: rosterRows("") },
        { ...listSheet, state: undefined },
      ]),
    );
    expect(error).toMatchObject({ badSharedString: { sheet: "DM", state: "visible" } });
    expect(told(error).vi).toContain('ô B1 của trang "DM"');
    expect(told(error).vi).toContain("xem lại ô B1 và nhập lại");
    expect(told(error).en).toContain('cell B1 of sheet "DM"');
  });
});
