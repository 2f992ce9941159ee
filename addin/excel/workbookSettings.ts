/// <reference types="office-js" />
/**
 * JSON data remembered in the workbook itself (`workbook.settings`, ExcelApi 1.4): the task pane's
 * settings and column mapping travel with the roster file. Keys are chosen by the caller. Small
 * values only: settings are limited in size; large state goes in a custom XML part (workbookParts.ts).
 */
import type { z } from "zod";

/**
 * The value stored under `key`, checked by `schema`; undefined when there is none, or when it is
 * not JSON or not what the schema expects (an older version's shape, a hand-edited file).
 */
export async function readStored<T>(
  context: Excel.RequestContext,
  key: string,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? undefined : storedValue(setting.value, schema);
}

/** A setting's value checked by `schema`: undefined when it is not JSON or not what it expects. */
export function storedValue<T>(value: unknown, schema: z.ZodType<T>): T | undefined {
  let data: unknown;
  try {
    // We store JSON text; a setting written by other means may hold a plain value.
    data = typeof value === "string" ? JSON.parse(value) : value;
  } catch {
    return undefined;
  }
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}

/** Stores `value` as JSON text under `key`, replacing what was there. */
export async function writeStored(context: Excel.RequestContext, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`Nothing to store under "${key}"`);
  context.workbook.settings.add(key, text);
  await context.sync();
}
