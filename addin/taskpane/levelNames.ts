import type { Lang } from "../../shared/i18n.js";
import { LEVEL_NAMES, LEVELS, type Level } from "../../shared/levels.js";
import type { LevelCounts, UnitSummary } from "../../shared/summary/types.js";

/** The levels as the pane names them: in full in both languages, never a code. */
export const levelName = (level: Level, lang: Lang): string => LEVEL_NAMES[level][lang];

/** A summary's staff counted by level, whatever their staff type. */
export function countsByLevel(summary: Pick<UnitSummary, "byStaffType">): Record<Level, number> {
  const types: LevelCounts[] = Object.values(summary.byStaffType);
  return Object.fromEntries(
    LEVELS.map((level) => [level, types.reduce((n, counts) => n + (counts[level] ?? 0), 0)]),
  ) as Record<Level, number>;
}
