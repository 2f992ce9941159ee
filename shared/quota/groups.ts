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

const STAFF_SLOT = { CB: 0, CC: 1, VC: 2, NLD: 3 } as const;

/**
 * Remembers each group by its key as written, before folding, so that the same unit and cell names
 * coming back on every row are folded once: a peer group, unit or cell by its text; a derived group
 * by its unit's text and a slot for staff type × leader (no string built per row).
 */
class SpellingCache {
  private readonly byText = new Map<string, ScopeGroup>();
  private readonly derived = new Map<string, (ScopeGroup | undefined)[]>();

  private slots(person: Person): [(ScopeGroup | undefined)[], number] | undefined {
    if (person.sheet.fieldColumns.peerGroup && person.peerGroup) return undefined;
    const unit = person.unit ?? "";
    let slots = this.derived.get(unit);
    if (!slots) this.derived.set(unit, (slots = new Array<ScopeGroup | undefined>(10)));
    const type = person.staffType === undefined ? 4 : STAFF_SLOT[person.staffType];
    return [slots, type * 2 + (person.isLeader ? 1 : 0)];
  }

  private text(scope: QuotaScope, person: Person): string {
    if (scope === "group") return person.peerGroup ?? "";
    if (scope === "party") return person.partyCell ?? "";
    return scope === "unit" ? (person.unit ?? "") : "";
  }

  get(scope: QuotaScope, person: Person): ScopeGroup | undefined {
    const slot = scope === "group" ? this.slots(person) : undefined;
    return slot ? slot[0][slot[1]] : this.byText.get(this.text(scope, person));
  }

  set(scope: QuotaScope, person: Person, group: ScopeGroup): void {
    const slot = scope === "group" ? this.slots(person) : undefined;
    if (slot) slot[0][slot[1]] = group;
    else this.byText.set(this.text(scope, person), group);
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
  if (scope === "agency") return [{ scope, key: "agency", derived: false, members: [...members] }];
  const groups = new Map<string, ScopeGroup>();
  const seen = new SpellingCache();
  for (const person of members) {
    let group = seen.get(scope, person);
    if (!group) {
      const k = keyOf(scope, person, noUnit);
      group = groups.get(k.id);
      if (!group) {
        group = { scope, key: k.key, derived: k.derived, members: [] };
        if (k.unit !== undefined) group.unit = k.unit;
        groups.set(k.id, group);
      }
      seen.set(scope, person, group);
    }
    group.members.push(person);
  }
  return [...groups.values()];
}
