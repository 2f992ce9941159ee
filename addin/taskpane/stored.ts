import { z } from "zod";
import { SETTINGS_2026, settingsSchema } from "../../shared/settings.js";

/** The settings the pane keeps in the workbook: the rules' settings a clerk may change, and the unit. */
export const paneSettingsSchema = z.object({
  settings: settingsSchema
    .pick({
      year: true,
      ruleSet: true,
      assessmentDate: true,
      quotaRate: true,
      quotaBase: true,
      quotaRounding: true,
      votesRule: true,
      ...SETTINGS_2026,
    })
    .partial()
    .default({}),
  unitId: z.string().optional(),
  unitName: z.string().optional(),
});
export type PaneSettings = z.infer<typeof paneSettingsSchema>;

export const columnMappingSchema = settingsSchema.shape.columnMapping.unwrap();
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** What this workbook last sent: its If-Match for the next submission. */
export const receiptSchema = z.object({
  unitId: z.string(),
  year: z.number(),
  version: z.number(),
  etag: z.string(),
  submittedAt: z.string(),
  people: z.number(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * Keys in the workbook's settings (Excel `workbook.settings`): saved with the file. Small values
 * only; the marks snapshot is kept in a custom XML part (excel/markSnapshot.ts).
 */
export const STORED = {
  settings: { key: "xepLoai.settings", schema: paneSettingsSchema },
  columns: { key: "xepLoai.columns", schema: columnMappingSchema },
  receipt: { key: "xepLoai.receipt", schema: receiptSchema },
} as const;
