/// <reference types="office-js" />
/**
 * `Excel.run` as a value: the task pane passes the real one, tests and the benchmark pass a host's.
 * Every batch of the add-in goes through it, so nothing reaches for the `Excel` global directly.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
