import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../shared/i18n.js";
import { settingsSchema } from "../shared/settings.js";
import { writeRosterWorkbook } from "../xlsx/rosterWorkbook.js";
import { runCheck } from "./checkCommand.js";
import { runConsolidate } from "./consolidateCommand.js";
import { DEMO_ROSTERS } from "./demoRosters.js";

const DIR = "demo";

/** `npm start`: writes two demonstration rosters, checks one, consolidates both, and says what to run next. */
export async function runDemo(lang: Lang): Promise<number> {
  mkdirSync(DIR, { recursive: true });
  const files: string[] = [];
  for (const demo of DEMO_ROSTERS) {
    const file = join(DIR, demo.file);
    await writeRosterWorkbook([demo.sheet], file);
    files.push(file);
  }
  const settings = settingsSchema.parse({ lang });
  const say = (vi: string, en: string) => process.stdout.write(`${lang === "vi" ? vi : en}\n`);
  say(
    `Đã tạo hai danh sách mẫu trong ${DIR}/. Kiểm tra ${files[0]}:\n`,
    `Wrote two sample rosters to ${DIR}/. Checking ${files[0]}:\n`,
  );
  await runCheck(files[0]!, settings, { json: false });
  const out = join(DIR, "bao-cao-tong-hop.xlsx");
  say(
    "\nTổng hợp hai danh sách thành báo cáo gửi cấp trên:",
    "\nConsolidating both rosters into the report for the superior agency:",
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
