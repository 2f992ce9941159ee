/**
 * The request side of the host: a context's queue of actions, run in order at `sync()`, and the
 * proxy objects that queue them, with office-addin-mock's sentinels for properties read before
 * they were loaded or synced. Every sync is measured (bytes of the request and response JSON) and
 * fails past Excel on the web's payload limit. Browser-safe.
 */
import { HostError } from "./hostError.js";
import type { HostLimits } from "./limits.js";
import { Sheet, type Workbook } from "./workbook.js";

export const NOT_LOADED = "Error, property was not loaded";
export const NOT_SYNCED = "Error, context.sync() was not called";
/** Excel on the web's limit on one request and one response: 5 MB, taken as 5,000,000 bytes. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export interface SyncStats {
  /** UTF-8 bytes of the JSON of the queued actions (methods, arguments, values written, loads). */
  requestBytes: number;
  /** UTF-8 bytes of the JSON of the values loaded. */
  responseBytes: number;
}

/** Plain data, so that a browser test can read it through `page.evaluate`. */
export interface HostStats {
  syncs: number;
  perSync: SyncStats[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** The larger of the two maxima. */
  payloadMaxBytes: number;
  /** The longest address list given to `getRanges` (characters), refused or not, and its areas. */
  maxAddressChars: number;
  maxAddressAreas: number;
  /** Address lists refused for their size. */
  refusedAddressLists: number;
}

export function newStats(): HostStats {
  return {
    syncs: 0,
    perSync: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    payloadMaxBytes: 0,
    maxAddressChars: 0,
    maxAddressAreas: 0,
    refusedAddressLists: 0,
  };
}

export function resetStats(stats: HostStats): void {
  Object.assign(stats, newStats());
}

function record(stats: HostStats, sync: SyncStats): void {
  stats.syncs++;
  stats.perSync.push(sync);
  stats.maxRequestBytes = Math.max(stats.maxRequestBytes, sync.requestBytes);
  stats.maxResponseBytes = Math.max(stats.maxResponseBytes, sync.responseBytes);
  stats.payloadMaxBytes = Math.max(stats.maxRequestBytes, stats.maxResponseBytes);
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function payloadError(what: "request" | "response", bytes: number): HostError {
  return new HostError(
    "RequestPayloadSizeLimitExceeded",
    `The ${what} payload (${bytes} bytes) is larger than Excel on the web allows (${PAYLOAD_LIMIT_BYTES} bytes).`,
  );
}

/** What running an action gives: data sent back (counted in the response), applied to proxies after the sync. */
interface Outcome {
  response?: unknown;
  commit?: () => void;
}

interface Action {
  request: Record<string, unknown>;
  run: () => Outcome | void;
}

/** One request context's queue over the workbook. */
export class Batch {
  private queue: Action[] = [];
  private ids = 0;

  constructor(
    readonly book: Workbook,
    private readonly stats: HostStats,
    readonly limits: HostLimits,
  ) {}

  /** Counts an address list sent to `getRanges`, refusing it past the limits as Excel does. */
  checkAddressList(addresses: string): void {
    const areas = addresses.split(",").length;
    const stats = this.stats;
    stats.maxAddressChars = Math.max(stats.maxAddressChars, addresses.length);
    stats.maxAddressAreas = Math.max(stats.maxAddressAreas, areas);
    if (addresses.length > this.limits.addressChars || areas > this.limits.addressAreas) {
      stats.refusedAddressLists++;
      throw new HostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format (an address list of ${areas} areas and ${addresses.length} characters).`,
      );
    }
  }

  newId(): number {
    return ++this.ids;
  }

  enqueue(request: Record<string, unknown>, run: () => Outcome | void): void {
    this.queue.push({ request, run });
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Runs the queued actions in order, as Excel runs a batch: a load sees the writes queued before
   * it and not those after. An action that fails stops the batch (those before it stay applied).
   */
  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    // A real sync is a round trip: let the page breathe as it would.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const requestBytes = utf8Length(JSON.stringify(actions.map((a) => a.request)));
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      record(this.stats, { requestBytes, responseBytes: 0 });
      throw payloadError("request", requestBytes);
    }
    const outcomes: Outcome[] = [];
    let failure: unknown;
    for (const action of actions) {
      try {
        const outcome = action.run();
        if (outcome) outcomes.push(outcome);
      } catch (error) {
        failure = error;
        break;
      }
    }
    const responses = outcomes.filter((o) => "response" in o).map((o) => o.response);
    const responseBytes = failure === undefined ? utf8Length(JSON.stringify(responses)) : 0;
    record(this.stats, { requestBytes, responseBytes });
    if (failure !== undefined) throw failure;
    if (responseBytes > PAYLOAD_LIMIT_BYTES) throw payloadError("response", responseBytes);
    for (const o of outcomes) o.commit?.();
  }
}

/** How a proxy comes to stand for a document object: known already, or worked out when its creation runs. */
export type Origin<T> = { known: T } | { request: Record<string, unknown>; resolve: () => T | null };

export interface PropertySpec<T> {
  read: (target: T) => unknown;
  write?: (target: T, value: unknown) => void;
}

const SPECS = Symbol("property specs");

interface Field {
  ready: boolean;
  value?: unknown;
}

function sheetOf(target: object): Sheet | undefined {
  if (target instanceof Sheet) return target;
  const sheet = (target as { sheet?: unknown }).sheet;
  return sheet instanceof Sheet ? sheet : undefined;
}

/** Splits `load`'s argument ("a,b", ["a", "b"], none) into property paths. */
export function loadPaths(arg: unknown, all: readonly string[]): string[] {
  if (arg === undefined) return [...all];
  const parts = typeof arg === "string" ? [arg] : Array.isArray(arg) ? (arg as unknown[]) : undefined;
  if (!parts || parts.some((p) => typeof p !== "string"))
    throw new Error("The test host supports load() with a string or an array of strings only.");
  return (parts as string[])
    .flatMap((p) => p.split(","))
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * A proxy object. Scalar properties are installed by `expose` from a table of readers and writers;
 * reading one gives the value loaded at the last sync, the value written since, or a sentinel.
 */
export abstract class ClientObject<T extends object> {
  /** The proxy's number in its batch's requests (not a document property such as a part's `id`). */
  readonly ref: number;
  /** The document object, once the action creating this proxy ran; null for a null object. */
  private target: T | null | undefined;
  private isNull: boolean | undefined;
  private readonly fields = new Map<string, Field>();

  constructor(
    protected readonly batch: Batch,
    origin: Origin<T>,
  ) {
    this.ref = batch.newId();
    if ("known" in origin) {
      this.target = origin.known;
      this.isNull = false;
      return;
    }
    batch.enqueue({ id: this.ref, ...origin.request }, () => {
      this.target = origin.resolve();
      const isNull = this.target === null;
      return { commit: () => (this.isNull = isNull) };
    });
  }

  /** Installs a proxy class's scalar properties on its prototype. */
  static expose<T extends object>(
    cls: abstract new (...args: never[]) => ClientObject<T>,
    specs: Readonly<Record<string, PropertySpec<T>>>,
  ): void {
    Object.defineProperty(cls.prototype, SPECS, { value: specs });
    for (const [name, spec] of Object.entries(specs)) {
      const write = spec.write;
      Object.defineProperty(cls.prototype, name, {
        configurable: true,
        get(this: ClientObject<T>) {
          return this.field(name);
        },
        set: write
          ? function (this: ClientObject<T>, value: unknown) {
              this.assign(name, value, write);
            }
          : undefined,
      });
    }
  }

  private get specs(): Readonly<Record<string, PropertySpec<T>>> {
    return (this as unknown as Record<symbol, Record<string, PropertySpec<T>>>)[SPECS] ?? {};
  }

  /** After a sync: whether the object asked for (an `…OrNullObject`) does not exist. */
  get isNullObject(): boolean | string {
    return this.isNull ?? NOT_SYNCED;
  }

  /** The document object, for an action running in the batch; fails as Excel does when there is none. */
  resolveTarget(): T {
    const target = this.targetOrNull();
    if (target === null) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    return target;
  }

  protected targetOrNull(): T | null {
    if (this.target === undefined)
      throw new Error("Host bug: an object used before the action creating it ran.");
    if (this.target !== null && sheetOf(this.target)?.deleted)
      throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    return this.target;
  }

  load(arg?: string | string[]): this {
    const specs = this.specs;
    const names = loadPaths(arg, Object.keys(specs));
    for (const name of names)
      if (!specs[name])
        throw new Error(`The test host has no loadable property "${name}" here (see office-surface.md).`);
    this.queueLoad(names, (target) => Object.fromEntries(names.map((n) => [n, specs[n]!.read(target)])));
    return this;
  }

  /** Queues a load whose response `read` builds from the target (or null for a null object). */
  protected queueLoad(
    paths: readonly string[],
    read: (target: T) => Record<string, unknown>,
    commit?: (values: Record<string, unknown> | null) => void,
  ): void {
    for (const name of paths) if (!this.fields.has(name)) this.fields.set(name, { ready: false });
    this.batch.enqueue({ id: this.ref, load: paths }, () => {
      const target = this.targetOrNull();
      const values = target === null ? null : read(target);
      return {
        response: values,
        commit: () => {
          if (commit) commit(values);
          else this.acceptLoaded(values ?? Object.fromEntries(paths.map((p) => [p, null])));
        },
      };
    });
  }

  /** Makes values readable as if loaded and synced (for collection items). */
  acceptLoaded(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.fields.set(name, { ready: true, value });
  }

  protected field(name: string): unknown {
    const field = this.fields.get(name);
    if (!field) return NOT_LOADED;
    return field.ready ? field.value : NOT_SYNCED;
  }

  /** A property write: readable at once on this proxy, applied to the document at the next sync. */
  protected assign(name: string, value: unknown, write: (target: T, value: unknown) => void): void {
    this.fields.set(name, { ready: true, value });
    this.batch.enqueue({ id: this.ref, set: name, value }, () => {
      write(this.resolveTarget(), value);
    });
  }

  protected call(method: string, args: readonly unknown[], apply: (target: T) => void): void {
    this.batch.enqueue({ id: this.ref, method, args }, () => {
      apply(this.resolveTarget());
    });
  }

  /** The origin of a proxy reached through a navigation property (`range.format`). */
  protected derive<C>(property: string, map: (target: T) => C): Origin<C> {
    return {
      request: { parent: this.ref, property },
      resolve: () => {
        const target = this.targetOrNull();
        return target === null ? null : map(target);
      },
    };
  }

  /** The origin of a proxy a method returns (`getRange`, `add`); `create` may give null (a null object). */
  protected created<C>(method: string, args: readonly unknown[], create: (target: T) => C | null): Origin<C> {
    return { request: { parent: this.ref, method, args }, resolve: () => create(this.resolveTarget()) };
  }
}

/** A collection proxy: `load("items/name")` (or `"items"`) then `.items`. */
export abstract class Collection<
  O extends object,
  T extends object,
  I extends ClientObject<T>,
> extends ClientObject<O> {
  private loadedItems: I[] | undefined;
  private requested = false;

  protected abstract list(owner: O): T[];
  protected abstract item(target: T): I;
  protected abstract readonly itemSpecs: Readonly<Record<string, PropertySpec<T>>>;

  get items(): I[] | string {
    return this.loadedItems ?? (this.requested ? NOT_SYNCED : NOT_LOADED);
  }

  override load(arg?: string | string[]): this {
    const paths = loadPaths(arg, ["items"]);
    const props = new Set<string>();
    for (const path of paths) {
      if (path === "items") Object.keys(this.itemSpecs).forEach((p) => props.add(p));
      else if (path.startsWith("items/") && this.itemSpecs[path.slice(6)]) props.add(path.slice(6));
      else
        throw new Error(`The test host loads "items" or "items/<property>" on a collection, not "${path}".`);
    }
    this.requested = true;
    let targets: T[] = [];
    this.queueLoad(
      paths,
      (owner) => {
        targets = this.list(owner);
        return {
          items: targets.map((t) =>
            Object.fromEntries([...props].map((p) => [p, this.itemSpecs[p]!.read(t)])),
          ),
        };
      },
      (values) => {
        const rows = (values?.items ?? []) as Record<string, unknown>[];
        this.loadedItems = targets.map((t, i) => {
          const item = this.item(t);
          item.acceptLoaded(rows[i] ?? {});
          return item;
        });
      },
    );
    return this;
  }
}
