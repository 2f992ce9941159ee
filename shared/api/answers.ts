/**
 * The HTTP contract's answers: what the routes of functions/ answer with and what the task pane's
 * client (addin/backend/) reads. Both import it from here and neither from the other. Types and
 * zod schemas only: it is bundled for the browser too.
 */
import { z } from "zod";
import type { Level } from "../levels.js";
import type { QuotaResult } from "../quota/types.js";
import type { ReportModel } from "../report/model.js";
import type { UnitStatus } from "../report/unitStatus.js";
import type { QuotaTally, TallyPopulation } from "../summary/quotaTally.js";
import type { UnitSummary } from "../summary/types.js";

export const ROLES = ["clerk", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * The body of every 4xx and 5xx answer, never over 64 KiB; `details` are zod's field paths for a 400
 * on a body, the first few dozen, and `moreDetails` how many more there were.
 */
export const problemBodySchema = z.object({
  error: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  moreDetails: z.number().optional(),
});
export type ProblemBody = z.infer<typeof problemBodySchema>;

/** `GET /api/me`: the caller as its token says, with its unit's name (and its parent's) from the tree. */
export interface MeAnswer {
  subject: string;
  roles: Role[];
  unitId: string;
  unitName: string;
  parentId?: string;
  parentName?: string;
}

/** `GET …/submission`: the latest version with the figures the server worked out. */
export interface SubmissionAnswer {
  version: number;
  /** The same value as the `ETag` header, for clients that cannot read that header across origins. */
  etag: string;
  submittedAt: string;
  submittedBy: string;
  summary: UnitSummary;
  quota: QuotaResult[];
}

/** `PUT …/submission`: the receipt of the version stored (201 the first, 200 a replacement). */
export type ReceiptAnswer = Omit<SubmissionAnswer, "submittedBy">;

/** A subtree's counts as the consolidated view gives them. */
export interface Totals {
  people: number;
  byLevel: Record<Level, number>;
  byStaffType: Record<string, number>;
}

/**
 * The quota of one population over a subtree (RULES.md §5, §9): each unit's own check, with its own
 * settings and its approved rate, added up. `allowed` is the sum of the units' allowed counts and
 * `excess` the sum of their excesses (one unit's spare quota never covers another's excess); `over`
 * is how many units are over. `population` is `all` for units counting all staff together.
 */
export interface PopulationQuota extends QuotaTally {
  population: TallyPopulation;
}

/** A unit with a higher rate granted by the competent authority for the year (ND48, ND335). */
export interface ApprovedUnitRate {
  unitId: string;
  name: string;
  rate: number;
}

export interface ConsolidatedChild {
  unitId: string;
  name: string;
  /** From its own submission against its deadline and from the units below it. */
  status: UnitStatus;
  /** The child's subtree, when anything in it has been submitted. */
  summary?: Totals;
  quota: PopulationQuota[];
}

/**
 * Whether totals are still settling: some units of the subtree have a version (or a move) stored
 * but not yet in the totals, which it will be within seconds (the roll-up's outbox and queue).
 */
export interface Settling {
  settling: boolean;
  /** How many units, when settling. */
  settlingCount?: number;
  /** Their ids, the first 100. */
  settlingUnits?: string[];
}

/** `GET …/consolidated`. */
export interface ConsolidatedAnswer extends Settling {
  unitId: string;
  year: number;
  status: UnitStatus;
  total: Totals;
  children: ConsolidatedChild[];
  quota: PopulationQuota[];
  /** The approved rates granted in the subtree, applied in `quota`. */
  approvedRates: ApprovedUnitRate[];
  /**
   * The children come a page at a time (CONSOLIDATED_PAGE, in the tree's order), so that an answer
   * stays small under a parent of thousands: when more follow, the last child's id, to ask for with
   * `?after=<id>`.
   */
  next?: string;
}

/** Children in one page of `GET …/consolidated`: about 37 KB of answer, under the 64 KiB every answer keeps to. */
export const CONSOLIDATED_PAGE = 100;

/** `GET …/report.json`: the model that `report.xlsx` draws with exceljs, for the task pane to draw with Office.js. */
export interface ReportModelAnswer extends Settling {
  model: ReportModel;
}

/** `PUT …/approved-rate`: the rate now approved for the unit and year; null when withdrawn. */
export interface ApprovedRateAnswer {
  unitId: string;
  year: number;
  rate: number | null;
}
