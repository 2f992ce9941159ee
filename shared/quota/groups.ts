import { foldKey } from "../text.js";
import type { Person } from "../roster/person.js";
import type { QuotaScope } from "../settings.js";

/** The people of one scope's group, in roster order. */
export interface ScopeGroup {
  scope: QuotaScope;
  key: string;
  derived: boolean;
  /** The unit whose approved rate applies: unit scopes and derived groups. */
  unit?: string;
  members: Person[];
}

export const NO_UNIT = "(chưa ghi đơn vị)";
export const NO_PARTY_CELL = "(chưa ghi chi bộ)";
const STAFF_TYPE_CODES = { CB: "CB", CC: "CC", VC: "VC", NLD: "NLĐ" } as const;

interface GroupKey {
  id: string;
  key: string;
  derived: boolean;
  unit?: string;
}

/** The unit whose approved rate applies to a row: its own, else the roster's unit when that is known. */
function unitOf(person: Person, noUnit: string): string | undefined {
  return person.unit ?? (noUnit === NO_UNIT ? undefined : noUnit);
}

/** Peer group from the roster's column; where the sheet has none (or the cell is empty), unit × staff type × leader. */
function groupKey(person: Person, noUnit: string): GroupKey {
  if (person.sheet.fieldColumns.peerGroup && person.peerGroup) {
    return { id: `peer:${foldKey(person.peerGroup)}`, key: person.peerGroup, derived: false };
  }
  const unit = person.unit ?? noUnit;
  const type = person.staffType ? STAFF_TYPE_CODES[person.staffType] : "chưa rõ đối tượng";
  const role = person.isLeader ? "lãnh đạo" : "không lãnh đạo";
  const key = `${unit} · ${type} · ${role}`;
  return { id: `derived:${foldKey(key)}`, key, derived: true, unit: unitOf(person, noUnit) };
}

function keyOf(scope: QuotaScope, person: Person, noUnit: string): GroupKey {
  switch (scope) {
    case "agency":
      return { id: "agency", key: "agency", derived: false };
    case "group":
      return groupKey(person, noUnit);
    case "unit": {
      const key = person.unit ?? noUnit;
      return { id: foldKey(key), key, derived: false, unit: unitOf(person, noUnit) };
    }
    case "party": {
      const key = person.partyCell ?? NO_PARTY_CELL;
      return { id: foldKey(key), key, derived: false };
    }
  }
}

/** The group's key as written, before folding: equal spellings are the same group. */
function spellingOf(scope: QuotaScope, person: Person): string {
  switch (scope) {
    case "agency":
      return "";
    case "group":
      return person.sheet.fieldColumns.peerGroup && person.peerGroup
        ? `p\u0000${person.peerGroup}`
        : `d\u0000${person.unit ?? ""}\u0000${person.staffType ?? ""}\u0000${person.isLeader ? 1 : 0}`;
    case "unit":
      return person.unit ?? "";
    case "party":
      return person.partyCell ?? "";
  }
}

/**
 * Splits a population into the groups of a scope, in order of first appearance. Names are matched
 * folded (case, diacritics, spacing), and a group is labelled with the first spelling seen.
 * The agency scope always has its one group, even when nobody is in the population.
 */
export function groupByScope(
  scope: QuotaScope,
  members: readonly Person[],
  /** What a row without a unit belongs to: the roster's own unit when known. */
  noUnit: string = NO_UNIT,
): ScopeGroup[] {
  const groups = new Map<string, ScopeGroup>();
  // The same unit and cell names come back on every row: only a spelling not seen yet is folded.
  const bySpelling = new Map<string, ScopeGroup>();
  if (scope === "agency") groups.set("agency", { scope, key: "agency", derived: false, members: [] });
  for (const person of members) {
    const spelling = spellingOf(scope, person);
    let group = bySpelling.get(spelling);
    if (!group) {
      const k = keyOf(scope, person, noUnit);
      group = groups.get(k.id);
      if (!group) {
        group = { scope, key: k.key, derived: k.derived, members: [] };
        if (k.unit !== undefined) group.unit = k.unit;
        groups.set(k.id, group);
      }
      bySpelling.set(spelling, group);
    }
    group.members.push(person);
  }
  return [...groups.values()];
}
