/**
 * Issue 11's hostile and unusual files, each through the command line as a user types it: the exit
 * code, the message that names the real cause (never a stack trace), no file left in the temp
 * folder; and the rosters of unusual layout (zip64, worksheet before the shared strings) read as the
 * plain file is. Time and memory per file are the benchmark's (`npm run bench:hostile`).
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UnreadableReason } from "../../xlsx/unreadable.js";
import { writeRosterWorkbook } from "../../xlsx/rosterWorkbook.js";
import { runCli, runCliAll, tempDir, type CliRun } from "../helpers/cli.js";
import { HOSTILE_BASE_ROSTER, HOSTILE_FILES, makeHostileFiles } from "../helpers/hostileWorkbooks.js";
import { findings } from "./cliRuns.js";

/** What each refusal must say, in Vietnamese: the cause in the clerk's words. */
const SAYS: Partial<Record<UnreadableReason, string>> = {
  "compression-ratio": "bom nén",
  "part-too-large": "vượt quá giới hạn",
  "too-many-rows": 'trang "Danh sách" có dữ liệu ở ô A200001, quá 200.000 dòng',
  "too-many-columns": 'trang "Danh sách" có dữ liệu ở ô XFD1, ngoài 1.024 cột',
  "xml-doctype": "khai báo DOCTYPE",
  "not-regular-file": "đường ống (FIFO)",
  folder: "một thư mục",
  "no-permission": "không có quyền đọc",
  encrypted: "đặt mật khẩu",
  "other-office-file": "chương trình Office khác",
  "excel-binary":
    'đây là Sổ làm việc Nhị phân Excel (.xlsb), định dạng chương trình kiểm tra không đọc. Hãy mở bằng Excel, chọn Tệp → Lưu thành, chọn kiểu "Sổ làm việc Excel (.xlsx)"',
  damaged: "bị hỏng hoặc không đầy đủ",
  "too-many-workbook-rows":
    'tệp có hơn 200.000 dòng có dữ liệu trên các trang (đến ô A1 của trang "Trang 5")',
};

/**
 * A cell naming a shared string the file lacks is damage told cell by cell: the roster's 24 shared
 * strings are numbered 0 to 23, its level cell E7 names 17 (HTTNV) and its title cell A1 names 0.
 */
const DAMAGED_CELL: Record<string, { vi: string; en: string }> = {
  "chuoi-vuot.xlsx": {
    vi: 'tệp Excel (.xlsx) bị hỏng: ô E7 của trang "Danh sách" trỏ tới chuỗi văn bản dùng chung số 57 trong khi tệp chỉ có 24 chuỗi (đánh số từ 0 đến 23).',
    en: 'the Excel workbook (.xlsx) is damaged: cell E7 of sheet "Danh sách" points to shared string 57, but the file holds only 24 (numbered 0 to 23).',
  },
  "chuoi-khong-so.xlsx": {
    vi: 'tệp Excel (.xlsx) bị hỏng: ô E7 của trang "Danh sách" ghi số thứ tự chuỗi văn bản dùng chung là "HTTNV", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên).',
    en: 'the Excel workbook (.xlsx) is damaged: cell E7 of sheet "Danh sách" names shared string "HTTNV", which is not a valid index (a whole number, 0 or more).',
  },
  "macro-chuoi-vuot.xlsm": {
    vi: 'tệp Excel (.xlsm) bị hỏng: ô E7 của trang "Danh sách" trỏ tới chuỗi văn bản dùng chung số 57',
    en: 'the Excel workbook (.xlsm) is damaged: cell E7 of sheet "Danh sách" points to shared string 57',
  },
  // The roster is sound; a hidden sheet of levels (27 strings in all) is not, and is named as hidden.
  "chuoi-trang-an.xlsx": {
    vi: 'tệp Excel (.xlsx) bị hỏng: ô A4 của trang tính ẩn "DM" trỏ tới chuỗi văn bản dùng chung số 40 trong khi tệp chỉ có 27 chuỗi (đánh số từ 0 đến 26).',
    en: 'the Excel workbook (.xlsx) is damaged: cell A4 of hidden sheet "DM" points to shared string 40, but the file holds only 27 (numbered 0 to 26).',
  },
  "khong-bang-chuoi.xlsx": {
    vi: 'tệp Excel (.xlsx) bị hỏng: ô A1 của trang "Danh sách" trỏ tới chuỗi văn bản dùng chung số 0 trong khi tệp không có chuỗi văn bản dùng chung nào.',
    en: 'the Excel workbook (.xlsx) is damaged: cell A1 of sheet "Danh sách" points to shared string 0, but the file holds no shared strings.',
  },
};

const NOBODY = 65_534;
const asRoot = process.getuid?.() === 0;
const { dir, remove } = tempDir("xep-loai-hostile-");
/** The runs' temp folder, which must be as empty after them as before. */
const runTmp = mkdtempSync(join(tmpdir(), "xep-loai-hostile-tmp-"));
const runs = new Map<string, CliRun>();
let plain: CliRun;

beforeAll(async () => {
  // Another user must reach the files: the unreadable one is refused for its mode, not its folder.
  chmodSync(dir, 0o755);
  chmodSync(runTmp, 0o1777);
  const paths = await makeHostileFiles(dir);
  writeFileSync(join(dir, "thuong.xlsx"), await writeRosterWorkbook([HOSTILE_BASE_ROSTER]));
  const names = HOSTILE_FILES.filter((f) => f.name !== "khong-quyen.xlsx").map((f) => f.name);
  const env = { TMPDIR: runTmp };
  const results = await runCliAll(
    [...names.map((n) => ["check", paths.get(n)!, "--json"]), ["check", join(dir, "thuong.xlsx"), "--json"]],
    2,
    { env },
  );
  names.forEach((n, i) => runs.set(n, results[i]!));
  plain = results.at(-1)!;
  // Root reads any file whatever its mode, so the unreadable file is checked as an ordinary user.
  runs.set(
    "khong-quyen.xlsx",
    await runCli(
      ["check", paths.get("khong-quyen.xlsx")!],
      asRoot ? { uid: NOBODY, gid: NOBODY, env } : { env },
    ),
  );
}, 180_000);

afterAll(() => {
  remove();
  rmSync(runTmp, { recursive: true, force: true });
});

describe("each hostile file is refused with exit 2 and a message naming its real cause", () => {
  it.each(HOSTILE_FILES.filter((f) => f.expect !== "read").map((f) => [f.name, f.what, f.expect] as const))(
    "%s (%s): %s",
    (name, _what, reason) => {
      const run = runs.get(name)!;
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Không đọc được tệp "${join(dir, name)}"`);
      expect(run.stderr).toContain(DAMAGED_CELL[name]?.vi ?? SAYS[reason as UnreadableReason]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );
});

describe("rosters laid out unusually read as the plain file does", () => {
  it("the plain file: 3 people, Lê Văn Cường's HTXSNV on a score of 60 is an error on row 8", () => {
    expect(plain.code).toBe(1);
    const band = findings(plain).filter((f) => f.ruleId === "score.band");
    expect(band.map((f) => [f.row, f.severity])).toEqual([[8, "error"]]);
  });

  it.each(HOSTILE_FILES.filter((f) => f.expect === "read").map((f) => [f.name, f.what] as const))(
    "%s (%s)",
    (name) => {
      const run = runs.get(name)!;
      expect(run.code).toBe(1);
      expect(findings(run)).toEqual(findings(plain));
    },
  );
});

it("leaves no file in the temp folder", () => {
  expect(readdirSync(runTmp).filter((f) => !f.startsWith("tsx-"))).toEqual([]);
});

describe("in English with --lang en", () => {
  it("a zip bomb", async () => {
    const run = await runCli(["check", join(dir, "bom-van-ban.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the mark of a zip bomb");
  });

  it.each(Object.entries(DAMAGED_CELL))(
    "%s: the cell, the shared string and what to do",
    async (name, says) => {
      const run = await runCli(["check", join(dir, name), "--lang", "en"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Cannot read "${join(dir, name)}": ${says.en}`);
      expect(run.stderr).toContain("Open it in Excel (Excel offers to repair it)");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it("an .xlsb: an Excel Binary Workbook, to be saved as .xlsx", async () => {
    const run = await runCli(["check", join(dir, "nhi-phan.xlsb"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'it is an Excel Binary Workbook (.xlsb), a format the checker does not read. Open it in Excel, choose File → Save As, pick "Excel Workbook (.xlsx)"',
    );
  });
});

it("a damaged cell's message says what to do, in Vietnamese", () => {
  for (const name of Object.keys(DAMAGED_CELL))
    expect(runs.get(name)!.stderr).toContain("Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa)");
});
