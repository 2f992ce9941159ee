/// <reference types="office-js" />
import { describe, expect, it } from "vitest";
import { createExcelHost, HOST_LIMITS, NOT_LOADED, NOT_SYNCED } from "./excelHost.js";

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected the sync to fail");
}

const xml = (ns: string, body = "") => `<?xml version="1.0"?><root xmlns="${ns}">${body}</root>`;

describe("customXmlParts", () => {
  it("adds a part, finds it by namespace and by id, gives its XML after the sync", async () => {
    const host = createExcelHost({ sheets: [], customXmlParts: [xml("urn:other")] });
    const id = await host.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const part = parts.add(xml("urn:a", "1"));
      part.load("id,namespaceUri");
      expect(part.id as unknown).toBe(NOT_SYNCED);
      await context.sync();
      expect(part.namespaceUri).toBe("urn:a");
      const scoped = parts.getByNamespace("urn:a");
      scoped.load("items/id");
      const count = parts.getCount();
      const byId = parts.getItem(part.id).getXml();
      const only = scoped.getOnlyItemOrNullObject();
      expect(byId.value as unknown).toBe(NOT_SYNCED);
      await context.sync();
      expect(scoped.items.map((p) => p.id)).toEqual([part.id]);
      expect(count.value).toBe(2);
      expect(byId.value).toBe(xml("urn:a", "1"));
      expect(only.isNullObject).toBe(false);
      return part.id;
    });
    expect(host.workbook.customXmlParts().map((p) => p.namespaceUri)).toEqual(["urn:other", "urn:a"]);
    expect(id).toMatch(/^\{[0-9A-F-]{36}\}$/);
  });

  it("replaces a part's XML, deletes it, and fails on a deleted or unknown part", async () => {
    const host = createExcelHost({ sheets: [], customXmlParts: [xml("urn:a", "old")] });
    const [part] = host.workbook.customXmlParts();
    await host.run(async (context) => {
      const item = context.workbook.customXmlParts.getItem(part!.id);
      item.setXml(xml("urn:b", "new"));
      expect(item.namespaceUri as unknown).toBe(NOT_LOADED);
      await context.sync();
    });
    expect(host.workbook.customXmlParts()).toEqual([
      { id: part!.id, namespaceUri: "urn:b", xml: xml("urn:b", "new") },
    ]);
    await host.run(async (context) => {
      const missing = context.workbook.customXmlParts.getItemOrNullObject("{nope}");
      const none = context.workbook.customXmlParts.getByNamespace("urn:a").getOnlyItemOrNullObject();
      context.workbook.customXmlParts.getItem(part!.id).delete();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(none.isNullObject).toBe(true);
    });
    expect(host.workbook.customXmlParts()).toEqual([]);
    const gone = await rejection(
      host.run(async (context) => {
        context.workbook.customXmlParts.getItem(part!.id).getXml();
        await context.sync();
      }),
    );
    expect(gone.code).toBe("ItemNotFound");
  });

  it("refuses text that is not one XML element", async () => {
    const host = createExcelHost();
    for (const text of ["", "not xml", "<a>", "<a></b>"]) {
      const error = await rejection(
        host.run(async (context) => {
          context.workbook.customXmlParts.add(text);
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });
});

describe("what Excel refuses", () => {
  it("refuses an address list past the limits with InvalidArgument, counting the longest sent", async () => {
    const host = createExcelHost({ sheets: [{ name: "A", rows: [] }] });
    const areas = (n: number) => Array.from({ length: n }, (_, i) => `B${2 * i + 1}`).join(",");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRanges(areas(HOST_LIMITS.addressAreas)).format.fill.color =
        "#FFC7CE";
      await context.sync();
    });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets
          .getItem("A")
          .getRanges(areas(HOST_LIMITS.addressAreas + 1)).format.fill.color = "#FFC7CE";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.stats.refusedAddressLists).toBe(1);
    expect(host.stats.maxAddressAreas).toBe(HOST_LIMITS.addressAreas + 1);
    expect(host.workbook.fill("A", `B${2 * HOST_LIMITS.addressAreas + 1}`).pattern).toBe("None");
  });

  it("refuses settings past their size, keeping what was there", async () => {
    const host = createExcelHost({ sheets: [], settings: { small: "1" } });
    const error = await rejection(
      host.run(async (context) => {
        context.workbook.settings.add("large", "x".repeat(HOST_LIMITS.settingsChars));
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.workbook.settings()).toEqual({ small: "1" });
  });
});
