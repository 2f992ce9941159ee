import type { Person } from "../../shared/roster/person.js";
import {
  resolveSettings,
  settingsSchema,
  type ResolvedSettings,
  type SettingsInput,
} from "../../shared/settings.js";
import { makePerson, makeSheet } from "../helpers/person.js";

/** Settings as the command line would resolve them for the given year (2024: rule set 2023). */
export function settings(input: SettingsInput = {}, year = 2024): ResolvedSettings {
  return resolveSettings(settingsSchema.parse({ year, ...input }), year);
}

/** A roster sheet without a peer-group column: groups are derived. */
export const NO_PEER_SHEET = makeSheet([
  "seq",
  "fullName",
  "unit",
  "staffType",
  "isLeader",
  "finalLevel",
  "votesFor",
  "score",
]);

/** `count` people named `<prefix> 1…count`, all with `values`. */
export function many(
  count: number,
  prefix: string,
  values: Partial<Person>,
  sheet = NO_PEER_SHEET,
): Person[] {
  return Array.from({ length: count }, (_, i) =>
    makePerson({ fullName: `${prefix} ${i + 1}`, ...values }, sheet),
  );
}
