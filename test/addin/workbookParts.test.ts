/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { cellAddress } from "../../addin/excel/a1.js";
import type { MarkSnapshot } from "../../addin/excel/adapter.js";
import {
  LEGACY_MARKS_SETTING,
  MARKS_NAMESPACE,
  readMarks,
  writeMarks,
} from "../../addin/excel/markSnapshot.js";

/**
 * `workbook.customXmlParts` and `workbook.settings` on office-addin-mock: a part's `id` and a
 * setting's `value` must be loaded and synced before they are read, `getXml()`'s value is there
 * only after a sync; adds, XML changes and deletions are applied at the sync, as Excel applies them.
 */
function mockWorkbook(settings: Record<string, unknown> = {}) {
  const parts = new Map<string, string>();
  const store = new Map(Object.entries(settings));
  const proxies: OfficeMockObject[] = [];
  let pending: (() => void)[] = [];
  let ids = 0;
  let syncs = 0;
  const track = (m: OfficeMockObject) => (proxies.push(m), m);
  const namespaceOf = (xml: string) => /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
  const partProxy = (id: string) =>
    track(
      new OfficeMockObject({
        id,
        getXml: () => {
          const result = { value: "Error, context.sync() was not called" };
          pending.push(() => (result.value = parts.get(id)!));
          return result;
        },
        setXml: (xml: string) => pending.push(() => parts.set(id, xml)),
        delete: () => pending.push(() => parts.delete(id)),
      }),
    );
  const workbook = {
    customXmlParts: {
      add: (xml: string) => pending.push(() => parts.set(`{${++ids}}`, xml)),
      getByNamespace: (ns: string) => {
        const scoped = { items: "Error, property was not loaded" as unknown } as Record<string, unknown>;
        scoped.load = (arg: string) => {
          if (arg !== "items/id") throw new Error(`unexpected load ${arg}`);
          pending.push(() => {
            scoped.items = [...parts]
              .filter(([, xml]) => namespaceOf(xml) === ns)
              .map(([id]) => partProxy(id));
            for (const p of scoped.items as OfficeMockObject[]) p.load("id");
          });
          return scoped;
        };
        return scoped;
      },
    },
    settings: {
      getItemOrNullObject: (key: string) => {
        const setting = track(
          new OfficeMockObject({
            value: store.get(key),
            delete: () => pending.push(() => store.delete(key)),
          }),
        );
        setting.isNullObject = !store.has(key);
        return setting;
      },
    },
  };
  const context = {
    workbook,
    sync: async () => {
      syncs++;
      const run = pending;
      pending = [];
      for (const action of run) action();
      for (const p of proxies) await p.sync();
    },
  } as unknown as Excel.RequestContext;
  return {
    context,
    parts,
    store,
    get syncs() {
      return syncs;
    },
  };
}

const snapshot = (count: number): MarkSnapshot => ({
  previous: Array.from({ length: count }, (_, i) => ({
    sheet: i % 3 ? "Danh sách" : "Cán bộ, công chức",
    address: cellAddress(6 + Math.floor(i / 5) * 2, 1 + (i % 5) * 3),
    pattern: i % 17 ? "None" : "Solid",
    color: i % 17 ? "#FFFFFF" : "#00B050",
  })),
});
const sorted = (s: MarkSnapshot | undefined) =>
  (s?.previous ?? []).map((p) => [p.sheet, p.address, p.pattern, p.color].join("|")).sort();

describe("the marks snapshot in a custom XML part, on office-addin-mock", () => {
  it("round-trips the snapshot of 50,000 flagged cells in one part, in two syncs each way", async () => {
    const host = mockWorkbook();
    const big = snapshot(50_000);
    await writeMarks(host.context, big);
    expect(host.syncs).toBe(2);
    expect([...host.parts.values()].map((xml) => xml.includes(`xmlns="${MARKS_NAMESPACE}"`))).toEqual([true]);
    expect(sorted(await readMarks(host.context))).toEqual(sorted(big));
    expect(host.syncs).toBe(4);
    await writeMarks(host.context, undefined);
    expect(host.parts.size).toBe(0);
  });

  it("moves the snapshot an earlier version kept in the settings, then reads it from the part", async () => {
    const legacy = snapshot(4);
    const host = mockWorkbook({ [LEGACY_MARKS_SETTING]: JSON.stringify(legacy) });
    expect(sorted(await readMarks(host.context))).toEqual(sorted(legacy));
    expect(host.store.has(LEGACY_MARKS_SETTING)).toBe(false);
    expect(host.parts.size).toBe(1);
    expect(sorted(await readMarks(host.context))).toEqual(sorted(legacy));
  });
});
