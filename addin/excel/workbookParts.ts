/// <reference types="office-js" />
/**
 * JSON data kept in the workbook as a custom XML part (`workbook.customXmlParts`, ExcelApi 1.5):
 * for state too large for `workbook.settings`, which is meant for small values. One part per
 * namespace, its root element holding the JSON as text.
 */
import type { z } from "zod";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function partXml(namespace: string, text: string): string {
  const escaped = text.replace(/[&<>]/g, (ch) => ESCAPES[ch]!);
  return `<?xml version="1.0" encoding="UTF-8"?><data xmlns="${namespace}">${escaped}</data>`;
}

/**
 * The text content of a part's root element: Excel may give the XML back with another declaration,
 * prefix or quoting than it was stored with, so only the element's text is relied on.
 */
export function partText(xml: string): string | undefined {
  const body = /<(?:[\w.-]+:)?data\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?data>\s*$/.exec(xml)?.[1];
  if (body === undefined) return /<(?:[\w.-]+:)?data\b[^>]*\/>\s*$/.test(xml) ? "" : undefined;
  return body
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) =>
      cdata.replace(/[&<>]/g, (ch) => ESCAPES[ch]!),
    )
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
      if (ref[0] !== "#") return NAMED[ref] ?? whole;
      return String.fromCodePoint(
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    });
}

/**
 * The value kept in the part of `namespace`, checked by `schema`; undefined when there is none, or
 * when it is not what the schema expects. Two syncs: the part, then its XML.
 */
export async function readPart<T>(
  context: Excel.RequestContext,
  namespace: string,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  await context.sync();
  const part = parts.items[0];
  if (!part) return undefined;
  const xml = part.getXml();
  await context.sync();
  const text = partText(xml.value);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}

/**
 * Keeps `value` as JSON in the part of `namespace`, replacing what was there; undefined removes the
 * part. Two syncs: the parts there are, then the change.
 */
export async function writePart(
  context: Excel.RequestContext,
  namespace: string,
  value: unknown,
): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace);
  parts.load("items/id");
  await context.sync();
  const [first, ...extra] = parts.items;
  for (const part of extra) part.delete();
  const text = value === undefined ? undefined : JSON.stringify(value);
  if (text === undefined) first?.delete();
  else if (first) first.setXml(partXml(namespace, text));
  else context.workbook.customXmlParts.add(partXml(namespace, text));
  await context.sync();
}
