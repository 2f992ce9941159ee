import type { Lang } from "../../shared/i18n.js";
import type { Suggestion } from "../../shared/suggest/index.js";
import type { Suggestion as SuggestionCells } from "../excel/suggestionColumns.js";
import { levelName } from "./levelNames.js";

const PARTY = { vi: "Đảng viên", en: "Party member" };
const UNCERTAIN = { vi: "chưa chắc chắn: thiếu dữ liệu", en: "uncertain: data missing" };

/** One person's suggestion as the two cells the clerk reads: the level(s), then the grounds. */
export function suggestionCells(s: Suggestion, lang: Lang): SuggestionCells {
  const levels = [
    s.level && levelName(s.level, lang),
    s.partyLevel && `${PARTY[lang]}: ${levelName(s.partyLevel, lang)}`,
  ].filter(Boolean);
  const reasons = s.reasons.map((r) => (r.source ? `${r[lang]} (${r.source})` : r[lang]));
  if (!s.certain) reasons.push(UNCERTAIN[lang]);
  return { row: s.row, level: levels.join("; "), reason: reasons.join("; ") };
}
