/** The partition of a unit's rows for a year, in the submissions and the rollups tables. */
export const periodPartition = (year: number, unitId: string) => `${year}|${unitId}`;

/** The year and unit of a `periodPartition`. */
export function fromPeriodPartition(partitionKey: string): { year: number; unitId: string } {
  const bar = partitionKey.indexOf("|");
  return { year: Number(partitionKey.slice(0, bar)), unitId: partitionKey.slice(bar + 1) };
}
