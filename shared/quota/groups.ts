import { foldKey } from "../text.js";
import type { Person } from "../roster/person.js";
import type { QuotaScope } from "../settings.js";

/** One group of a scope, with what has been counted in it so far. */
export interface ScopeGroup {
  scope: QuotaScope;
  key: string;
  derived: boolean;
  /** The unit whose approved rate applies: unit scopes and derived groups. */
  unit?: string;
  /** Members counted in the denominator (RULES.md §5). */
  base: number;
  /** Members rated HTXSNV, in roster order. */
  excellent: Person[];
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

/** A derived group's slot among its unit's: staff type (or none) × leader. */
function derivedSlot(person: Person): number {
  const leader = person.isLeader ? 1 : 0;
  switch (person.staffType) {
    case "CB":
      return leader;
    case "CC":
      return 2 + leader;
    case "VC":
      return 4 + leader;
    case "NLD":
      return 6 + leader;
    default:
      return 8 + leader;
  }
}

/**
 * Remembers each group by its key as written, before folding, so that the same unit and cell names
 * coming back on every row are folded once: a peer group, unit or cell by its text; a derived group
 * by its unit's text and a slot for staff type × leader (no string built per row).
 */
class SpellingCache {
  private readonly byText = new Map<string, ScopeGroup>();
  private readonly derived = new Map<string, (ScopeGroup | undefined)[]>();
  /** The last unit looked up, and its slots: rows of one unit usually come together. */
  private lastUnit: string | undefined;
  private lastSlots: (ScopeGroup | undefined)[] = [];

  /** The derived groups of the person's unit, by slot; undefined when the row names its peer group. */
  private unitSlots(scope: QuotaScope, person: Person): (ScopeGroup | undefined)[] | undefined {
    if (scope !== "group" || (person.sheet.fieldColumns.peerGroup && person.peerGroup)) return undefined;
    const unit = person.unit ?? "";
    if (unit === this.lastUnit) return this.lastSlots;
    let slots = this.derived.get(unit);
    if (!slots) this.derived.set(unit, (slots = new Array<ScopeGroup | undefined>(10)));
    this.lastUnit = unit;
    this.lastSlots = slots;
    return slots;
  }

  private text(scope: QuotaScope, person: Person): string {
    if (scope === "group") return person.peerGroup ?? "";
    return scope === "party" ? (person.partyCell ?? "") : (person.unit ?? "");
  }

  get(scope: QuotaScope, person: Person): ScopeGroup | undefined {
    const slots = this.unitSlots(scope, person);
    return slots ? slots[derivedSlot(person)] : this.byText.get(this.text(scope, person));
  }

  set(scope: QuotaScope, person: Person, group: ScopeGroup): void {
    const slots = this.unitSlots(scope, person);
    if (slots) slots[derivedSlot(person)] = group;
    else this.byText.set(this.text(scope, person), group);
  }
}

/**
 * Sorts the rows of one population into the groups of a scope, in order of first appearance. Names
 * are matched folded (case, diacritics, spacing), and a group is labelled with the first spelling seen.
 */
export class ScopeGroups {
  private readonly groups = new Map<string, ScopeGroup>();
  private readonly seen = new SpellingCache();
  /** The agency scope's one group. */
  private agency: ScopeGroup | undefined;

  constructor(
    readonly scope: QuotaScope,
    /** What a row without a unit belongs to: the roster's own unit when known. */
    private readonly noUnit: string = NO_UNIT,
  ) {}

  /** The group a row belongs to, made the first time it is seen. */
  of(person: Person): ScopeGroup {
    const { scope } = this;
    if (scope === "agency") return (this.agency ??= this.add(keyOf(scope, person, this.noUnit)));
    let group = this.seen.get(scope, person);
    if (!group) {
      const k = keyOf(scope, person, this.noUnit);
      group = this.groups.get(k.id) ?? this.add(k);
      this.seen.set(scope, person, group);
    }
    return group;
  }

  private add(k: GroupKey): ScopeGroup {
    const group: ScopeGroup = { scope: this.scope, key: k.key, derived: k.derived, base: 0, excellent: [] };
    if (k.unit !== undefined) group.unit = k.unit;
    this.groups.set(k.id, group);
    return group;
  }

  /** The groups in order of first appearance; the agency scope always has its one group, even when nobody is in it. */
  list(): ScopeGroup[] {
    if (this.scope === "agency" && this.groups.size === 0)
      return [{ scope: "agency", key: "agency", derived: false, base: 0, excellent: [] }];
    return [...this.groups.values()];
  }
}
