import type { CheckResult } from "../shared/check.js";
import type { Finding, Severity } from "../shared/findings.js";
import { formatNumber, type Lang } from "../shared/i18n.js";
import { LEVELS } from "../shared/levels.js";
import { POPULATION_NAMES, QUOTA_SCOPE_NAMES, scopeKey } from "../shared/quota/index.js";
import { STAFF_TYPE_NAMES, STAFF_TYPES } from "../shared/staffTypes.js";

const HEADINGS: Record<Lang, Record<Severity | "quota" | "totals" | "none" | "scope", string>> = {
  vi: {
    error: "LỖI",
    warning: "CẢNH BÁO",
    info: "THÔNG TIN",
    quota: "TỶ LỆ HTXSNV (không quá tỷ lệ cho phép trên cơ sở tính)",
    totals: "TỔNG HỢP",
    none: "Không có phát hiện nào.",
    scope: "Phạm vi",
  },
  en: {
    error: "ERRORS",
    warning: "WARNINGS",
    info: "INFORMATION",
    quota: "QUOTA OF EXCELLENT (at most the rate of the base)",
    totals: "TOTALS",
    none: "No findings.",
    scope: "Scope",
  },
};

function where(f: Finding, lang: Lang): string {
  if (f.row !== undefined) return `${f.sheet ?? ""}!${f.column ?? ""}${f.row}`;
  const rows = f.rows?.length ? ` (${lang === "vi" ? "dòng" : "rows"} ${f.rows.join(", ")})` : "";
  return `${f.sheet ?? ""}${rows}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map(
    (r) =>
      "  " +
      r
        .map((c, i) => pad(c, widths[i]!))
        .join("  ")
        .trimEnd(),
  );
}

/** The readable terminal report: findings by severity with sheet, row and column, the quota table, the totals. */
export function textReport(file: string, result: CheckResult, lang: Lang): string {
  const h = HEADINGS[lang];
  const out: string[] = [];
  const sheets = result.sheets
    .filter((s) => s.kind === "roster")
    .map((s) => `"${s.name}"`)
    .join(", ");
  out.push(
    lang === "vi"
      ? `Kiểm tra ${file}: bộ quy tắc ${result.ruleSet}, năm ${result.year}, ngày đánh giá ${result.assessmentDate.split("-").reverse().join("/")}.`
      : `Checked ${file}: rule set ${result.ruleSet}, year ${result.year}, assessment date ${result.assessmentDate}.`,
    lang === "vi"
      ? `Đã đọc ${result.people} người từ trang ${sheets}.`
      : `Read ${result.people} people from sheet ${sheets}.`,
    "",
  );
  if (result.findings.length === 0) out.push(h.none, "");
  for (const severity of ["error", "warning", "info"] as const) {
    const list = result.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(`${h[severity]} (${list.length})`);
    for (const f of list) {
      const who = f.person ? ` ${f.person}` : "";
      out.push(`  ${where(f, lang)}${who} [${f.ruleId}] ${f.message}`);
    }
    out.push("");
  }
  if (result.quota.length) {
    out.push(h.quota);
    const head =
      lang === "vi"
        ? [h.scope, "", "HTXSNV", "Cơ sở", "Tỷ lệ", "Được phép", "Vượt"]
        : [h.scope, "", "Excellent", "Base", "Rate", "Allowed", "Excess"];
    out.push(
      ...table([
        head,
        ...result.quota.map((q) => [
          QUOTA_SCOPE_NAMES[q.scope][lang] +
            (q.population ? ` · ${POPULATION_NAMES[q.population][lang]}` : ""),
          q.scope === "agency" ? "" : scopeKey(q)[lang],
          String(q.excellent),
          String(q.base),
          `${formatNumber(q.rate * 100, lang)}%`,
          String(q.allowed),
          q.excess > 0 ? `${q.excess} ←` : "0",
        ]),
      ]),
    );
    // Under ND48 the state share is compared with the Party's; §9 makes no such comparison for công chức.
    const agency = result.quota.find((q) => q.scope === "agency" && q.partyShare !== undefined);
    if (agency?.share !== undefined && agency.partyShare !== undefined) {
      const state = `${formatNumber(agency.share * 100, lang)}%`;
      const party = `${formatNumber(agency.partyShare * 100, lang)}%`;
      out.push(
        lang === "vi"
          ? `  Tỷ lệ HTXSNV toàn cơ quan ${state}; của đảng viên ${party} (so sánh theo Nghị định 48/2023, để tham khảo).`
          : `  Agency share rated Excellent ${state}; Party members' ${party} (compared under Decree 48/2023, for information).`,
      );
    }
    out.push("");
  }
  out.push(h.totals);
  const levelHead = [lang === "vi" ? "Đối tượng" : "Staff type", lang === "vi" ? "Tổng" : "Total", ...LEVELS];
  const rows = STAFF_TYPES.map((t) => {
    const counts = result.summary.byStaffType[t];
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return [STAFF_TYPE_NAMES[t][lang], String(total), ...LEVELS.map((l) => String(counts[l]))];
  }).filter((r) => r[1] !== "0");
  const unknown = result.summary.byStaffType.unknown;
  const unknownTotal = Object.values(unknown).reduce((a, b) => a + b, 0);
  if (unknownTotal)
    rows.push([
      lang === "vi" ? "Chưa rõ đối tượng" : "Type not given",
      String(unknownTotal),
      ...LEVELS.map((l) => String(unknown[l])),
    ]);
  out.push(...table([levelHead, ...rows]));
  return out.join("\n") + "\n";
}
