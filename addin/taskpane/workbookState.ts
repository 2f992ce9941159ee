import { useCallback, useEffect, useMemo, useState } from "react";
import type { z } from "zod";
import type { CheckOptions } from "../../shared/check.js";
import type { Lang } from "../../shared/i18n.js";
import { settingsSchema, type Settings } from "../../shared/settings.js";
import type { MarkSnapshot } from "../excel/adapter.js";
import type { WorkbookCheck } from "../excel/checkWorkbook.js";
import type { ExcelRun } from "../excel/excelRun.js";
import { readMarks, writeMarks } from "../excel/markSnapshot.js";
import { readStored, writeStored } from "../excel/workbookSettings.js";
import { STORED, type ColumnMapping, type PaneSettings, type Receipt } from "./stored.js";

type Entry<T> = { key: string; schema: z.ZodType<T> };

/**
 * What the pane knows about the open workbook: what is saved in it (settings, column mapping, the
 * marks to remove, the last receipt) and the last check. Saved values are written back at once.
 */
export function useWorkbookState(run: ExcelRun, lang: Lang) {
  const [paneSettings, setPaneSettings] = useState<PaneSettings>({ settings: {} });
  const [columns, setColumns] = useState<ColumnMapping>({});
  const [marks, setMarks] = useState<MarkSnapshot>();
  const [receipt, setReceipt] = useState<Receipt>();
  const [lastCheck, setLastCheck] = useState<WorkbookCheck>();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const read = <T>(entry: Entry<T>) => run((context) => readStored(context, entry.key, entry.schema));
    void (async () => {
      try {
        const [s, c, m, r] = await Promise.all([
          read(STORED.settings as Entry<PaneSettings>),
          read(STORED.columns as Entry<ColumnMapping>),
          run(readMarks),
          read(STORED.receipt as Entry<Receipt>),
        ]);
        if (s) setPaneSettings(s);
        if (c) setColumns(c);
        if (m) setMarks(m);
        if (r) setReceipt(r);
      } finally {
        setLoaded(true);
      }
    })();
  }, [run]);

  const save = useCallback(
    <T>(entry: Entry<T>, value: T | undefined) =>
      run((context) => writeStored(context, entry.key, value ?? null)),
    [run],
  );

  /** What every check of this workbook is run with besides the settings. */
  const checkOptions = useCallback(
    (today: Date): CheckOptions => ({
      fallbackYear: today.getFullYear(),
      ...(paneSettings.unitName ? { unitName: paneSettings.unitName } : {}),
    }),
    [paneSettings.unitName],
  );

  const settings: Settings = useMemo(
    () => settingsSchema.parse({ ...paneSettings.settings, columnMapping: columns, lang }),
    [paneSettings, columns, lang],
  );

  return {
    loaded,
    settings,
    checkOptions,
    paneSettings,
    columns,
    marks,
    receipt,
    lastCheck,
    setLastCheck,
    async saveSettings(value: PaneSettings) {
      await save(STORED.settings as Entry<PaneSettings>, value);
      setPaneSettings(value);
    },
    async saveColumns(value: ColumnMapping) {
      await save(STORED.columns as Entry<ColumnMapping>, value);
      setColumns(value);
    },
    async saveMarks(value: MarkSnapshot | undefined) {
      await run((context) => writeMarks(context, value));
      setMarks(value);
    },
    async saveReceipt(value: Receipt) {
      await save(STORED.receipt as Entry<Receipt>, value);
      setReceipt(value);
    },
  };
}

export type WorkbookState = ReturnType<typeof useWorkbookState>;
