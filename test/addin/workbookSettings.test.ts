/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { settingsSchema } from "../../shared/settings.js";
import { readStored, writeStored } from "../../addin/excel/workbookSettings.js";

/**
 * `workbook.settings` on office-addin-mock: a setting's `value` must be loaded and synced before it
 * is read (else the mock's sentinel text comes back); `add` stores or replaces.
 */
function mockSettings(initial: Record<string, unknown> = {}) {
  const store = new Map(Object.entries(initial));
  const proxies: OfficeMockObject[] = [];
  let syncs = 0;
  const settings = {
    getItemOrNullObject: (key: string) => {
      const setting = new OfficeMockObject({ value: store.get(key) });
      setting.isNullObject = !store.has(key);
      proxies.push(setting);
      return setting;
    },
    add: (key: string, value: unknown) => {
      store.set(key, value);
    },
  };
  const context = {
    workbook: { settings },
    sync: async () => {
      syncs++;
      for (const p of proxies) await p.sync();
    },
  } as unknown as Excel.RequestContext;
  return {
    context,
    store,
    get syncs() {
      return syncs;
    },
  };
}

const mapping = z.object({ headerRow: z.number().int(), columns: z.record(z.string(), z.string()) });

describe("workbook settings", () => {
  it("stores JSON text and reads back what was stored, one sync each", async () => {
    const host = mockSettings();
    const value = { headerRow: 5, columns: { F: "level", "Họ và tên": "fullName" } };
    await writeStored(host.context, "xeploai.mapping", value);
    expect(host.store.get("xeploai.mapping")).toBe(JSON.stringify(value));
    expect(await readStored(host.context, "xeploai.mapping", mapping)).toEqual(value);
    expect(host.syncs).toBe(2);
  });

  it("round-trips the task pane's settings through their schema, the latest write winning", async () => {
    const host = mockSettings();
    const first = settingsSchema.parse({ year: 2026 });
    const second = settingsSchema.parse({ year: 2026, quotaRate: 0.3, unitRates: { "Trung tâm": 0.35 } });
    await writeStored(host.context, "xeploai.settings", first);
    await writeStored(host.context, "xeploai.settings", second);
    const read = await readStored(host.context, "xeploai.settings", settingsSchema);
    expect(read).toEqual(second);
    expect(read?.quotaRate).toBe(0.3);
  });

  it("gives undefined when nothing is stored", async () => {
    const host = mockSettings({ other: "{}" });
    expect(await readStored(host.context, "xeploai.mapping", mapping)).toBeUndefined();
  });

  it("gives undefined for text that is not JSON, without throwing", async () => {
    const host = mockSettings({ "xeploai.mapping": '{"headerRow": 5, "columns": ' });
    await expect(readStored(host.context, "xeploai.mapping", mapping)).resolves.toBeUndefined();
  });

  it("gives undefined for JSON the schema refuses", async () => {
    const host = mockSettings({ "xeploai.mapping": JSON.stringify({ headerRow: "năm", columns: {} }) });
    expect(await readStored(host.context, "xeploai.mapping", mapping)).toBeUndefined();
  });

  it("checks a value stored as a plain value rather than JSON text", async () => {
    const host = mockSettings({ count: 12, label: "12" });
    expect(await readStored(host.context, "count", z.number())).toBe(12);
    // "12" is JSON text for the number 12.
    expect(await readStored(host.context, "label", z.number())).toBe(12);
    expect(await readStored(host.context, "count", z.string())).toBeUndefined();
  });

  it("refuses to store nothing", async () => {
    const host = mockSettings();
    await expect(writeStored(host.context, "k", undefined)).rejects.toThrow(/Nothing to store/);
    expect(host.store.size).toBe(0);
  });
});
