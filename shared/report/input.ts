import type { Lang } from "../i18n.js";
import type { QuotaResult } from "../quota/types.js";
import type { IsoDate } from "../roster/person.js";
import type { QuotaBase, QuotaPopulation, VienChucBasis } from "../settings.js";
import type { UnitSummary } from "../summary/types.js";
import type { UnitStatus } from "./unitStatus.js";

export interface ReportAgency {
  name: string;
  /** The agency above it (`cơ quan chủ quản`), printed over its name. */
  superior?: string;
  /** The place in the date line (`Hà Nội, ngày …`). */
  place?: string;
  /** The number of the report this table is attached to (`123/BC-SNV`). */
  documentNumber?: string;
  /** `Kính gửi`; the superior agency when absent. */
  recipient?: string;
}

/** A higher rate granted to a unit by the competent authority (ND48, ND335), named in the report. */
export interface ApprovedRate {
  unit: string;
  rate: number;
}

export interface ReportUnit {
  name: string;
  /**
   * The block's counts. With `quotaTally` (the back end) its populations are judged by the units'
   * own checks, each with its settings and approved rate; without, by the ratio against the rate.
   */
  summary: UnitSummary;
  quota?: QuotaResult[];
  /** A higher rate granted to the unit by the competent authority (ND48, ND335). */
  approvedRate?: number;
  /** The approved rates of the units of a block that spans several (already in its `quotaTally`). */
  approvedRates?: readonly ApprovedRate[];
  status?: UnitStatus;
}

export interface ReportInput {
  year: number;
  lang: Lang;
  agency: ReportAgency;
  /** The report's date, for the date line. */
  date: IsoDate;
  units: ReportUnit[];
  /** The allowed HTXSNV rate (settings `quotaRate`). */
  rate: number;
  /** The ratio column's denominator (settings `quotaBase`); default `good`, HTXSNV / HTTNV. */
  quotaBase?: QuotaBase;
  /**
   * Settings `quotaPopulation` (RULES.md §9): table A checks the ratio of each population on its own
   * rows (`by-law`) or of all staff on the total (`all-staff`). Absent: as the rule set of `year` says.
   */
  quotaPopulation?: QuotaPopulation;
  /** Settings `vienChucBasis`: viên chức a population of their own (`nd233`, the default) or with the cán bộ. */
  vienChucBasis?: VienChucBasis;
}
