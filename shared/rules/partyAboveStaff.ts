/** RULES.md §4.5: a Party member's Party level is not above their level as cán bộ, công chức, viên chức. */
import type { Localized } from "../i18n.js";
import type { RatedLevel } from "../levels.js";
import { LEVEL_CODES, levelOf, STAFF_TYPE_CODES } from "../roster/labelCodes.js";
import type { StaffType } from "../staffTypes.js";
import {
  atMostMessage,
  HD21,
  isPartyMemberAt,
  levelLabel,
  mustBeMessage,
  PLAN_004,
  type CappedMessage,
} from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

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
  checkRows(t, from, to, ctx, emit) {
    const { partyLevel, level: levels, staffType } = t;
    for (let i = from; i < to; i++) {
      const party = partyLevel[i]!;
      const level = levels[i]!;
      // A party level above a rated level is rated itself.
      if (
        staffType[i] === STAFF_TYPE_CODES.of.NLD ||
        level <= LEVEL_CODES.of.KXL ||
        party <= level ||
        !isPartyMemberAt(t, i)
      )
        continue;
      const type = STAFF_TYPE_CODES.labels[staffType[i]!] as Exclude<StaffType, "NLD"> | undefined;
      const message = aboveStaffMessage(levelOf(party) as RatedLevel, levelOf(level) as RatedLevel, type);
      emit(rowFinding(partyAboveStaffRule, ctx, t, i, "partyLevel", message));
    }
  },
};

/** The Party level `party` above the level as staff `level`: what the Party level may be at most. */
function aboveStaffMessage(
  party: RatedLevel,
  level: RatedLevel,
  type: Exclude<StaffType, "NLD"> | undefined,
): CappedMessage {
  const as = AS_STAFF[type ?? "unknown"];
  const reason = {
    vi: `Xếp loại ${as.vi} là ${level}`,
    en: `The level as ${as.en} is ${levelLabel(level, "en")}`,
  };
  if (level === "KHTNV") return mustBeMessage(reason, "partyLevel", "KHTNV", party);
  if (party === "HTXSNV")
    return {
      vi: `Đảng viên xếp loại HTXSNV thì xếp loại ${as.vi} cũng phải là HTXSNV, đang là ${level}`,
      en: `A Party member rated Excellent must also be Excellent as ${as.en}, but is ${levelLabel(level, "en")}`,
      cap: { field: "partyLevel", level, reason },
    };
  return atMostMessage(reason, "partyLevel", level, party);
}
