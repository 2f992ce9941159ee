import { z } from "zod";

/** The problems a 400 lists; the others are counted, not listed. */
export const MAX_DETAILS = 30;
/** A path or message longer than this (in UTF-16 units) is cut (a key of a body can be megabytes long). */
const MAX_TEXT = 120;
/** Arrays longer than this are checked one element at a time. */
const SPLIT_AT = 64;
/** Elements checked between two turns of the event loop: a few milliseconds of work. */
const YIELD_EVERY = 256;

export interface Detail {
  path: string;
  message: string;
}

export type BoundedResult<T> =
  { success: true; data: T } | { success: false; details: Detail[]; more: number };

type Path = readonly PropertyKey[];

const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** Keeps the first MAX_DETAILS problems and counts the rest. */
class Sink {
  details: Detail[] = [];
  more = 0;
  add(prefix: Path, issues: readonly z.core.$ZodIssue[]): void {
    for (const issue of issues) {
      if (this.details.length >= MAX_DETAILS) {
        this.more++;
        continue;
      }
      this.details.push({
        path: cut([...prefix, ...issue.path].map(String).join(".")),
        message: cut(issue.message),
      });
    }
  }
  get empty(): boolean {
    return this.details.length === 0 && this.more === 0;
  }
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === "object" && data !== null && !Array.isArray(data);

/**
 * Validates like `schema.safeParse`, in bounded memory however bad the data: zod gathers every
 * problem of a parse before it returns, which for a 4 MB array of wrong elements is millions of
 * issue objects (and was a 57 MiB answer). Long arrays, at any depth of objects, are checked one
 * element at a time, and only the first problems are kept; an array over its maximum length is
 * one problem, its elements not looked at. Between elements it lets the event loop run, so that a
 * large body does not hold up every other request (their storage calls would pass their deadlines).
 */
export async function boundedParse<T extends z.ZodType>(
  schema: T,
  data: unknown,
  params: z.core.ParseContext<z.core.$ZodIssue>,
): Promise<BoundedResult<z.output<T>>> {
  const sink = new Sink();
  const out = await walk(schema, data, [], sink, params);
  return sink.empty ? { success: true, data: out as z.output<T> } : { ...sink, success: false };
}

async function walk(
  schema: z.ZodType,
  data: unknown,
  path: Path,
  sink: Sink,
  params: z.core.ParseContext<z.core.$ZodIssue>,
): Promise<unknown> {
  if (schema instanceof z.ZodOptional) {
    if (data === undefined) return undefined;
    return walk(schema.unwrap() as z.ZodType, data, path, sink, params);
  }
  if (schema instanceof z.ZodArray && Array.isArray(data) && data.length > SPLIT_AT) {
    // The array's own checks (its length) on elements of any kind: each element is checked below.
    const length = z
      .array(z.unknown())
      .with(...((schema._zod.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]))
      .safeParse(data, params);
    if (!length.success) {
      sink.add(path, length.error.issues);
      return undefined;
    }
    const out: unknown[] = [];
    for (let i = 0; i < data.length; i++) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
      out.push(await walk(schema.element as z.ZodType, data[i], [...path, i], sink, params));
    }
    return out;
  }
  if (schema instanceof z.ZodObject && isRecord(data)) {
    const split = Object.keys(schema.shape).filter((k) =>
      hasLongArray(schema.shape[k] as z.ZodType, data[k]),
    );
    if (split.length > 0) {
      const rest = schema.extend(Object.fromEntries(split.map((k) => [k, z.unknown()])));
      const parsed = rest.safeParse(data, params);
      if (!parsed.success) sink.add(path, parsed.error.issues);
      const parts: [string, unknown][] = [];
      for (const k of split)
        parts.push([k, await walk(schema.shape[k] as z.ZodType, data[k], [...path, k], sink, params)]);
      return parsed.success ? { ...(parsed.data as object), ...Object.fromEntries(parts) } : undefined;
    }
  }
  const parsed = schema.safeParse(data, params);
  if (parsed.success) return parsed.data;
  sink.add(path, parsed.error.issues);
  return undefined;
}

/** Whether the data holds, where the schema expects one, an array long enough to be split. */
function hasLongArray(schema: z.ZodType, data: unknown): boolean {
  if (schema instanceof z.ZodOptional) return hasLongArray(schema.unwrap() as z.ZodType, data);
  if (schema instanceof z.ZodArray) return Array.isArray(data) && data.length > SPLIT_AT;
  if (schema instanceof z.ZodObject && isRecord(data))
    return Object.keys(schema.shape).some((k) => hasLongArray(schema.shape[k] as z.ZodType, data[k]));
  return false;
}
