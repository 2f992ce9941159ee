/**
 * Cells of type `s` read through the shared strings: an index Excel writes reads as its string; one
 * that names no string (empty, not a whole number, past the table, no table at all) refuses the file
 * as damaged, naming the sheet, the cell, the index and how many strings the file holds.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook, UnreadableWorkbookError } from "../../xlsx/readWorkbook.js";
import { buildZip, deflate } from "../helpers/zipBuilder.js";
import { personNamed } from "../helpers/xlsxRoster.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRINGS = ["Họ và tên", "Xếp loại", "Nguyễn Văn An", "HTTNV", "Trần Thị Bình"];

/** A hand-written .xlsx of one sheet "Danh sách": a header, Nguyễn Văn An (HTTNV) and Trần Thị Bình, whose level cell B3 is `b3`. */
function workbook(b3: string, withStrings = true): Buffer {
  const sst = `<sst xmlns="${MAIN}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    withStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "",
  ];
  const parts = [
    [
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    ],
    ...(withStrings ? [["xl/sharedStrings.xml", sst]] : []),
    [
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v> 3 </v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c>${b3}</row></sheetData></worksheet>`,
    ],
  ];
  return buildZip(parts.map(([name, xml]) => ({ name: name!, content: deflate(xml!) })));
}

const refusal = (bytes: Buffer) => readWorkbook(bytes).catch((e: unknown) => e);

it("an index reads as its string (whitespace around it as XML allows); a cell of type s with no <v> is empty", async () => {
  const [sheet] = await readWorkbook(workbook('<c r="B3" t="s"/>'));
  expect(personNamed(sheet!, "Nguyễn Văn An").level).toBe("HTTNV");
  expect(personNamed(sheet!, "Trần Thị Bình").level).toBeUndefined();
});

describe("an index that names no string refuses the workbook as damaged, saying where and what", () => {
  it.each([
    ["past the table: 5 of 5 strings (numbered 0 to 4)", "<v>5</v>", "5"],
    ["far past it", "<v>57</v>", "57"],
    ["empty", "<v></v>", ""],
    ["negative", "<v>-1</v>", "-1"],
    ["not whole", "<v>3.0</v>", "3.0"],
    ["text", "<v>HTTNV</v>", "HTTNV"],
  ])("%s", async (_what, v, index) => {
    const error = await refusal(workbook(`<c r="B3" t="s">${v}</c>`));
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error).toMatchObject({
      reason: "damaged",
      format: "xlsx",
      badSharedString: { sheet: "Danh sách", cell: "B3", index, count: 5 },
    });
  });

  it("a cell without its reference is placed by its column: the cell after A3", async () => {
    const error = await refusal(workbook('<c t="s"><v>9</v></c>'));
    expect(error).toMatchObject({ badSharedString: { cell: "B3", index: "9" } });
  });

  it("an index of thousands of characters is kept to its first 20", async () => {
    const error = await refusal(workbook(`<c r="B3" t="s"><v>${"7".repeat(5000)}</v></c>`));
    expect(error).toMatchObject({ badSharedString: { index: "7".repeat(20), count: 5 } });
  });

  it("no shared-strings part: the first cell of type s, A1, names string 0 of none", async () => {
    const error = await refusal(workbook('<c r="B3" t="s"/>', false));
    expect(error).toMatchObject({
      reason: "damaged",
      badSharedString: { sheet: "Danh sách", cell: "A1", index: "0", count: 0 },
    });
  });
});
