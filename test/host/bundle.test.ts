/// <reference types="office-js" />
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { buildHostScript } from "./bundle.js";

describe("buildHostScript", () => {
  it("gives one classic script that installs Office, Excel and __xlHost over the page's workbook", async () => {
    const script = await buildHostScript();
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    const page: Record<string, unknown> = {
      setTimeout,
      __XL_WORKBOOK__: {
        sheets: [
          {
            name: "Danh sách",
            rows: [
              ["STT", "Họ và tên"],
              [1, "Nguyễn Văn An"],
            ],
          },
        ],
      },
      __XL_LANGUAGE__: "en-US",
    };
    runInNewContext(script, page);
    const office = page.Office as { onReady(): Promise<unknown>; context: { displayLanguage: string } };
    const excel = page.Excel as { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
    expect(await office.onReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(office.context.displayLanguage).toBe("en-US");
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Danh sách").getUsedRangeOrNullObject(true);
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ["STT", "Họ và tên"],
      [1, "Nguyễn Văn An"],
    ]);
    const host = page.__xlHost as { stats: { syncs: number }; workbook: { sheetNames(): string[] } };
    expect(host.stats.syncs).toBe(1);
    expect(host.workbook.sheetNames()).toEqual(["Danh sách"]);
  });

  it("gives an empty Sheet1 in Vietnamese when the page sets nothing", async () => {
    const page: Record<string, unknown> = { setTimeout };
    runInNewContext(await buildHostScript(), page);
    const host = page.__xlHost as { workbook: { sheetNames(): string[] } };
    expect(host.workbook.sheetNames()).toEqual(["Sheet1"]);
    expect((page.Office as { context: { displayLanguage: string } }).context.displayLanguage).toBe("vi-VN");
  });
});
