/// <reference types="office-js" />
/**
 * The in-memory Excel host that stands in for Excel in tests, in the browser tests and in the
 * benchmark: `Excel.run` over a `Workbook`, with the Office.js surface of office-surface.md and
 * office-addin-mock's conventions, plus the `Office` and `Excel` globals a task pane reads.
 * Browser-safe.
 */
import type { ExcelRun } from "../../addin/excel/excelRun.js";
import { Batch, newStats, resetStats, type HostStats } from "./batch.js";
import { HostError } from "./hostError.js";
import { HOST_LIMITS, type HostLimits } from "./limits.js";
import { Workbook, type HostWorkbook } from "./workbook.js";
import { WorkbookObject } from "./workbookObjects.js";

export { NOT_LOADED, NOT_SYNCED, PAYLOAD_LIMIT_BYTES } from "./batch.js";
export type { HostStats, SyncStats } from "./batch.js";
export { MAX_READ_CELLS } from "./rangeObjects.js";
export { HOST_LIMITS, type HostLimits } from "./limits.js";

/** The highest ExcelApi requirement set the host answers for. */
const EXCEL_API = "1.12";

function versionAtMost(version: string | number, max: string): boolean {
  const parts = (v: string) => v.split(".").map(Number);
  const [a1 = 0, a2 = 0] = parts(String(version));
  const [b1 = 0, b2 = 0] = parts(max);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export interface OfficeGlobal {
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  HostType: { Excel: "Excel" };
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
}

export interface ExcelGlobal {
  run: ExcelRun;
  ChartType: { columnClustered: "ColumnClustered" };
  ChartSeriesBy: { columns: "Columns" };
  BorderLineStyle: { continuous: "Continuous" };
  PageOrientation: { landscape: "Landscape" };
  PaperType: { a4: "A4" };
}

export interface ExcelHost {
  run: ExcelRun;
  Excel: ExcelGlobal;
  Office: OfficeGlobal;
  /** Syncs and payloads since the host was made (or since `resetStats`). */
  stats: HostStats;
  resetStats(): void;
  /** The document, with its inspection helpers (`value`, `fill`, `merges`, `selection`…). */
  workbook: Workbook;
}

export interface HostOptions {
  /** `Office.context.displayLanguage`; "vi-VN" unless given. */
  displayLanguage?: string;
  /** What Excel refuses (limits.ts); tests may lower a limit to see the refusal. */
  limits?: Partial<HostLimits>;
}

function createOffice(displayLanguage: string): OfficeGlobal {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    // Like office.js, calls back later, never during the call.
    onReady: (callback) =>
      new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      ),
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name, minVersion = "1.1") =>
          name === "ExcelApi" && versionAtMost(minVersion, EXCEL_API),
      },
    },
  };
}

export function createExcelHost(
  workbook: Workbook | HostWorkbook = new Workbook(),
  options: HostOptions = {},
): ExcelHost {
  const book = workbook instanceof Workbook ? workbook : new Workbook(workbook);
  const stats = newStats();
  const limits = { ...HOST_LIMITS, ...options.limits };
  /**
   * `Excel.run`: the batch gets a fresh context; what it queued without syncing is synced when it
   * returns, as office.js does (and counted, being a round trip).
   */
  const run: ExcelRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const queue = new Batch(book, stats, limits);
    const context = { workbook: new WorkbookObject(queue), sync: () => queue.sync() };
    const pending = batch(context as unknown as Excel.RequestContext) as unknown;
    if (typeof (pending as Promise<T> | undefined)?.then !== "function")
      throw new HostError(
        "RunMustReturnPromise",
        "The batch function passed to Excel.run must return a promise.",
      );
    const result = await (pending as Promise<T>);
    if (queue.pending) await queue.sync();
    return result;
  };
  return {
    run,
    Excel: {
      run,
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns" },
      BorderLineStyle: { continuous: "Continuous" },
      PageOrientation: { landscape: "Landscape" },
      PaperType: { a4: "A4" },
    },
    Office: createOffice(options.displayLanguage ?? "vi-VN"),
    stats,
    resetStats: () => resetStats(stats),
    workbook: book,
  };
}
