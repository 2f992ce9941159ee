import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../shared/i18n.js";
import { settingsSchema } from "../shared/settings.js";
import { writeRosterWorkbook } from "../xlsx/rosterWorkbook.js";
import { runCheck } from "./checkCommand.js";
import { runConsolidate } from "./consolidateCommand.js";
import { DEMO_ROSTERS } from "./demoRosters.js";
import { WARD_2026 } from "./demoWard.js";

const DIR = "demo";

/**
 * `npm run demo`: writes the demonstration rosters, checks the ward's 2026 roster (rated by score,
 * RULES.md §9), consolidates the two offices of a department, and says what to run next.
 */
export async function runDemo(lang: Lang): Promise<number> {
  mkdirSync(DIR, { recursive: true });
  const files: string[] = [];
  for (const demo of DEMO_ROSTERS) {
    const file = join(DIR, demo.file);
    await writeRosterWorkbook([demo.sheet], file);
    files.push(file);
  }
  const ward = join(DIR, WARD_2026.file);
  await writeRosterWorkbook(WARD_2026.sheets, ward);
  const settings = settingsSchema.parse({ lang });
  const say = (vi: string, en: string) => process.stdout.write(`${lang === "vi" ? vi : en}\n`);
  say(
    `Đã tạo ba danh sách mẫu trong ${DIR}/. Kiểm tra danh sách năm 2026 của một phường (công chức, viên chức xếp loại theo điểm), ${ward}:\n`,
    `Wrote three sample rosters to ${DIR}/. Checking a ward's 2026 roster (civil servants and public employees rated by score), ${ward}:\n`,
  );
  await runCheck(ward, settings, { json: false, unitName: WARD_2026.unitName });
  const out = join(DIR, "bao-cao-tong-hop.xlsx");
  say(
    "\nTổng hợp danh sách của hai phòng thành báo cáo của Sở gửi cấp trên:",
    "\nConsolidating the two offices' rosters into the department's report for its superior:",
  );
  await runConsolidate(files, settings, {
    json: false,
    out,
    agency: { name: "SỞ NỘI VỤ", superior: "UBND TỈNH QUẢNG NGÃI", place: "Quảng Ngãi" },
    deadline: "2026-11-30",
    expect: [...DEMO_ROSTERS.map((d) => d.file.replace(/\.xlsx$/, "")), "Văn phòng Sở"],
  });
  say(
    `\nKiểm tra danh sách của anh/chị:  npm run --silent cli -- check <danh-sach.xlsx>\nXem mọi tùy chọn:                npm run --silent cli -- --help`,
    `\nCheck your own roster:  npm run --silent cli -- check <roster.xlsx>\nAll options:            npm run --silent cli -- --help`,
  );
  return 0;
}
