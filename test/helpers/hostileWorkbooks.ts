/**
 * The hostile and unusual files of issue 11, built in code (no binary fixture is committed): zip and
 * XML bombs, zip64, a part lying about its size, a sheet of 16,384 columns, the four XML-entity
 * variants, rosters whose worksheet comes before the shared strings, a FIFO, a folder, a file we may
 * not read, a workbook under a password and a Word document renamed `.xlsx`; then cells naming a
 * shared string the file lacks (one in a hidden sheet, one in an .xls), an Excel Binary Workbook
 * (.xlsb), the roster as .xlsm, .xltx and .xltm, and the roster with its parts' elements prefixed
 * (`x:`, `ns0:`), the prefix bound on the root or below it (on each row, on sheetData, on each string). Each says what the reader must do with it: refuse it for a reason, or read it.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import yauzl from "yauzl";
import type { UnreadableReason } from "../../xlsx/unreadable.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { roster } from "../integration/fixtures.js";
import { buildZip, deflate, repeatedDeflate, type ZipPart } from "./zipBuilder.js";

export interface HostileFile {
  name: string;
  /** What the file is, for the benchmark's table. */
  what: string;
  /** The refusal the reader must give, or `read` for a file it must read like any roster. */
  expect: UnreadableReason | "read";
  /** Writes the file (or makes the folder or FIFO) at `path`. */
  make(path: string): Promise<void>;
}

/** A small valid roster: three people, one HTXSNV whose score is below its band (an error at D7). */
export const HOSTILE_BASE_ROSTER = roster(
  ["STT", "Họ và tên", "Đối tượng", "Tổng điểm", "Kết quả xếp loại"],
  [
    [1, "Nguyễn Văn An", "CC", 95, "HTXSNV"],
    [2, "Trần Thị Bình", "CC", 80, "HTTNV"],
    [3, "Lê Văn Cường", "CC", 60, "HTXSNV"],
  ],
);

/**
 * What Excel writes for an .xlsx under a password: an OLE compound file whose `EncryptionInfo` stream
 * (version 4.4, agile) describes the key and whose `EncryptedPackage` stream holds the encrypted zip.
 */
export function encryptedWorkbook(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, "EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, "EncryptedPackage", Buffer.alloc(8192, 0x5a));
  return XLSX.CFB.write(container, { type: "buffer" }) as Buffer;
}

/** The parts of the base roster as exceljs writes it, by name, in its order. */
const workbookParts = async () => partsOf(await writeRosterWorkbook([HOSTILE_BASE_ROSTER]));

/** A zip's parts, by name, in its order. */
async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const parts = new Map<string, Buffer>();
  await new Promise<void>((done, fail) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      void zip.openReadStreamPromise(entry).then(async (stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        parts.set(entry.fileName, Buffer.concat(chunks));
        zip.readEntry();
      }, fail);
    });
    zip.on("end", done);
    zip.on("error", fail);
    zip.readEntry();
  });
  return parts;
}

const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
/** The workbook part's content type in an .xlsx. */
const SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/**
 * The base roster's parts in the order given (the rest after), some replaced, some added (a name the
 * roster lacks) and some left out (`null`).
 */
async function workbook(
  replace: Record<string, Omit<ZipPart, "name"> | string | null> = {},
  order: readonly string[] = [],
): Promise<Buffer> {
  const parts = await workbookParts();
  const all = [...parts.keys(), ...Object.keys(replace).filter((n) => !parts.has(n))];
  const names = [...order, ...all.filter((n) => !order.includes(n))].filter((n) => replace[n] !== null);
  return buildZip(
    names.map((name) => {
      const replaced = replace[name];
      if (replaced === undefined) return { name, content: deflate(parts.get(name)!) };
      return typeof replaced === "string" ? { name, content: deflate(replaced) } : { name, ...replaced! };
    }),
  );
}

/** A part of the base roster with `from` (which it must hold) replaced by `to`. */
async function edited(part: string, from: string, to: string): Promise<string> {
  const xml = (await workbookParts()).get(part)!.toString("utf8");
  if (!xml.includes(from)) throw new Error(`${part} holds no ${from}`);
  return xml.replace(from, to);
}

/**
 * A part of the base roster with its default namespace bound to `prefix` instead, every unprefixed
 * element named `prefix:name`, as the OpenXML SDK (`x:`) and Python's ElementTree (`ns0:`) write;
 * `renames` then gives other prefixes the file binds (`r` → `ns1`) new names.
 */
async function prefixed(part: string, prefix: string, renames: Record<string, string> = {}): Promise<string> {
  let xml = await edited(part, 'xmlns="', `xmlns:${prefix}="`);
  xml = xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
  for (const [from, to] of Object.entries(renames))
    xml = xml.replaceAll(`xmlns:${from}=`, `xmlns:${to}=`).replace(new RegExp(` ${from}:`, "g"), ` ${to}:`);
  return xml;
}

/**
 * A part of the base roster whose `elements` are named `x:name`, `x:` bound to SpreadsheetML on each
 * `declaredOn` element and not on the root, as a writer adding its own elements to a part Excel wrote.
 */
async function prefixedBelowRoot(
  part: string,
  elements: readonly string[],
  declaredOn: string,
): Promise<string> {
  const xml = (await workbookParts()).get(part)!.toString("utf8");
  const renamed = xml.replace(new RegExp(`<(/?)(${elements.join("|")})(?=[\\s/>])`, "g"), "<$1x:$2");
  const declared = renamed.replace(
    new RegExp(`<x:${declaredOn}(?=[\\s>])`, "g"),
    `<x:${declaredOn} xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`,
  );
  if (declared === renamed) throw new Error(`${part} holds no ${declaredOn}`);
  return declared;
}

/** The rosters of `prefixedBelowRoot`: name, what, the part, its elements prefixed, the one declaring the prefix. */
const PREFIXED_BELOW_ROOT = [
  [
    "tien-to-tren-dong.xlsx",
    "the worksheet's rows, cells and values prefixed x:, bound on each row (the root binds no prefix)",
    SHEET,
    ["row", "c", "v"],
    "row",
  ],
  [
    "tien-to-tren-sheetdata.xlsx",
    "the worksheet's sheetData, rows, cells and values prefixed x:, bound on sheetData",
    SHEET,
    ["sheetData", "row", "c", "v"],
    "sheetData",
  ],
  [
    "tien-to-tren-si.xlsx",
    "sharedStrings.xml's strings and texts prefixed x:, bound on each si",
    STRINGS,
    ["si", "t"],
    "si",
  ],
] as const;

/** The worksheet with Trần Thị Bình's level cell E7 (HTTNV: shared string 17 of 24) holding `index` instead. */
const levelIndex = (index: string) =>
  edited(SHEET, '<c r="E7" t="s"><v>17</v></c>', `<c r="E7" t="s"><v>${index}</v></c>`);

/**
 * The base roster as another kind of Excel package: the workbook part's content type changed to
 * `contentType`, with macros a VBA project part (never read) and its relationship, and `replace`d parts.
 */
async function excelPackage(
  contentType: string,
  macros: boolean,
  replace: Record<string, string> = {},
): Promise<Buffer> {
  const vbaType = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>';
  const types = await edited(CONTENT_TYPES, `${SHEET_MAIN}"/>`, `${contentType}"/>${macros ? vbaType : ""}`);
  const vba = {
    [WORKBOOK_RELS]: await edited(
      WORKBOOK_RELS,
      "</Relationships>",
      '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
    "xl/vbaProject.bin": { content: deflate(Buffer.alloc(4096, 0xcc)) },
  };
  return workbook({ [CONTENT_TYPES]: types, ...(macros ? vba : {}), ...replace });
}

const XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** A part's XML with a DOCTYPE after its declaration, and `reference` put in its first text or value. */
async function withDoctype(part: string, doctype: string, reference = ""): Promise<string> {
  const xml = (await workbookParts()).get(part)!.toString("utf8");
  const declaration = /^<\?xml[^>]*\?>/.exec(xml)?.[0] ?? "";
  const body = xml.slice(declaration.length).replace(/<([tv])>/, `<$1>${reference}`);
  return `${declaration}\n${doctype}${body}`;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = "</sheetData></worksheet>";
const MiB = 1024 * 1024;

const write = (path: string) => (bytes: Buffer) => writeFileSync(path, bytes);

/** BIFF8's LabelSst record: a cell whose text is the `isst`-th string of the workbook's SST. */
const LABEL_SST = 0x00fd;

/**
 * The base roster as Excel 97–2003 saves it (strings in the SST, cells as LabelSst records), its
 * cell at the 0-based `row` and `column` naming string `isst`.
 */
async function xlsNamingString(row: number, column: number, isst: number): Promise<Buffer> {
  const book = XLSX.read(await writeRosterWorkbook([HOSTILE_BASE_ROSTER]), { type: "buffer" });
  const container = XLSX.CFB.read(XLSX.write(book, { type: "buffer", bookType: "xls", bookSST: true }), {
    type: "buffer",
  });
  const stream = XLSX.CFB.find(container, "Workbook")!;
  const records = Buffer.from(stream.content as Uint8Array);
  let found = false;
  for (let at = 0; at + 4 <= records.length; at += 4 + records.readUInt16LE(at + 2)) {
    const body = at + 4;
    if (records.readUInt16LE(at) !== LABEL_SST) continue;
    if (records.readUInt16LE(body) !== row || records.readUInt16LE(body + 2) !== column) continue;
    records.writeUInt32LE(isst, body + 6);
    found = true;
  }
  if (!found) throw new Error(`no LabelSst record at row ${row}, column ${column}`);
  stream.content = records;
  return XLSX.CFB.write(container, { type: "buffer" }) as Buffer;
}

export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    name: "bom-van-ban.xlsx",
    what: "text bomb: one cell of 100 MiB of 'A' (ratio about 1,000)",
    expect: "compression-ratio",
    make: async (path) =>
      write(path)(
        await workbook({
          [SHEET]: {
            content: repeatedDeflate(
              `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
              "A".repeat(MiB),
              100,
              `</t></is></c></row>${SHEET_TAIL}`,
            ),
          },
        }),
      ),
  },
  {
    name: "bom-chuoi.xlsx",
    what: "shared-strings bomb: 512 MiB of shared strings",
    expect: "part-too-large",
    make: async (path) =>
      write(path)(
        await workbook({
          [STRINGS]: {
            content: repeatedDeflate(
              '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
              "<si><t>Nguyễn Văn An</t></si>".repeat(2048),
              (512 * MiB) / (Buffer.byteLength("<si><t>Nguyễn Văn An</t></si>") * 2048),
              "</sst>",
            ),
          },
        }),
      ),
  },
  {
    name: "bom-dong.xlsx",
    what: "rows bomb: 1,048,576 rows holding a value",
    expect: "too-many-rows",
    make: async (path) => {
      const rows: string[] = [];
      for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
      write(path)(await workbook({ [SHEET]: `${SHEET_HEAD}${rows.join("")}${SHEET_TAIL}` }));
    },
  },
  {
    name: "zip64.xlsx",
    what: "a roster written with zip64 records for every part",
    expect: "read",
    make: async (path) => {
      const parts = await workbookParts();
      write(path)(
        buildZip([...parts].map(([name, data]) => ({ name, content: deflate(data), zip64: true }))),
      );
    },
  },
  {
    name: "zip64-5gb.xlsx",
    what: "zip64: a worksheet declaring 5 GiB in its zip64 field",
    expect: "part-too-large",
    make: async (path) => {
      const parts = await workbookParts();
      write(path)(
        await workbook({
          [SHEET]: { content: deflate(parts.get(SHEET)!), zip64: true, declaredSize: 5 * 1024 * MiB },
        }),
      );
    },
  },
  {
    name: "khai-sai.xlsx",
    what: "a worksheet declaring 10 KiB that inflates to 256 MiB",
    expect: "part-too-large",
    make: async (path) => {
      const row = '<row><c t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row>'.repeat(1024);
      const content = repeatedDeflate(
        SHEET_HEAD,
        row,
        Math.ceil((256 * MiB) / Buffer.byteLength(row)),
        SHEET_TAIL,
      );
      write(path)(await workbook({ [SHEET]: { content, declaredSize: 10 * 1024 } }));
    },
  },
  {
    name: "rong.xlsx",
    what: "16,384 columns × 2,000 rows, every cell holding a number",
    expect: "part-too-large",
    make: async (path) => {
      const row = `<row>${"<c><v>1</v></c>".repeat(16_384)}</row>`;
      write(path)(
        await workbook({ [SHEET]: { content: repeatedDeflate(SHEET_HEAD, row, 2_000, SHEET_TAIL) } }),
      );
    },
  },
  {
    name: "cot-xfd.xlsx",
    what: "2,000 rows with a value in column XFD (16,384)",
    expect: "too-many-columns",
    make: async (path) => {
      const rows: string[] = [];
      for (let r = 1; r <= 2_000; r++) rows.push(`<row r="${r}"><c r="XFD${r}"><v>${r}</v></c></row>`);
      write(path)(await workbook({ [SHEET]: `${SHEET_HEAD}${rows.join("")}${SHEET_TAIL}` }));
    },
  },
  {
    name: "thuc-the-noi.xlsx",
    what: "internal entity expansion (billion laughs) in the shared strings",
    expect: "xml-doctype",
    make: async (path) => {
      const entities = ['<!ENTITY lol0 "lol">'];
      for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
      write(path)(
        await workbook({
          [STRINGS]: await withDoctype(STRINGS, `<!DOCTYPE sst [${entities.join("")}]>`, "&lol9;"),
        }),
      );
    },
  },
  {
    name: "thuc-the-ngoai.xlsx",
    what: "external SYSTEM entity (file:///etc/passwd) in the worksheet",
    expect: "xml-doctype",
    make: async (path) =>
      write(path)(
        await workbook({
          [SHEET]: await withDoctype(
            SHEET,
            '<!DOCTYPE worksheet [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
            "&ext;",
          ),
        }),
      ),
  },
  {
    name: "thuc-the-tham-so.xlsx",
    what: "parameter entity (an external DTD) in workbook.xml",
    expect: "xml-doctype",
    make: async (path) =>
      write(path)(
        await workbook({
          [WORKBOOK]: await withDoctype(
            WORKBOOK,
            '<!DOCTYPE workbook [<!ENTITY % dtd SYSTEM "http://127.0.0.1:9/x.dtd"> %dtd;]>',
          ),
        }),
      ),
  },
  {
    name: "nhieu-trang.xlsx",
    what: "5 sheets of 50,000 rows each holding a value (each sheet within its bound, the workbook not)",
    expect: "too-many-workbook-rows",
    make: async (path) => {
      const sheets = [1, 2, 3, 4, 5].map((i) => ({ ...HOSTILE_BASE_ROSTER, name: `Trang ${i}` }));
      const parts = await partsOf(await writeRosterWorkbook(sheets));
      const rows: string[] = [];
      for (let r = 1; r <= 50_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
      const sheet = deflate(`${SHEET_HEAD}${rows.join("")}${SHEET_TAIL}`);
      write(path)(
        buildZip(
          [...parts].map(([name, data]) => ({
            name,
            content: /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? sheet : deflate(data),
          })),
        ),
      );
    },
  },
  {
    name: "long-nesting.xlsx",
    what: "well-formed XML nested a million deep in the worksheet (7 MB inflated)",
    expect: "damaged",
    make: async (path) =>
      write(path)(
        await workbook({
          [SHEET]: {
            content: repeatedDeflate(
              SHEET_HEAD,
              "<x>",
              1_000_000,
              `${"</x>".repeat(1_000_000)}${SHEET_TAIL}`,
            ),
          },
        }),
      ),
  },
  {
    name: "cat-ngan.xlsx",
    what: "a worksheet cut short: 100 bytes fewer than its central directory declares",
    expect: "damaged",
    make: async (path) => {
      const parts = await workbookParts();
      const sheet = parts.get(SHEET)!;
      write(path)(await workbook({ [SHEET]: { content: deflate(sheet), declaredSize: sheet.length + 100 } }));
    },
  },
  {
    name: "dong-lap.ods",
    what: "an .ods of 10 tables, each one person row repeated 199,990 times (under 1 KB)",
    expect: "damaged",
    make: async (path) => {
      const row =
        '<table:table-row table:number-rows-repeated="199990"><table:table-cell office:value-type="string"><text:p>Nguyễn Văn An</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>HTTNV</text:p></table:table-cell></table:table-row>';
      const tables = Array.from(
        { length: 10 },
        (_, i) => `<table:table table:name="T${i + 1}">${row}</table:table>`,
      ).join("");
      write(path)(
        buildZip([
          { name: "mimetype", content: deflate("application/vnd.oasis.opendocument.spreadsheet") },
          {
            name: "content.xml",
            content: deflate(
              `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
            ),
          },
        ]),
      );
    },
  },
  {
    name: "doctype.xlsx",
    what: "a DOCTYPE and nothing else in the worksheet",
    expect: "xml-doctype",
    make: async (path) =>
      write(path)(await workbook({ [SHEET]: await withDoctype(SHEET, "<!DOCTYPE worksheet>") })),
  },
  {
    name: "chuoi-sau-lien-ke.xlsx",
    what: "the worksheet directly before sharedStrings.xml",
    expect: "read",
    make: async (path) => {
      const names = [...(await workbookParts()).keys()].filter((n) => n !== SHEET && n !== STRINGS);
      write(path)(await workbook({}, [...names, SHEET, STRINGS]));
    },
  },
  {
    name: "chuoi-sau-cach.xlsx",
    what: "the worksheet first, sharedStrings.xml last",
    expect: "read",
    make: async (path) => {
      const names = [...(await workbookParts()).keys()].filter((n) => n !== SHEET && n !== STRINGS);
      write(path)(await workbook({}, [SHEET, ...names, STRINGS]));
    },
  },
  {
    name: "tien-to-ns0.xlsx",
    what: "sharedStrings.xml with its elements prefixed ns0: (as Python's ElementTree writes it)",
    expect: "read",
    make: async (path) => write(path)(await workbook({ [STRINGS]: await prefixed(STRINGS, "ns0") })),
  },
  {
    name: "tien-to-x.xlsx",
    what: "workbook.xml, the worksheet, sharedStrings.xml and styles.xml prefixed x: (as the OpenXML SDK writes them)",
    expect: "read",
    make: async (path) => {
      const parts = [WORKBOOK, SHEET, STRINGS, "xl/styles.xml"];
      const replace = Object.fromEntries(
        await Promise.all(parts.map(async (p) => [p, await prefixed(p, "x")])),
      );
      write(path)(await workbook(replace));
    },
  },
  {
    name: "tien-to-moi-phan.xlsx",
    what: "every part read prefixed ns0:, the relationships too, and workbook.xml's r:id as ns1:id",
    expect: "read",
    make: async (path) => {
      const parts = ["_rels/.rels", WORKBOOK_RELS, SHEET, STRINGS];
      const replace = Object.fromEntries(
        await Promise.all(parts.map(async (p) => [p, await prefixed(p, "ns0")])),
      );
      write(path)(await workbook({ ...replace, [WORKBOOK]: await prefixed(WORKBOOK, "ns0", { r: "ns1" }) }));
    },
  },
  ...PREFIXED_BELOW_ROOT.map(([name, what, part, elements, declaredOn]): HostileFile => ({
    name,
    what,
    expect: "read",
    make: async (path) =>
      write(path)(await workbook({ [part]: await prefixedBelowRoot(part, elements, declaredOn) })),
  })),
  {
    name: "ong-fifo.xlsx",
    what: "a FIFO (named pipe) that no one writes to",
    expect: "not-regular-file",
    make: async (path) => void execFileSync("mkfifo", [path]),
  },
  {
    name: "thu-muc.xlsx",
    what: "a folder",
    expect: "folder",
    make: async (path) => mkdirSync(path),
  },
  {
    name: "khong-quyen.xlsx",
    what: "a roster with mode 000 (read by a user other than root)",
    expect: "no-permission",
    make: async (path) => {
      writeFileSync(path, await writeRosterWorkbook([HOSTILE_BASE_ROSTER]));
      chmodSync(path, 0o000);
    },
  },
  {
    name: "mat-khau.xlsx",
    what: "an .xlsx under a password (OLE with EncryptionInfo and EncryptedPackage)",
    expect: "encrypted",
    make: async (path) => writeFileSync(path, encryptedWorkbook()),
  },
  {
    name: "chuoi-vuot.xlsx",
    what: "a level cell (E7) naming shared string 57 of 24",
    expect: "damaged",
    make: async (path) => write(path)(await workbook({ [SHEET]: await levelIndex("57") })),
  },
  {
    name: "chuoi-khong-so.xlsx",
    what: "a level cell (E7) of type s holding the text HTTNV, not an index",
    expect: "damaged",
    make: async (path) => write(path)(await workbook({ [SHEET]: await levelIndex("HTTNV") })),
  },
  {
    name: "chuoi-trang-an.xlsx",
    what: "a hidden list sheet DM after the roster, its cell A4 naming shared string 40 of 27",
    expect: "damaged",
    make: async (path) => {
      const levels = [["Mức xếp loại"], ["HTXSNV"], ["HTTNV"], ["HTNV"], ["KHTNV"]];
      const parts = await partsOf(
        await writeRosterWorkbook([HOSTILE_BASE_ROSTER, { name: "DM", rows: levels }]),
      );
      const replace = (name: string, from: string, to: string) => {
        const xml = parts.get(name)!.toString("utf8");
        if (!xml.includes(from)) throw new Error(`${name} holds no ${from}`);
        parts.set(name, Buffer.from(xml.replace(from, to)));
      };
      replace(WORKBOOK, 'name="DM" state="visible"', 'name="DM" state="hidden"');
      replace("xl/worksheets/sheet2.xml", '<c r="A4" t="s"><v>25</v></c>', '<c r="A4" t="s"><v>40</v></c>');
      write(path)(buildZip([...parts].map(([name, data]) => ({ name, content: deflate(data) }))));
    },
  },
  {
    name: "chuoi-vuot.xls",
    what: "an Excel 97–2003 roster whose level cell (E7) names string 999 of its SST",
    expect: "damaged",
    make: async (path) => write(path)(await xlsNamingString(6, 4, 999)),
  },
  {
    name: "khong-bang-chuoi.xlsx",
    what: "cells of type s and no sharedStrings part (nor its relationship)",
    expect: "damaged",
    make: async (path) =>
      write(path)(
        await workbook({
          [STRINGS]: null,
          [WORKBOOK_RELS]: await edited(
            WORKBOOK_RELS,
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
            "",
          ),
        }),
      ),
  },
  {
    name: "nhi-phan.xlsb",
    what: "an Excel Binary Workbook: content types, relationships and xl/workbook.bin",
    expect: "excel-binary",
    make: async (path) =>
      write(path)(
        buildZip([
          {
            name: CONTENT_TYPES,
            content: deflate(
              '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>',
            ),
          },
          {
            name: "_rels/.rels",
            content: deflate(
              '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
            ),
          },
          { name: "xl/workbook.bin", content: deflate(Buffer.from([0x83, 0x01, 0x00, 0x84, 0x01, 0x00])) },
          {
            name: "xl/worksheets/sheet1.bin",
            content: deflate(Buffer.from([0x81, 0x01, 0x00, 0x82, 0x01, 0x00])),
          },
        ]),
      ),
  },
  {
    name: "macro.xlsm",
    what: "the roster as a macro-enabled workbook (.xlsm: its content type, a VBA project)",
    expect: "read",
    make: async (path) => write(path)(await excelPackage(XLSM, true)),
  },
  {
    name: "macro-chuoi-vuot.xlsm",
    what: "the .xlsm roster with its level cell E7 naming shared string 57 of 24",
    expect: "damaged",
    make: async (path) =>
      write(path)(
        await excelPackage(XLSM, true, {
          [SHEET]: await levelIndex("57"),
        }),
      ),
  },
  {
    name: "mau.xltx",
    what: "the roster as an Excel template (.xltx)",
    expect: "read",
    make: async (path) =>
      write(path)(
        await excelPackage(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
          false,
        ),
      ),
  },
  {
    name: "mau-macro.xltm",
    what: "the roster as a macro-enabled template (.xltm: its content type, a VBA project)",
    expect: "read",
    make: async (path) =>
      write(path)(await excelPackage("application/vnd.ms-excel.template.macroEnabled.main+xml", true)),
  },
  {
    name: "van-ban-word.xlsx",
    what: "a Word document (.docx) renamed .xlsx",
    expect: "other-office-file",
    make: async (path) =>
      write(path)(
        buildZip([
          {
            name: CONTENT_TYPES,
            content: deflate(
              '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            ),
          },
          {
            name: "_rels/.rels",
            content: deflate(
              '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
            ),
          },
          {
            name: "word/document.xml",
            content: deflate(
              '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Danh sách</w:t></w:r></w:p></w:body></w:document>',
            ),
          },
        ]),
      ),
  },
];

/** Makes every file of the corpus in `dir`; returns their paths by name. */
export async function makeHostileFiles(dir: string): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const file of HOSTILE_FILES) {
    const path = join(dir, file.name);
    await file.make(path);
    paths.set(file.name, path);
  }
  return paths;
}
