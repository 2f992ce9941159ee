/** RULES.md §4.2 and §9: discipline in the year forces KHTNV, for the staff level and the Party level. */
import { DISCIPLINE_NAMES } from "../coerce/categories.js";
import type { Severity } from "../findings.js";
import type { Localized } from "../i18n.js";
import type { RatedLevel } from "../levels.js";
import type { FieldKey } from "../roster/fields.js";
import { DISCIPLINE_CODES, LEVEL_CODES, levelOf, MARK_NO, MARK_UNKNOWN } from "../roster/labelCodes.js";
import type { DisciplineForm } from "../roster/person.js";
import type { PersonTable } from "../roster/personTable.js";
import { scoreRatingLawAt } from "../scoreRating.js";
import {
  disciplinedInYearAt,
  formatDate,
  HD21,
  isPartyMemberAt,
  levelFieldAt,
  levelsArticle,
  mustBeMessage,
  ND48,
  ND90,
  QD124,
  stateLevelAt,
  withNote,
  type CappedMessage,
} from "./helpers.js";
import { rowFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

/** "Bị kỷ luật cảnh cáo (hiệu lực ngày 10/03/2026) trong năm đánh giá", of row i. */
function disciplineReason(t: PersonTable, i: number, form: DisciplineForm): Localized {
  const name = form === "other" ? { vi: "", en: "" } : DISCIPLINE_NAMES[form];
  const effective = t.disciplineDate[i];
  const date = effective === undefined ? undefined : formatDate(effective);
  const vi = `Bị kỷ luật${name.vi ? ` ${name.vi}` : ""}${date ? ` (hiệu lực ngày ${date})` : ""} trong năm đánh giá`;
  const detail = [name.en, date && `effective ${date}`].filter(Boolean).join(", ");
  const en = `Disciplined${detail ? ` (${detail})` : ""} in the evaluation year`;
  return { vi, en };
}

/** What the conduct must be tied to for the discipline to force KHTNV: ND90 as issued, or ND335 and ND233. */
const DUTY: Record<"nd90" | "score", { asked: Localized; assumed: string }> = {
  nd90: {
    asked: { vi: "xảy ra trong khi thực thi nhiệm vụ", en: "in performing duties" },
    assumed: "trong thực thi nhiệm vụ",
  },
  score: {
    asked: { vi: "liên quan đến thực thi công vụ", en: "tied to public duty" },
    assumed: "liên quan đến thực thi công vụ",
  },
};

/** The roster does not say whether the conduct was tied to duty: it was assumed to be; a warning says so. */
function assumption(duty: (typeof DUTY)["nd90"], law: string): CappedMessage {
  return {
    vi: `Danh sách không ghi vi phạm có ${duty.asked.vi} hay không: đã coi là vi phạm ${duty.assumed} (${law} chỉ buộc xếp loại KHTNV trong trường hợp này); cần kiểm tra lại`,
    en: `The roster does not say whether the conduct was ${duty.asked.en}: it was assumed to be (${law} forces the level Not complete only then); please check`,
  };
}

/**
 * §9, score-rated rows (ND335, ND233): a discipline of khiển trách or above, in the year, for a
 * violation tied to public duty; conduct already counted in an earlier year's KHTNV is exempt
 * unless `disciplineCounted` is `ignore`.
 */
function checkScoreRated(
  t: PersonTable,
  i: number,
  form: DisciplineForm,
  level: RatedLevel,
  law: string,
  ctx: RuleContext,
  emit: Emit,
): void {
  if (t.disciplineCounted[i] === 1 && ctx.settings.disciplineCounted === "exempt") return;
  if (t.disciplineDutyRelated[i] === MARK_NO) return;
  const source = levelsArticle(law, "trường hợp (c)");
  const emitWith = (message: CappedMessage, field: FieldKey | undefined, severity: Severity = "error") => {
    const finding = rowFinding(disciplineRule, ctx, t, i, field, message, severity);
    finding.source = source;
    emit(finding);
  };
  if (form === "other") {
    emitWith(
      {
        vi: `Hình thức kỷ luật không thuộc các hình thức đã biết: ${law} chỉ buộc xếp loại KHTNV khi bị kỷ luật từ khiển trách trở lên; cần kiểm tra lại`,
        en: `The discipline is none of the known forms: ${law} forces the level Not complete only for a reprimand or above; please check`,
      },
      "disciplineForm",
      "warning",
    );
    return;
  }
  emitWith(mustBeMessage(disciplineReason(t, i, form), "level", "KHTNV", level), levelFieldAt(t, i));
  if (t.disciplineDutyRelated[i] === MARK_UNKNOWN)
    emitWith(assumption(DUTY.score, law), "disciplineForm", "warning");
}

export const disciplineRule: Rule = {
  id: "discipline.fail",
  title: {
    vi: "Bị kỷ luật trong năm thì Không hoàn thành nhiệm vụ",
    en: "Disciplined in the year: Not complete",
  },
  source(rs) {
    if (rs.discipline === "duty-related") return `Điều 11, Điều 15 ${ND90}`;
    const base = `khoản 5 Điều 2 ${ND90} (bổ sung bởi Điều 1 ${ND48})`;
    const laws = rs.scoreRating;
    return laws
      ? `${base}; ${levelsArticle(laws.civilServants, "trường hợp (c)")} (công chức); ${laws.publicEmployees} (viên chức)`
      : base;
  },
  appliesTo: () => true,
  needs: { all: ["disciplineForm"] },
  checkRows(t, from, to, ctx, emit) {
    const { disciplineForm, disciplineCounted, disciplineDutyRelated } = t;
    const dutyOnly = ctx.ruleSet.discipline === "duty-related";
    for (let i = from; i < to; i++) {
      const form = DISCIPLINE_CODES.labels[disciplineForm[i]!];
      if (form === undefined) continue;
      const code = stateLevelAt(t, i);
      if (code === 0 || code === LEVEL_CODES.of.KHTNV || !disciplinedInYearAt(t, i, ctx.settings)) continue;
      const level = levelOf(code) as RatedLevel;
      const law = scoreRatingLawAt(t, i, ctx.settings);
      if (law !== undefined) {
        checkScoreRated(t, i, form, level, law, ctx, emit);
        continue;
      }
      if (disciplineCounted[i] === 1) continue;
      const duty = disciplineDutyRelated[i];
      if (dutyOnly && duty === MARK_NO) continue;
      const message = mustBeMessage(disciplineReason(t, i, form), "level", "KHTNV", level);
      emit(rowFinding(disciplineRule, ctx, t, i, levelFieldAt(t, i), message));
      if (dutyOnly && duty === MARK_UNKNOWN)
        emit(
          rowFinding(
            disciplineRule,
            ctx,
            t,
            i,
            "disciplineForm",
            assumption(DUTY.nd90, `${ND90} trước khi sửa đổi`),
            "warning",
          ),
        );
    }
  },
};

export const partyDisciplineRule: Rule = {
  id: "party.discipline-fail",
  title: {
    vi: "Đảng viên bị kỷ luật trong năm thì Không hoàn thành nhiệm vụ",
    en: "Party member disciplined in the year: Party level Not complete",
  },
  source: (rs) => (rs.partyRemediedExempts ? `${HD21}, mục II.B.2; Điều 12 ${QD124}` : `${HD21}, mục II.B.2`),
  appliesTo: () => true,
  needs: { all: ["disciplineForm", "partyLevel"] },
  checkRows(t, from, to, ctx, emit) {
    const { disciplineForm, disciplineCounted, partyLevel, partyRemedied } = t;
    const exempts = ctx.ruleSet.partyRemediedExempts;
    for (let i = from; i < to; i++) {
      const form = DISCIPLINE_CODES.labels[disciplineForm[i]!];
      if (form === undefined || disciplineCounted[i] === 1) continue;
      const level = partyLevel[i]!;
      if (level <= LEVEL_CODES.of.KHTNV) continue;
      const remedied = partyRemedied[i] === 1;
      if ((remedied && exempts) || !disciplinedInYearAt(t, i, ctx.settings) || !isPartyMemberAt(t, i))
        continue;
      let message = mustBeMessage(disciplineReason(t, i, form), "partyLevel", "KHTNV", levelOf(level)!);
      if (remedied)
        message = withNote(message, {
          vi: `(việc tự phát hiện và khắc phục chỉ được trừ từ ${QD124}, năm 2023)`,
          en: `(self-discovered and remedied violations are exempt only from ${QD124}, 2023)`,
        });
      emit(rowFinding(partyDisciplineRule, ctx, t, i, "partyLevel", message));
    }
  },
};
