/** RULES.md §4.5: a Party HTXSNV needs more than (or, by setting, at least) 2/3 of full members' votes. */
import { LEVEL_CODES } from "../roster/labelCodes.js";
import { needsMessage, PLAN_004 } from "./helpers.js";
import { rowFinding, type Rule } from "./rule.js";

export const partyVotesRule: Rule = {
  id: "party.votes",
  title: {
    vi: "Đảng viên Hoàn thành xuất sắc nhiệm vụ cần đủ số phiếu tán thành",
    en: "Party level Excellent needs the votes",
  },
  source: () => `${PLAN_004}, mục D.2`,
  appliesTo: () => true,
  needs: { all: ["votesFor", "fullMembers"] },
  checkRows(t, from, to, ctx, emit) {
    const { partyLevel, votesFor, fullMembers } = t;
    const atLeast = ctx.settings.votesRule === "at-least-two-thirds";
    for (let i = from; i < to; i++) {
      const votes = votesFor[i]!;
      const members = fullMembers[i]!;
      if (partyLevel[i] !== LEVEL_CODES.of.HTXSNV || votes !== votes || members !== members) continue;
      if (atLeast ? votes * 3 >= members * 2 : votes * 3 > members * 2) continue;
      // Fewest votes that pass, in integers: ⌈2n/3⌉ for "at least", ⌊2n/3⌋ + 1 for "more than".
      const needed = atLeast ? Math.floor((members * 2 + 2) / 3) : Math.floor((members * 2) / 3) + 1;
      const part = {
        vi: `${atLeast ? "từ 2/3 trở lên" : "trên 2/3"} số đảng viên chính thức tán thành (có ${votes}/${members} phiếu, cần ít nhất ${needed})`,
        en: `${atLeast ? "at least" : "more than"} 2/3 of the full members in favour (${votes} of ${members} votes, at least ${needed} needed)`,
      };
      emit(rowFinding(partyVotesRule, ctx, t, i, "partyLevel", needsMessage("partyLevel", "HTXSNV", [part])));
    }
  },
};
