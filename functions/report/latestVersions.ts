import type { QuotaResult } from "../../shared/quota/index.js";
import type { Submission } from "../../shared/submission/schema.js";
import { tallyOf, type QuotaTallies, type UnitSummary } from "../../shared/summary/index.js";
import { blobDeadline, statusOf, storageCall, type Store } from "../storage/store.js";

/** What the report takes from a unit's latest version: its figures and the settings it was checked under. */
export interface LatestVersion {
  submittedAt: string;
  summary: UnitSummary;
  quota: QuotaResult[];
  settings: NonNullable<Submission["settings"]>;
}

/** The `latest` row of a unit's partition in the submissions table names the blob of its version. */
type LatestEntity = { blob: string; submittedAt: string };

/** A unit's latest version with its settings, or undefined when it has not submitted for the year. */
export async function readLatestVersion(
  store: Store,
  year: number,
  unitId: string,
): Promise<LatestVersion | undefined> {
  return storageCall(async () => {
    let latest: LatestEntity;
    try {
      latest = await store.submissions.getEntity<LatestEntity>(`${year}|${unitId}`, "latest");
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    const buffer = await store.people
      .getBlockBlobClient(latest.blob)
      .downloadToBuffer(undefined, undefined, { abortSignal: blobDeadline() });
    const doc = JSON.parse(buffer.toString("utf8")) as Partial<LatestVersion>;
    return {
      submittedAt: latest.submittedAt,
      summary: doc.summary!,
      quota: doc.quota ?? [],
      settings: doc.settings ?? {},
    };
  });
}

/**
 * A unit's own quota check in figures (RULES.md §5, §9), with the settings it sent (base, rounding,
 * populations) and, where the competent authority approved one, its higher rate.
 */
export function versionTally(version: LatestVersion, approvedRate: number | undefined): QuotaTallies {
  const rounding = version.settings.quotaRounding ?? "exact";
  return tallyOf(version.quota, approvedRate === undefined ? undefined : { rate: approvedRate, rounding });
}
