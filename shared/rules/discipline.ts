/** RULES.md §4.2 and §9: discipline in the year forces KHTNV, for the staff level and the Party level. */
import { DISCIPLINE_NAMES } from "../coerce/categories.js";
import type { Severity } from "../findings.js";
import type { Localized } from "../i18n.js";
import { isRated, type RatedLevel } from "../levels.js";
import type { FieldKey } from "../roster/fields.js";
import type { DisciplineForm, Person } from "../roster/person.js";
import { scoreRatingLaw } from "../scoreRating.js";
import {
  disciplinedInYear,
  formatDate,
  HD21,
  isPartyMember,
  levelsArticle,
  mustBeMessage,
  ND48,
  ND90,
  QD124,
  stateLevel,
  withNote,
  type CappedMessage,
} from "./helpers.js";
import { personFinding, type Emit, type Rule, type RuleContext } from "./rule.js";

/** "Bị kỷ luật cảnh cáo (hiệu lực ngày 10/03/2026) trong năm đánh giá". */
function disciplineReason(p: Person, form: DisciplineForm): Localized {
  const name = form === "other" ? { vi: "", en: "" } : DISCIPLINE_NAMES[form];
  const date = p.disciplineDate === undefined ? undefined : formatDate(p.disciplineDate);
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
  p: Person,
  form: DisciplineForm,
  level: RatedLevel,
  law: string,
  ctx: RuleContext,
  emit: Emit,
): void {
  if (p.disciplineCounted && ctx.settings.disciplineCounted === "exempt") return;
  if (p.disciplineDutyRelated === false) return;
  const source = levelsArticle(law, "trường hợp (c)");
  const emitWith = (message: CappedMessage, field: FieldKey | undefined, severity: Severity = "error") => {
    const finding = personFinding(disciplineRule, ctx, p, field, message, severity);
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
  emitWith(mustBeMessage(disciplineReason(p, form), "level", "KHTNV", level), p.levelField);
  if (p.disciplineDutyRelated === undefined)
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
  checkPerson(p, ctx, emit) {
    const form = p.disciplineForm;
    if (form === undefined) return;
    const level = stateLevel(p);
    if (level === undefined || level === "KHTNV" || !disciplinedInYear(p, ctx.settings)) return;
    const law = scoreRatingLaw(p, ctx.settings);
    if (law !== undefined) return checkScoreRated(p, form, level, law, ctx, emit);
    if (p.disciplineCounted) return;
    const dutyOnly = ctx.ruleSet.discipline === "duty-related";
    if (dutyOnly && p.disciplineDutyRelated === false) return;
    const message = mustBeMessage(disciplineReason(p, form), "level", "KHTNV", level);
    emit(personFinding(disciplineRule, ctx, p, p.levelField, message));
    if (dutyOnly && p.disciplineDutyRelated === undefined)
      emit(
        personFinding(
          disciplineRule,
          ctx,
          p,
          "disciplineForm",
          assumption(DUTY.nd90, `${ND90} trước khi sửa đổi`),
          "warning",
        ),
      );
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
  checkPerson(p, ctx, emit) {
    const form = p.disciplineForm;
    if (form === undefined || p.disciplineCounted) return;
    const level = p.partyLevel;
    if (!isRated(level) || level === "KHTNV") return;
    const exempts = ctx.ruleSet.partyRemediedExempts;
    if ((p.partyRemedied && exempts) || !disciplinedInYear(p, ctx.settings) || !isPartyMember(p)) return;
    let message = mustBeMessage(disciplineReason(p, form), "partyLevel", "KHTNV", level);
    if (p.partyRemedied)
      message = withNote(message, {
        vi: `(việc tự phát hiện và khắc phục chỉ được trừ từ ${QD124}, năm 2023)`,
        en: `(self-discovered and remedied violations are exempt only from ${QD124}, 2023)`,
      });
    emit(personFinding(partyDisciplineRule, ctx, p, "partyLevel", message));
  },
};
