/**
 * A parent of any width (an education department's 500 schools, a province's communes after the
 * 2025 reform): 5,000 children under one parent, each child's totals its own row, on Azurite.
 * Concurrent submissions over HTTP under the wide parent each answer 201 once stored, and the
 * totals of the parent and the root are the sum of what every child sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptySummary, type UnitSummary } from "../../shared/summary/index.js";
import { readRollup, readWithChildren, rollUp } from "../../functions/storage/rollups.js";
import { readTree } from "../../functions/storage/units.js";
import { startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

const WIDTH = 5_000;
/**
 * How many of them are rolled up directly in storage: every one of the 5,000 takes minutes on
 * Azurite, which scans its tables (Azure Table storage looks rows up by key).
 */
const ROLLED = Number(process.env.WIDE_ROLLED ?? 1_000);
const childId = (i: number) => `truong-thcs-xa-${String(i).padStart(5, "0")}-co-ten-rat-dai-de-thu`;
let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd([
    { id: "tinh", name: "UBND tỉnh", parentId: null },
    { id: "sgd", name: "Sở Giáo dục và Đào tạo", parentId: "tinh" },
    ...Array.from({ length: WIDTH }, (_, i) => ({ id: childId(i), name: `Trường ${i}`, parentId: "sgd" })),
  ]);
}, 120_000);

afterAll(() => backEnd?.stop());

/** Runs `work` on every item with at most `limit` at once. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe("a parent with 5,000 children", () => {
  it("answers 201 to 30 concurrent first submissions of its children, each counted once", async () => {
    // One request first, as on a host already serving: it reads the 5,002 units once and keeps them
    // while the tree does not change. Thirty cold requests each listing them at once keep Azurite
    // (which scans whole tables, on two cores shared with the host) busy past the storage deadlines.
    const me = await fetch(`${backEnd.api}/me`, {
      headers: { authorization: `Bearer ${await backEnd.token("clerk", "sgd")}` },
    });
    expect(me.status).toBe(200);
    const ids = Array.from({ length: 30 }, (_, i) => childId(i));
    const answers = await Promise.all(
      ids.map(async (id, i) => {
        const res = await fetch(`${backEnd.api}/periods/2026/units/${id}/submission`, {
          method: "PUT",
          headers: {
            authorization: `Bearer ${await backEnd.token("clerk", id)}`,
            "content-type": "application/json",
          },
          body: JSON.stringify({
            people: Array.from({ length: i + 1 }, (_, n) => ({
              fullName: `GV ${n}`,
              staffType: "VC",
              level: "HTTNV",
            })),
          }),
        });
        return res.status;
      }),
    );
    expect(answers).toEqual(ids.map(() => 201));
    // The view a page of 100 children at a time, each answer under 64 KiB, every child once in order.
    const token = await backEnd.token("reviewer", "tinh");
    type Page = {
      total: { people: number };
      children: { unitId: string; status: { state: string } }[];
      next?: string;
    };
    const pages: Page[] = [];
    for (let after: string | undefined = undefined, n = 0; n === 0 || after !== undefined; n++) {
      const query = after === undefined ? "" : `?after=${encodeURIComponent(after)}`;
      const res = await fetch(`${backEnd.api}/periods/2026/units/sgd/consolidated${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const text = await res.text();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(64 * 1024);
      const page = JSON.parse(text) as Page;
      pages.push(page);
      after = page.next;
    }
    expect(pages).toHaveLength(WIDTH / 100);
    const children = pages.flatMap((p) => p.children);
    expect(children.map((c) => c.unitId)).toEqual(Array.from({ length: WIDTH }, (_, i) => childId(i)));
    for (const page of pages) expect(page.total.people).toBe((30 * 31) / 2);
    expect(children.filter((c) => c.status.state === "on-time")).toHaveLength(30);
    const unknown = await fetch(`${backEnd.api}/periods/2026/units/sgd/consolidated?after=khong-co`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.status).toBe(400);
  }, 120_000);

  it("keeps each child's totals as its own row in the parent's partition, and the sums up the tree", async () => {
    const tree = await readTree(backEnd.store);
    const one: UnitSummary = { ...emptySummary(), people: 2 };
    one.byStaffType.VC.HTTNV = 2;
    const rest = Array.from({ length: ROLLED - 30 }, (_, i) => childId(i + 30));
    await pool(rest, 4, (id) =>
      rollUp(backEnd.store, tree, 2026, id, {
        counts: one,
        version: 1,
        submittedAt: "2026-11-20T08:00:00Z",
      }),
    );
    const expected = (30 * 31) / 2 + 2 * (ROLLED - 30);
    const { rollup, children } = await readWithChildren(backEnd.store, 2026, "sgd");
    expect(children.size).toBe(ROLLED);
    expect(rollup?.total.people).toBe(expected);
    expect((await readRollup(backEnd.store, 2026, "tinh"))?.total.people).toBe(expected);
  }, 300_000);
});
