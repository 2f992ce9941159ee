import type { ApprovedUnitRate, PopulationQuota } from "../../shared/api/answers.js";
import { addTallies, TALLY_POPULATIONS, type QuotaTallies } from "../../shared/summary/index.js";
import type { Store } from "../storage/store.js";
import type { UnitTree } from "../storage/units.js";
import { readApprovedRates } from "./approvedRates.js";
import { readLatestVersion, versionTally } from "./latestVersions.js";

/** The quota figures in the order of RULES.md §9: công chức, viên chức, the others, then all staff. */
export function populationQuotas(tallies: QuotaTallies | undefined): PopulationQuota[] {
  return TALLY_POPULATIONS.flatMap((population) => {
    const t = tallies?.[population];
    return t ? [{ population, ...t }] : [];
  });
}

/** A unit with an approved rate that has submitted: its check as the roll-ups hold it, and at its rate. */
interface Rerated extends ApprovedUnitRate {
  checked: QuotaTallies;
  rerated: QuotaTallies;
}

/**
 * The roll-ups add up each unit's own check as it was made, at the rate of the rules; the units of
 * the subtree that the competent authority granted a higher rate for the year are counted again at
 * that rate (a few reads: such units are few), so that a rate granted after a unit submitted
 * applies at once.
 */
export class ApprovedRates {
  private constructor(readonly units: readonly Rerated[]) {}

  static async read(store: Store, tree: UnitTree, year: number, unitId: string): Promise<ApprovedRates> {
    const rates = await readApprovedRates(store, year);
    const within = [...rates].filter(([id]) => tree.units.has(id) && tree.isWithin(id, unitId));
    const units = await Promise.all(
      within.map(async ([id, rate]): Promise<Rerated | undefined> => {
        const version = await readLatestVersion(store, year, id);
        if (!version) return undefined;
        const name = tree.units.get(id)!.name;
        const checked = versionTally(version, undefined);
        return { unitId: id, name, rate, checked, rerated: versionTally(version, rate) };
      }),
    );
    return new ApprovedRates(units.filter((u) => u !== undefined));
  }

  /** The approved rates that apply below `unitId` (itself included). */
  below(tree: UnitTree, unitId: string): ApprovedUnitRate[] {
    return this.units
      .filter((u) => tree.isWithin(u.unitId, unitId))
      .map(({ unitId: id, name, rate }) => ({ unitId: id, name, rate }));
  }

  /** A subtree's rolled-up tallies with its approved units counted at their rates. */
  apply(tree: UnitTree, unitId: string, rolledUp: QuotaTallies | undefined): PopulationQuota[] {
    let tallies = rolledUp ?? {};
    for (const u of this.units.filter((u) => tree.isWithin(u.unitId, unitId)))
      tallies = addTallies(addTallies(tallies, u.rerated), u.checked, -1);
    return populationQuotas(tallies);
  }
}
