/** RULES.md §4.5: a Party member's Party level is not above their level as cán bộ, công chức, viên chức. */
import type { Localized } from "../i18n.js";
import { isAbove, isRated } from "../levels.js";
import type { StaffType } from "../staffTypes.js";
import {
  atMostMessage,
  HD21,
  isPartyMember,
  levelLabel,
  mustBeMessage,
  PLAN_004,
  type CappedMessage,
} from "./helpers.js";
import { personFinding, type Rule } from "./rule.js";

const AS_STAFF: Record<Exclude<StaffType, "NLD"> | "unknown", Localized> = {
  CB: { vi: "cán bộ", en: "a cadre" },
  CC: { vi: "công chức", en: "a civil servant" },
  VC: { vi: "viên chức", en: "a public employee" },
  unknown: { vi: "cán bộ, công chức, viên chức", en: "a state staff member" },
};

export const partyAboveStaffRule: Rule = {
  id: "party.above-staff",
  title: {
    vi: "Xếp loại đảng viên không cao hơn xếp loại cán bộ, công chức, viên chức",
    en: "Party level not above the staff level",
  },
  source: () => `${HD21}, mục II.B.2; ${PLAN_004}, mục B.II.3.3`,
  appliesTo: () => true,
  needs: { all: ["partyLevel"] },
  checkPerson(p, ctx, emit) {
    const party = p.partyLevel;
    const level = p.level;
    const type = p.staffType;
    if (type === "NLD" || !isRated(party) || !isRated(level) || !isAbove(party, level) || !isPartyMember(p))
      return;
    const as = AS_STAFF[type ?? "unknown"];
    const reason = {
      vi: `Xếp loại ${as.vi} là ${level}`,
      en: `The level as ${as.en} is ${levelLabel(level, "en")}`,
    };
    let message: CappedMessage;
    if (level === "KHTNV") message = mustBeMessage(reason, "partyLevel", "KHTNV", party);
    else if (party === "HTXSNV")
      message = {
        vi: `Đảng viên xếp loại HTXSNV thì xếp loại ${as.vi} cũng phải là HTXSNV, đang là ${level}`,
        en: `A Party member rated Excellent must also be Excellent as ${as.en}, but is ${levelLabel(level, "en")}`,
        cap: { field: "partyLevel", level, reason },
      };
    else message = atMostMessage(reason, "partyLevel", level, party);
    emit(personFinding(partyAboveStaffRule, ctx, p, "partyLevel", message));
  },
};
