import { DISCIPLINE_NAMES } from "../coerce/categories.js";
/** RULES.md §4.2: discipline in the year forces KHTNV, for the staff level and the Party level. */
import type { Localized } from "../i18n.js";
import { isRated } from "../levels.js";
import type { DisciplineForm, Person } from "../roster/person.js";
import {
  disciplinedInYear,
  formatDate,
  HD21,
  isPartyMember,
  mustBeMessage,
  ND48,
  ND90,
  QD124,
  stateLevel,
  withNote,
} from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

/** "Bị kỷ luật cảnh cáo (hiệu lực ngày 10/03/2026) trong năm đánh giá". */
function disciplineReason(p: Person, form: DisciplineForm): Localized {
  const name = form === "other" ? { vi: "", en: "" } : DISCIPLINE_NAMES[form];
  const date = p.disciplineDate === undefined ? undefined : formatDate(p.disciplineDate);
  const vi = `Bị kỷ luật${name.vi ? ` ${name.vi}` : ""}${date ? ` (hiệu lực ngày ${date})` : ""} trong năm đánh giá`;
  const detail = [name.en, date && `effective ${date}`].filter(Boolean).join(", ");
  const en = `Disciplined${detail ? ` (${detail})` : ""} in the evaluation year`;
  return { vi, en };
}

export const disciplineRule: Rule = {
  id: "discipline.fail",
  title: {
    vi: "Bị kỷ luật trong năm thì Không hoàn thành nhiệm vụ",
    en: "Disciplined in the year: KHTNV",
  },
  source(rs) {
    if (rs.discipline === "duty-related") return `Điều 11, Điều 15 ${ND90}`;
    const base = `khoản 5 Điều 2 ${ND90} (bổ sung bởi Điều 1 ${ND48})`;
    return rs.law.civilServants === rs.law.staff ? base : `${base}; ${rs.law.civilServants} (công chức)`;
  },
  appliesTo: () => true,
  needs: { all: ["disciplineForm"] },
  checkPerson(p, ctx, emit) {
    const form = p.disciplineForm;
    if (form === undefined || p.disciplineCounted) return;
    const level = stateLevel(p);
    if (level === undefined || level === "KHTNV" || !disciplinedInYear(p, ctx.settings)) return;
    const dutyOnly = ctx.ruleSet.discipline === "duty-related";
    if (dutyOnly && p.disciplineDutyRelated === false) return;
    const message = mustBeMessage(disciplineReason(p, form), "level", "KHTNV", level);
    emit(personFinding(disciplineRule, ctx, p, p.levelField, message));
    if (dutyOnly && p.disciplineDutyRelated === undefined) {
      const assumption = {
        vi: `Danh sách không ghi vi phạm có xảy ra trong khi thực thi nhiệm vụ hay không: đã coi là vi phạm trong thực thi nhiệm vụ (${ND90} trước khi sửa đổi chỉ buộc xếp loại KHTNV trong trường hợp này); cần kiểm tra lại`,
        en: `The roster does not say whether the conduct was in performing duties: it was assumed to be (${ND90} as issued forces KHTNV only then); please check`,
      };
      emit(personFinding(disciplineRule, ctx, p, "disciplineForm", assumption, "warning"));
    }
  },
};

export const partyDisciplineRule: Rule = {
  id: "party.discipline-fail",
  title: {
    vi: "Đảng viên bị kỷ luật trong năm thì Không hoàn thành nhiệm vụ",
    en: "Party member disciplined in the year: Party level KHTNV",
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
