/**
 * The consolidated view and report of a Sở over real Azurite: each unit's quota counted with its own
 * settings and the rate the authority above approved for it, per population (RULES.md §5, §9), the
 * subtree figures as sums of the units' own; a unit with no list of its own whose units below
 * reported is "consolidated n/m units", with its block in Biểu A (REPORT.md).
 *
 * The tree and, worked out by hand from the rules, each unit's own check:
 * - Văn phòng Sở (8 công chức: 2 HTXSNV, 6 HTTNV), settings good-inclusive and round:
 *   base 2 + 6 = 8, allowed round(20% × 8 = 1.6) = 2, excess 0. (The default, 20% of the 6 HTTNV
 *   floored, would allow 1.)
 * - Trường THPT A (15 viên chức: 3 HTXSNV, 12 HTTNV), defaults: allowed floor(2.4) = 2, excess 1;
 *   at its approved 25%: floor(3) = 3, excess 0.
 * - Phòng GD huyện (nothing of its own), below it:
 *   - Trường THCS 1 (5 viên chức: 1 HTXSNV, 4 HTTNV), defaults: floor(0.8) = 0, excess 1; sent late.
 *   - Trường THCS 2 (the same people), rounding ceil: ceil(0.8) = 1, excess 0.
 *   - Trường THCS 3: nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsolidatedAnswer } from "../../shared/api/answers.js";
import type { ReportCell, ReportModel } from "../../shared/report/index.js";
import { startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;
const now = { value: new Date("2026-11-20T09:00:00Z") };

const person = (fullName: string, staffType: string, level: string) => ({ fullName, staffType, level });
const many = (prefix: string, staffType: string, level: string, n: number) =>
  Array.from({ length: n }, (_, i) => person(`${prefix} ${i + 1}`, staffType, level));

async function call(method: string, path: string, token: string, body?: unknown, lang = "vi") {
  const res = await fetch(`${backEnd.api}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "accept-language": lang,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function submit(unitId: string, people: object[], settings?: object) {
  const res = await call(
    "PUT",
    `/periods/2026/units/${unitId}/submission`,
    await backEnd.token("clerk", unitId),
    {
      people,
      ...(settings ? { settings } : {}),
    },
  );
  expect(res.status).toBe(201);
}

const view = async (unitId: string) =>
  (await call("GET", `/periods/2026/units/${unitId}/consolidated`, await backEnd.token("reviewer", "so")))
    .body as unknown as ConsolidatedAnswer;

const rate = async (unitId: string, token: string, body: unknown) =>
  call("PUT", `/periods/2026/units/${unitId}/approved-rate`, token, body);

beforeAll(async () => {
  backEnd = await startBackEnd(
    [
      { id: "so", name: "Sở Giáo dục và Đào tạo", parentId: null },
      { id: "vp", name: "Văn phòng Sở", parentId: "so", deadline: "2026-11-25" },
      { id: "tha", name: "Trường THPT A", parentId: "so", deadline: "2026-11-25" },
      { id: "phong", name: "Phòng GD huyện", parentId: "so" },
      { id: "thcs1", name: "Trường THCS 1", parentId: "phong", deadline: "2026-11-25" },
      { id: "thcs2", name: "Trường THCS 2", parentId: "phong", deadline: "2026-11-25" },
      { id: "thcs3", name: "Trường THCS 3", parentId: "phong", deadline: "2026-11-25" },
    ],
    { now: () => now.value },
  );
  await submit(
    "vp",
    [...many("Chuyên viên XS", "CC", "HTXSNV", 2), ...many("Chuyên viên", "CC", "HTTNV", 6)],
    {
      quotaBase: "good-inclusive",
      quotaRounding: "round",
    },
  );
  await submit("tha", [...many("Giáo viên XS", "VC", "HTXSNV", 3), ...many("Giáo viên", "VC", "HTTNV", 12)]);
  const school = [...many("Giáo viên XS", "VC", "HTXSNV", 1), ...many("Giáo viên", "VC", "HTTNV", 4)];
  await submit("thcs2", school, { quotaRounding: "ceil" });
  now.value = new Date("2026-11-27T08:00:00Z"); // after the schools' deadline of 25/11
  await submit("thcs1", school);
}, 60_000);

afterAll(async () => {
  await backEnd?.stop();
});

describe("the consolidated view", () => {
  it("adds up each unit's own check, with its own settings, per population", async () => {
    const so = await view("so");
    expect(so.quota).toEqual([
      { population: "CC", units: 1, excellent: 2, base: 8, allowed: 2, excess: 0, over: 0 },
      // THPT A 2 + THCS 1 0 + THCS 2 1 allowed; THPT A and THCS 1 each 1 over.
      { population: "VC", units: 3, excellent: 5, base: 20, allowed: 3, excess: 2, over: 2 },
    ]);
    expect(so.approvedRates).toEqual([]);
    const phong = so.children.find((c) => c.unitId === "phong")!;
    expect(phong.quota).toEqual([
      { population: "VC", units: 2, excellent: 2, base: 8, allowed: 1, excess: 1, over: 1 },
    ]);
  });

  it("gives a unit with no list of its own the status of its subtree, and the others theirs", async () => {
    const so = await view("so");
    // 6 units below the Sở; Văn phòng, THPT A, THCS 1 and THCS 2 reported.
    expect(so.status).toEqual({ state: "consolidated", below: { reported: 4, units: 6 } });
    const status = Object.fromEntries(so.children.map((c) => [c.unitId, c.status]));
    expect(status).toEqual({
      vp: { state: "on-time", submittedAt: "2026-11-20", deadline: "2026-11-25" },
      tha: { state: "on-time", submittedAt: "2026-11-20", deadline: "2026-11-25" },
      phong: { state: "consolidated", below: { reported: 2, units: 3 } },
    });
    const phong = await view("phong");
    expect(Object.fromEntries(phong.children.map((c) => [c.unitId, c.status.state]))).toEqual({
      thcs1: "late",
      thcs2: "on-time",
      thcs3: "missing",
    });
  });
});

describe("an approved rate", () => {
  it("is granted only by the authority above the unit, as a rate between 0 and 1", async () => {
    expect((await rate("tha", await backEnd.token("clerk", "tha"), { rate: 0.25 })).status).toBe(403);
    expect((await rate("tha", await backEnd.token("reviewer", "tha"), { rate: 0.25 })).status).toBe(403);
    expect((await rate("tha", await backEnd.token("reviewer", "phong"), { rate: 0.25 })).status).toBe(403);
    const reviewer = await backEnd.token("reviewer", "so");
    const bad = await rate("tha", reviewer, { rate: 25 });
    expect(bad.status).toBe(400);
    expect((bad.body.details as { path: string }[]).map((d) => d.path)).toEqual(["rate"]);
    expect((await rate("tha", reviewer, { rate: 0.25, note: "x" })).status).toBe(400);
  });

  it("counts the unit's quota at that rate in every figure above it, and is named", async () => {
    const granted = await rate("tha", await backEnd.token("reviewer", "so"), { rate: 0.25 });
    expect(granted).toEqual({ status: 200, body: { unitId: "tha", year: 2026, rate: 0.25 } });
    const so = await view("so");
    // THPT A now allowed floor(25% × 12) = 3 and not over: VC allowed 3 + 0 + 1 = 4, THCS 1 alone over.
    expect(so.quota).toContainEqual({
      population: "VC",
      units: 3,
      excellent: 5,
      base: 20,
      allowed: 4,
      excess: 1,
      over: 1,
    });
    expect(so.children.find((c) => c.unitId === "tha")!.quota).toEqual([
      { population: "VC", units: 1, excellent: 3, base: 12, allowed: 3, excess: 0, over: 0 },
    ]);
    expect(so.approvedRates).toEqual([{ unitId: "tha", name: "Trường THPT A", rate: 0.25 }]);
    // Phòng GD's subtree holds no approved unit: unchanged.
    expect((await view("phong")).approvedRates).toEqual([]);
  });
});

describe("the report", () => {
  async function model(lang = "vi"): Promise<ReportModel> {
    const res = await call(
      "GET",
      "/periods/2026/units/so/report.json",
      await backEnd.token("reviewer", "so"),
      undefined,
      lang,
    );
    expect(res.status).toBe(200);
    return res.body.model as ReportModel;
  }
  /** The cells of each row of a sheet, by row number. */
  const rows = (cells: readonly ReportCell[]) => {
    const out = new Map<number, Map<number, ReportCell>>();
    for (const c of cells) out.set(c.row, (out.get(c.row) ?? new Map()).set(c.col, c));
    return [...out.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  };
  /** The row labelled `label` in the block of `unit` in Biểu A. */
  function blockRow(sheet: ReportModel["sheets"][number], unit: string, label: string) {
    const all = rows(sheet.cells);
    const start = all.findIndex((r) => r.get(2)?.value === unit);
    expect(start).toBeGreaterThan(-1);
    return all.slice(start + 1).find((r) => r.get(2)?.value === label)!;
  }
  const RATIO = 14;
  const NOTE = 15;

  it("gives Phòng GD, which sent nothing itself, its block in Biểu A, judged by its schools' own checks", async () => {
    const [staff] = (await model()).sheets;
    const vc = blockRow(staff!, "Phòng GD huyện", "Viên chức");
    // THCS 1 and THCS 2: 10 viên chức, 2 HTXSNV and 8 HTTNV; ratio 2 / 8 = 25%.
    expect([3, 6, 8].map((c) => vc.get(c)?.value)).toEqual([10, 2, 8]);
    expect(vc.get(RATIO)).toMatchObject({ value: 25, style: "numberHigh" });
    expect(vc.get(NOTE)?.value).toBe("Vượt số được phép 1: 2 HTXSNV, được phép 1 (1/2 đơn vị vượt)");
  });

  it("judges each unit by its own settings and approved rate, and names the rate", async () => {
    const [staff] = (await model()).sheets;
    // Văn phòng: 2 / 6 = 33.3% of HTTNV, yet within the 2 its own settings allow: not highlighted.
    const cc = blockRow(staff!, "Văn phòng Sở", "Công chức");
    expect(cc.get(RATIO)).toMatchObject({ value: 33.3, style: "number" });
    expect(cc.get(NOTE)?.value ?? null).toBeNull();
    // THPT A: 3 / 12 = 25%, within its approved 25%.
    const tha = blockRow(staff!, "Trường THPT A", "Viên chức");
    expect(tha.get(RATIO)).toMatchObject({ value: 25, style: "number" });
    expect(tha.get(NOTE)?.value).toBe("Tỷ lệ được duyệt: Trường THPT A 25%");
    // The whole agency: 5 HTXSNV of viên chức against 4 allowed, THCS 1 alone over.
    const all = blockRow(staff!, "Toàn cơ quan", "Viên chức");
    expect(all.get(RATIO)).toMatchObject({ value: 25, style: "numberHigh" });
    expect(all.get(NOTE)?.value).toBe(
      "Vượt số được phép 1: 5 HTXSNV, được phép 4 (1/3 đơn vị vượt); Tỷ lệ được duyệt: Trường THPT A 25%",
    );
  });

  it("lists each unit's status in the report's words, Vietnamese and English", async () => {
    const statuses = async (lang: string) => {
      const lists = (await model(lang)).sheets[2]!;
      return Object.fromEntries(
        rows(lists.cells)
          .filter((r) =>
            ["Văn phòng Sở", "Trường THPT A", "Phòng GD huyện"].includes(String(r.get(2)?.value)),
          )
          .map((r) => [r.get(2)!.value, r.get(4)?.value]),
      );
    };
    expect(await statuses("vi")).toEqual({
      "Văn phòng Sở": "Đúng hạn",
      "Trường THPT A": "Đúng hạn",
      "Phòng GD huyện": "Đã tổng hợp 2/3 đơn vị",
    });
    expect(await statuses("en")).toEqual({
      "Văn phòng Sở": "On time",
      "Trường THPT A": "On time",
      "Phòng GD huyện": "Consolidated 2/3 units",
    });
  });
});
