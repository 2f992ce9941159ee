/// <reference types="office-js" />
/**
 * Where the marks snapshot (the clerk's own fills, put back by "Bỏ tô màu") is kept: a custom XML
 * part, its cells merged into rectangles by fill, since a large roster's snapshot is far beyond what
 * `workbook.settings` holds. Versions before it kept the snapshot in a setting; that is moved once.
 */
import { z } from "zod";
import { rectAddress, rectCells } from "./a1.js";
import type { MarkSnapshot } from "./adapter.js";
import { mergeCells } from "./cellAreas.js";
import { readPart, writePart } from "./workbookParts.js";
import { storedValue } from "./workbookSettings.js";

export const MARKS_NAMESPACE = "urn:xep-loai:marks:1";
/** The setting earlier versions kept the snapshot in. */
export const LEGACY_MARKS_SETTING = "xepLoai.marks";

export const markSnapshotSchema = z.object({
  previous: z.array(
    z.object({ sheet: z.string(), address: z.string(), pattern: z.string(), color: z.string() }),
  ),
});

/** The snapshot as kept: one entry per sheet and fill, its cells as an A1 list of rectangles. */
export const packedSnapshotSchema = z.object({
  fills: z.array(z.object({ sheet: z.string(), pattern: z.string(), color: z.string(), cells: z.string() })),
});
export type PackedSnapshot = z.infer<typeof packedSnapshotSchema>;

export function packSnapshot(snapshot: MarkSnapshot): PackedSnapshot {
  const groups = new Map<string, { sheet: string; pattern: string; color: string; cells: string[] }>();
  for (const p of snapshot.previous) {
    const key = [p.sheet, p.pattern, p.color].join("\u0000");
    const group = groups.get(key);
    if (group) group.cells.push(p.address);
    else groups.set(key, { sheet: p.sheet, pattern: p.pattern, color: p.color, cells: [p.address] });
  }
  return {
    fills: [...groups.values()].map((g) => ({ ...g, cells: mergeCells(g.cells).map(rectAddress).join(",") })),
  };
}

export function unpackSnapshot(packed: PackedSnapshot): MarkSnapshot {
  return {
    previous: packed.fills.flatMap(({ sheet, pattern, color, cells }) =>
      cells
        .split(",")
        .filter((area) => area !== "")
        .flatMap((area) => rectCells(area).map((address) => ({ sheet, address, pattern, color }))),
    ),
  };
}

/**
 * The snapshot kept in the workbook, or undefined. A snapshot an earlier version left in the
 * settings is moved to the part (unless the part has one already) and its setting removed.
 */
export async function readMarks(context: Excel.RequestContext): Promise<MarkSnapshot | undefined> {
  const setting = context.workbook.settings.getItemOrNullObject(LEGACY_MARKS_SETTING);
  setting.load("value");
  // Loaded with the part's first sync.
  const packed = await readPart(context, MARKS_NAMESPACE, packedSnapshotSchema);
  const kept = packed && unpackSnapshot(packed);
  if (setting.isNullObject) return kept;
  const legacy = storedValue(setting.value, markSnapshotSchema);
  if (!kept && legacy) await writeMarks(context, legacy);
  setting.delete();
  await context.sync();
  return kept ?? legacy;
}

/** Keeps the snapshot in its part; undefined or an empty snapshot removes it. */
export async function writeMarks(
  context: Excel.RequestContext,
  snapshot: MarkSnapshot | undefined,
): Promise<void> {
  await writePart(context, MARKS_NAMESPACE, snapshot?.previous.length ? packSnapshot(snapshot) : undefined);
}
