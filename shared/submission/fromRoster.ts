import { localize, type Lang } from "../i18n.js";
import type { Person } from "../roster/person.js";
import { PersonTable } from "../roster/personTable.js";
import { failedReason, notRatedReason, reasonLabel } from "../summary/index.js";
import type { SubmittedPerson } from "./schema.js";

/**
 * What a roster's people become in a submission: only the fields ROSTER.md's privacy note allows,
 * and a reason in words for KHTNV and KXL. Rows without a readable level are not sent (the checker
 * reports them); a row without a staff type is sent as a civil servant only if the roster says so.
 */
export function submittedPeople(people: readonly Person[], lang: Lang = "vi"): SubmittedPerson[] {
  const table = PersonTable.fromPeople(people);
  return people.flatMap((p, i) => {
    if (p.level === undefined || p.staffType === undefined) return [];
    const reason =
      p.level === "KHTNV" ? failedReason(table, i) : p.level === "KXL" ? notRatedReason(table, i) : undefined;
    const out: SubmittedPerson = { fullName: p.fullName, staffType: p.staffType, level: p.level };
    if (p.unit !== undefined) out.unit = p.unit;
    if (p.position !== undefined) out.position = p.position;
    if (p.isLeader) out.isLeader = true;
    if (p.isHead) out.isHead = true;
    if (p.peerGroup !== undefined) out.peerGroup = p.peerGroup;
    if (reason) out.reason = localize(reasonLabel(reason), lang);
    if (p.isPartyMember) out.isPartyMember = true;
    if (p.partyCell !== undefined) out.partyCell = p.partyCell;
    if (p.partyLevel !== undefined) out.partyLevel = p.partyLevel;
    if (p.score !== undefined) out.score = p.score;
    if (p.votesFor !== undefined) out.votesFor = p.votesFor;
    if (p.fullMembers !== undefined) out.fullMembers = p.fullMembers;
    return [out];
  });
}
