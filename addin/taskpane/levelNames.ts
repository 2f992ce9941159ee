import type { Lang, Localized } from "../../shared/i18n.js";
import { LEVELS, type Level } from "../../shared/levels.js";
import type { LevelCounts, UnitSummary } from "../../shared/summary/types.js";

/** The levels as the pane names them: in full in both languages, never a code. */
export const LEVEL_TEXT: Record<Level, Localized> = {
  HTXSNV: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent" },
  HTTNV: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good" },
  HTNV: { vi: "Hoàn thành nhiệm vụ", en: "Complete" },
  KHTNV: { vi: "Không hoàn thành nhiệm vụ", en: "Not complete" },
  KXL: { vi: "Không xếp loại", en: "Not rated" },
};

export const levelName = (level: Level, lang: Lang): string => LEVEL_TEXT[level][lang];

/** A summary's staff counted by level, whatever their staff type. */
export function countsByLevel(summary: Pick<UnitSummary, "byStaffType">): Record<Level, number> {
  const types: LevelCounts[] = Object.values(summary.byStaffType);
  return Object.fromEntries(
    LEVELS.map((level) => [level, types.reduce((n, counts) => n + (counts[level] ?? 0), 0)]),
  ) as Record<Level, number>;
}
