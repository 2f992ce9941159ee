/**
 * The JSON the routes answer with, as types only: the handlers are checked against them and the
 * task pane's client (addin/backend/) reads them, so the two sides cannot drift apart. Nothing here
 * may import code that runs: the client is bundled for the browser.
 */
import type { Level } from "../../shared/levels.js";
import type { QuotaResult } from "../../shared/quota/index.js";
import type { ReportModel } from "../../shared/report/index.js";
import type { UnitSummary } from "../../shared/summary/index.js";
import type { Role } from "../auth/identity.js";

export type { Role };

/**
 * The body of every 4xx and 5xx answer, never over 64 KiB; `details` are zod's field paths for a 400
 * on a body, the first few dozen, and `moreDetails` how many more there were.
 */
export interface ProblemBody {
  error: string;
  details?: readonly { path: string; message: string }[];
  moreDetails?: number;
}

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

export interface ConsolidatedChild {
  unitId: string;
  name: string;
  status: "submitted" | "late" | "missing";
  submittedAt?: string;
  /** The child's subtree, when anything in it has been submitted. */
  summary?: Totals;
}

export interface SubtreeQuota {
  scope: "agency";
  key: string;
  /** From 2026 (RULES.md §9): the population counted, công chức, viên chức, or the others together. */
  population?: "CC" | "VC" | "other";
  excellent: number;
  base: number;
  allowed: number;
  excess: number;
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
  total: Totals;
  children: ConsolidatedChild[];
  quota: SubtreeQuota[];
}

/** `GET …/report.json`: the model that `report.xlsx` draws with exceljs, for the task pane to draw with Office.js. */
export interface ReportModelAnswer extends Settling {
  model: ReportModel;
}
