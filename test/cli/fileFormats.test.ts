/**
 * Files clerks send that cannot be read, each told what it is and what to do (issue 9, item 7; issue
 * 11), run as a user runs the command line; and `consolidate` that checks every file, reports from
 * those it could read and lists the others with their reason.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { encryptedWorkbook } from "../helpers/hostileWorkbooks.js";
import { roster } from "../integration/fixtures.js";
import { json } from "./cliRuns.js";

const { dir, remove } = tempDir("xep-loai-formats-");
const file = (name: string) => join(dir, name);

/** An OLE compound file's signature, then a directory entry's name in UTF-16, and nothing an OLE reader can use. */
function brokenOleFile(stream: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(512)]);
}

/** A zip cut short after its first entry, the stored `mimetype` of an OpenDocument spreadsheet. */
function odsFile(): Buffer {
  const data = Buffer.from("application/vnd.oasis.opendocument.spreadsheet");
  const name = Buffer.from("mimetype");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, name, data]);
}

const ROSTER = roster(
  ["STT", "Họ và tên", "Đối tượng", "Kết quả xếp loại"],
  [[1, "Nguyễn Văn An", "CB", "HTTNV"]],
);

let runs: Record<string, CliRun>;

beforeAll(async () => {
  writeFileSync(file("cu.xls"), brokenOleFile("Workbook"));
  writeFileSync(file("mat-khau.xlsx"), encryptedWorkbook());
  writeFileSync(file("bang-tinh.ods"), odsFile());
  writeFileSync(file("danh-sach.csv"), "STT,Họ và tên,Xếp loại\n1,Nguyễn Văn An,HTTNV\n");
  mkdirSync(file("thu-muc.xlsx"));
  writeFileSync(file("Phòng Tổ chức.xlsx"), await writeRosterWorkbook([ROSTER]));
  const names = ["cu.xls", "mat-khau.xlsx", "bang-tinh.ods", "danh-sach.csv", "thu-muc.xlsx"];
  const results = await runCliAll([
    ...names.map((n) => ["check", file(n)]),
    ["check", file("cu.xls"), "--lang", "en"],
    [
      "consolidate",
      file("Phòng Tổ chức.xlsx"),
      file("danh-sach.csv"),
      file("cu.xls"),
      "--out",
      file("bc.xlsx"),
    ],
    ["consolidate", file("Phòng Tổ chức.xlsx"), file("danh-sach.csv"), "--json", "--out", file("bc2.xlsx")],
  ]);
  runs = Object.fromEntries(
    [...names, "xls-en", "consolidate", "consolidate-json"].map((n, i) => [n, results[i]!]),
  );
}, 120_000);

afterAll(remove);

describe("check: each kind of file gets its own advice, exit 2, no stack trace", () => {
  it.each([
    ["cu.xls", "tệp Excel 97–2003 (.xls) bị hỏng"],
    ["mat-khau.xlsx", "đặt mật khẩu"],
    ["bang-tinh.ods", "OpenDocument (.ods) bị hỏng"],
    ["danh-sach.csv", "văn bản CSV"],
    ["thu-muc.xlsx", "một thư mục"],
  ])("%s: %s", (name, advice) => {
    const run = runs[name]!;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(advice);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Only the damaged old workbook is told it is a .xls.
    if (name !== "cu.xls") expect(run.stderr).not.toContain(".xls)");
  });

  it("in English with --lang en", () => {
    expect(runs["xls-en"]!.stderr).toContain("the Excel 97–2003 workbook (.xls) is damaged");
  });
});

describe("consolidate goes on past files it cannot read", () => {
  it("writes the report from the readable files, lists every other with its reason, exits 1", () => {
    const run = runs.consolidate!;
    expect(run.code).toBe(1);
    expect(existsSync(file("bc.xlsx"))).toBe(true);
    expect(run.stdout).toContain("Phòng Tổ chức: 1 người");
    expect(run.stdout).toContain("2 tệp không đưa vào báo cáo:");
    expect(run.stdout).toContain("văn bản CSV");
    expect(run.stdout).toContain("Excel 97–2003 (.xls)");
  });

  it("lists them in --json too", () => {
    const doc = json(runs["consolidate-json"]!) as { leftOut: { file: string; reason: string }[] };
    expect(doc.leftOut).toEqual([{ file: file("danh-sach.csv"), reason: expect.stringContaining("CSV") }]);
  });
});
