import { foldKey } from "../text.js";
import { STAFF_TYPE_CODES } from "../roster/labelCodes.js";
import type { PersonTable } from "../roster/personTable.js";
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
  /** The rows of the members rated HTXSNV, in roster order. */
  excellent: number[];
}

export const NO_UNIT = "(chưa ghi đơn vị)";
export const NO_PARTY_CELL = "(chưa ghi chi bộ)";
/** A staff type code's name in a derived group's key. */
const STAFF_TYPE_KEYS = STAFF_TYPE_CODES.labels.map((type) =>
  type === undefined ? "chưa rõ đối tượng" : type === "NLD" ? "NLĐ" : type,
);

interface GroupKey {
  id: string;
  key: string;
  derived: boolean;
  unit?: string;
}

/** The unit whose approved rate applies to a row: its own, else the roster's unit when that is known. */
function unitOf(table: PersonTable, i: number, noUnit: string): string | undefined {
  return table.unit[i] ?? (noUnit === NO_UNIT ? undefined : noUnit);
}

/** The peer group row i names, when its sheet has the column and the cell is filled. */
function peerGroupOf(table: PersonTable, i: number, peerColumn: boolean): string | undefined {
  return peerColumn ? table.peerGroup[i] || undefined : undefined;
}

/** Peer group from the roster's column; where the sheet has none (or the cell is empty), unit × staff type × leader. */
function groupKey(table: PersonTable, i: number, peerColumn: boolean, noUnit: string): GroupKey {
  const peer = peerGroupOf(table, i, peerColumn);
  if (peer !== undefined) return { id: `peer:${foldKey(peer)}`, key: peer, derived: false };
  const unit = table.unit[i] ?? noUnit;
  const type = STAFF_TYPE_KEYS[table.staffType[i]!];
  const role = table.isLeader[i] ? "lãnh đạo" : "không lãnh đạo";
  const key = `${unit} · ${type} · ${role}`;
  return { id: `derived:${foldKey(key)}`, key, derived: true, unit: unitOf(table, i, noUnit) };
}

function keyOf(
  scope: QuotaScope,
  table: PersonTable,
  i: number,
  peerColumn: boolean,
  noUnit: string,
): GroupKey {
  switch (scope) {
    case "agency":
      return { id: "agency", key: "agency", derived: false };
    case "group":
      return groupKey(table, i, peerColumn, noUnit);
    case "unit": {
      const key = table.unit[i] ?? noUnit;
      return { id: foldKey(key), key, derived: false, unit: unitOf(table, i, noUnit) };
    }
    case "party": {
      const key = table.partyCell[i] ?? NO_PARTY_CELL;
      return { id: foldKey(key), key, derived: false };
    }
  }
}

/**
 * Sorts the rows of one population into the groups of a scope, in order of first appearance. Names
 * are matched folded (case, diacritics, spacing), and a group is labelled with the first spelling seen.
 */
export class ScopeGroups {
  private readonly groups = new Map<string, ScopeGroup>();
  /**
   * Each group by its key as written, before folding, so that the same unit and cell names coming back
   * on every row are folded once: a peer group, unit or cell by its text; a derived group by its
   * unit's text and a slot for staff type × leader (no string built per row).
   */
  private readonly byText = new Map<string | undefined, ScopeGroup>();
  private readonly derived = new Map<string | undefined, (ScopeGroup | undefined)[]>();
  /** The last unit of a derived group, and its slots: rows of one unit usually come together. */
  private lastUnit: string | undefined;
  private lastSlots: (ScopeGroup | undefined)[] | undefined;
  /** The agency scope's one group. */
  private agency: ScopeGroup | undefined;

  constructor(
    readonly scope: QuotaScope,
    /** What a row without a unit belongs to: the roster's own unit when known. */
    private readonly noUnit: string = NO_UNIT,
  ) {}

  /** The group row i belongs to, made the first time it is seen; `peerColumn`: its sheet has one. */
  of(table: PersonTable, i: number, peerColumn: boolean): ScopeGroup {
    switch (this.scope) {
      case "agency":
        return (this.agency ??= this.add(keyOf("agency", table, i, peerColumn, this.noUnit)));
      case "group": {
        const peer = peerGroupOf(table, i, peerColumn);
        return peer === undefined ? this.derivedOf(table, i) : this.named(peer, table, i, peerColumn);
      }
      case "unit":
        return this.named(table.unit[i], table, i, peerColumn);
      case "party":
        return this.named(table.partyCell[i], table, i, peerColumn);
    }
  }

  private named(text: string | undefined, table: PersonTable, i: number, peerColumn: boolean): ScopeGroup {
    let group = this.byText.get(text);
    if (group === undefined) this.byText.set(text, (group = this.found(table, i, peerColumn)));
    return group;
  }

  private derivedOf(table: PersonTable, i: number): ScopeGroup {
    const unit = table.unit[i];
    let slots = this.lastSlots;
    if (unit !== this.lastUnit || slots === undefined) {
      slots = this.derived.get(unit);
      if (slots === undefined) this.derived.set(unit, (slots = new Array<ScopeGroup | undefined>(10)));
      this.lastUnit = unit;
      this.lastSlots = slots;
    }
    // Staff type code (0, none, to 4) × leader.
    const slot = table.staffType[i]! * 2 + (table.isLeader[i] ? 1 : 0);
    return (slots[slot] ??= this.found(table, i, false));
  }

  /** The group of a spelling not seen before: another spelling's, folded alike, or a new one. */
  private found(table: PersonTable, i: number, peerColumn: boolean): ScopeGroup {
    const k = keyOf(this.scope, table, i, peerColumn, this.noUnit);
    return this.groups.get(k.id) ?? this.add(k);
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
