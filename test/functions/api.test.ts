/**
 * The back end over HTTP on the local host, on a real Azurite started here and stopped after:
 * tree, submissions (ETag, Idempotency-Key, re-derived figures), roll-up, roles and scopes.
 */
import type { Server } from "node:http";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, freePort, type RunningAzurite } from "../../dev/azurite.js";
import { keyVerifier, signDevToken, type Role } from "../../functions/auth/identity.js";
import { startLocalHost } from "../../functions/localHost.js";
import { setServices } from "../../functions/services.js";
import { openStore, prepareStore } from "../../functions/storage/store.js";

let azurite: RunningAzurite;
let server: Server;
let base: string;
const key = randomBytes(32);
const now = { value: new Date("2026-11-20T09:00:00Z") };

const token = (role: Role, unitId: string) =>
  signDevToken(key, { subject: `user-${role}-${unitId}`, role, unitId });

async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      ...options.headers,
    },
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

const person = (fullName: string, level: string, extra: Record<string, unknown> = {}) => ({
  fullName,
  staffType: "CC",
  level,
  ...extra,
});

beforeAll(async () => {
  azurite = await startAzurite();
  const store = openStore(azurite.connectionString);
  await prepareStore(store);
  setServices({ store, verify: keyVerifier(key), devKey: key, now: () => now.value });
  const port = await freePort();
  server = await startLocalHost(port);
  base = `http://127.0.0.1:${port}/api`;
  const admin = await token("admin", "tinh");
  const tree = await call("PUT", "/orgs/units", {
    token: admin,
    body: {
      units: [
        { id: "tinh", name: "UBND tỉnh", parentId: null },
        { id: "snv", name: "Sở Nội vụ", parentId: "tinh", deadline: "2026-11-25" },
        { id: "stc", name: "Sở Tài chính", parentId: "tinh", deadline: "2026-11-25" },
        { id: "snv-tccb", name: "Phòng Tổ chức cán bộ", parentId: "snv" },
      ],
    },
  });
  expect(tree.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await azurite?.stop();
});

describe("health", () => {
  it("answers ok once storage answers", async () => {
    expect(await call("GET", "/health")).toMatchObject({ status: 200, body: { status: "ok" } });
  });
});

describe("the agency tree (admin)", () => {
  it("refuses a caller without a token (401), a bad token (401) and a clerk (403)", async () => {
    const body = { units: [{ id: "x", name: "X", parentId: null }] };
    expect((await call("PUT", "/orgs/units", { body })).status).toBe(401);
    expect((await call("PUT", "/orgs/units", { body, token: "not-a-token" })).status).toBe(401);
    expect((await call("PUT", "/orgs/units", { body, token: await token("clerk", "snv") })).status).toBe(403);
  });

  it("refuses an unknown parent and a cycle with 400, in Vietnamese", async () => {
    const admin = await token("admin", "tinh");
    const unknown = await call("PUT", "/orgs/units", {
      token: admin,
      body: { units: [{ id: "p1", name: "Phòng 1", parentId: "khong-co" }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain("không có đơn vị cấp trên");
    const cycle = await call("PUT", "/orgs/units", {
      token: admin,
      body: { units: [{ id: "tinh", name: "UBND tỉnh", parentId: "snv-tccb" }] },
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error).toContain("vòng lặp");
  });
});

describe("a unit's submission", () => {
  const path = "/periods/2026/units/snv-tccb/submission";

  it("is created (201) with figures the server works out itself, and read back with its ETag", async () => {
    const clerk = await token("clerk", "snv-tccb");
    const people = [
      person("Nguyễn Văn An", "HTXSNV", { votesFor: 9 }),
      ...["Bình", "Cường", "Dung", "Em", "Giang"].map((n) => person(`Trần Văn ${n}`, "HTTNV")),
      person("Lê Văn Hải", "KXL", { reason: "Công tác dưới 6 tháng" }),
    ];
    const created = await call("PUT", path, { token: clerk, body: { people } });
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"1"');
    // 7 công chức: 1 HTXSNV, 5 HTTNV, 1 KXL; quota floor(20% × 5) = 1, so no excess.
    const summary = created.body.summary as { people: number; byStaffType: { CC: Record<string, number> } };
    expect(summary.people).toBe(7);
    expect(summary.byStaffType.CC).toMatchObject({ HTXSNV: 1, HTTNV: 5, KXL: 1 });
    const agency = (created.body.quota as { scope: string; allowed: number; excess: number }[]).find(
      (q) => q.scope === "agency",
    );
    expect(agency).toMatchObject({ allowed: 1, excess: 0 });
    const read = await call("GET", path, { token: clerk });
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.body.version).toBe(1);
  });

  it("needs If-Match to replace (428), refuses a stale one (412), and replaces with the current one (200)", async () => {
    const clerk = await token("clerk", "snv-tccb");
    const body = { people: [person("Nguyễn Văn An", "HTTNV"), person("Trần Văn Bình", "HTTNV")] };
    expect((await call("PUT", path, { token: clerk, body })).status).toBe(428);
    expect((await call("PUT", path, { token: clerk, body, headers: { "if-match": '"7"' } })).status).toBe(
      412,
    );
    const replaced = await call("PUT", path, { token: clerk, body, headers: { "if-match": '"1"' } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.version).toBe(2);
    const history = await call("GET", `${path}/history`, { token: clerk });
    expect((history.body.versions as { version: number }[]).map((v) => v.version)).toEqual([1, 2]);
  });

  it("replays the first answer for an Idempotency-Key and changes nothing", async () => {
    const clerk = await token("clerk", "snv-tccb");
    const body = { people: [person("Nguyễn Văn An", "HTXSNV"), person("Trần Văn Bình", "HTTNV")] };
    const headers = { "if-match": '"2"', "idempotency-key": "lan-gui-3" };
    const first = await call("PUT", path, { token: clerk, body, headers });
    const again = await call("PUT", path, { token: clerk, body, headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(first.body.version);
    expect(again.body.summary).toEqual(first.body.summary);
    const history = await call("GET", `${path}/history`, { token: clerk });
    expect((history.body.versions as unknown[]).length).toBe(3);
  });

  it("refuses bad input with 400 and the field paths, and a clerk of another unit with 403", async () => {
    const clerk = await token("clerk", "snv-tccb");
    const bad = await call("PUT", path, {
      token: clerk,
      headers: { "if-match": '"3"' },
      body: { people: [{ fullName: "", staffType: "XX", level: "GIOI" }] },
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body.details as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["people.0.fullName", "people.0.staffType", "people.0.level"]),
    );
    const notJson = await call("PUT", path, { token: clerk, body: "{ not json" });
    expect(notJson.status).toBe(400);
    const other = await call("PUT", path, { token: await token("clerk", "stc"), body: { people: [] } });
    expect(other.status).toBe(403);
  });

  it("refuses fields the privacy rules keep in the workbook (birth dates, discipline)", async () => {
    const clerk = await token("clerk", "snv-tccb");
    const res = await call("PUT", path, {
      token: clerk,
      headers: { "if-match": '"3"' },
      body: { people: [person("Nguyễn Văn An", "HTTNV", { birthDate: "1980-01-01" })] },
    });
    expect(res.status).toBe(400);
  });

  it("refuses a body over the limit with 413", async () => {
    const clerk = await token("clerk", "snv-tccb");
    const res = await call("PUT", path, {
      token: clerk,
      body: `{"people":[${" ".repeat(5 * 1024 * 1024)}]}`,
    });
    expect(res.status).toBe(413);
  });
});

describe("the roll-up", () => {
  it("gives a reviewer its subtree's totals and each child's status, and keeps a reviewer out of other subtrees", async () => {
    const stcClerk = await token("clerk", "stc");
    now.value = new Date("2026-11-27T08:00:00Z"); // after Sở Tài chính's deadline of 25/11
    const stc = await call("PUT", "/periods/2026/units/stc/submission", {
      token: stcClerk,
      body: { people: [person("Phạm Thị Lan", "HTTNV"), person("Vũ Văn Minh", "HTNV")] },
    });
    expect(stc.status).toBe(201);
    const reviewer = await token("reviewer", "tinh");
    const res = await call("GET", "/periods/2026/units/tinh/consolidated", { token: reviewer });
    expect(res.status).toBe(200);
    // Phòng TCCB's latest (version 3): 1 HTXSNV + 1 HTTNV; Sở Tài chính: 1 HTTNV + 1 HTNV.
    expect(res.body.total).toMatchObject({
      people: 4,
      byLevel: { HTXSNV: 1, HTTNV: 2, HTNV: 1, KHTNV: 0, KXL: 0 },
    });
    // 2026 (RULES.md §9): the quota among công chức, the only population here, each unit's own
    // check added up. Phòng TCCB: 1 HTXSNV against 1 HTTNV, floor(20% × 1) = 0 allowed, 1 over;
    // Sở Tài chính: no HTXSNV, 1 HTTNV, 0 allowed. No empty viên chức or cán bộ population.
    expect(res.body.quota).toEqual([
      { population: "CC", units: 2, excellent: 1, base: 2, allowed: 0, excess: 1, over: 1 },
    ]);
    // Sở Nội vụ sent nothing itself, but its one unit below did: consolidated, not missing.
    const children = res.body.children as { unitId: string; status: unknown; summary?: { people: number } }[];
    expect(children.find((c) => c.unitId === "snv")).toMatchObject({
      status: { state: "consolidated", below: { reported: 1, units: 1 }, deadline: "2026-11-25" },
      summary: { people: 2 },
    });
    expect(children.find((c) => c.unitId === "stc")).toEqual(
      expect.objectContaining({
        status: { state: "late", submittedAt: "2026-11-27", deadline: "2026-11-25" },
        summary: expect.objectContaining({ people: 2 }),
      }),
    );
    // The province itself sent nothing; 2 of its 3 units below did.
    expect(res.body.status).toEqual({ state: "consolidated", below: { reported: 2, units: 3 } });
    const outsider = await token("reviewer", "stc");
    expect((await call("GET", "/periods/2026/units/snv/consolidated", { token: outsider })).status).toBe(403);
  });

  it("counts siblings that submit at the same moment, each once", async () => {
    const admin = await token("admin", "tinh");
    const ids = Array.from({ length: 8 }, (_, i) => `xa-${i + 1}`);
    await call("PUT", "/orgs/units", {
      token: admin,
      body: {
        units: [
          { id: "huyen", name: "UBND huyện", parentId: null },
          ...ids.map((id) => ({ id, name: `Xã ${id}`, parentId: "huyen" })),
        ],
      },
    });
    const results = await Promise.all(
      ids.map(async (id, i) =>
        call("PUT", `/periods/2026/units/${id}/submission`, {
          token: await token("clerk", id),
          body: { people: Array.from({ length: i + 1 }, (_, k) => person(`Người ${k}`, "HTTNV")) },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 201));
    const res = await call("GET", "/periods/2026/units/huyen/consolidated", { token: admin });
    // 1 + 2 + … + 8 people.
    expect(res.body.total).toMatchObject({ people: 36, byLevel: { HTTNV: 36 } });
  });
});

describe("development token", () => {
  it("is issued for { sub, unitId, role } and works against the API", async () => {
    const issued = await call("POST", "/dev/token", {
      body: { sub: "thu-ky", unitId: "snv", role: "reviewer" },
    });
    expect(issued.status).toBe(200);
    const res = await call("GET", "/periods/2026/units/snv/consolidated", {
      token: issued.body.token as string,
    });
    expect(res.status).toBe(200);
  });
});

describe("the consolidated report workbook", () => {
  it("is the report of REPORT.md for the unit's reporting units, its numbers those of the roll-up", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const reviewer = await token("reviewer", "tinh");
    const res = await fetch(`${base}/periods/2026/units/tinh/report.xlsx`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const [staff, , lists] = wb.worksheets;
    const rowOf = (label: string) => {
      let found: import("exceljs").Row | undefined;
      staff!.eachRow((row) => {
        if (row.getCell(2).value === label) found = row;
      });
      return found!;
    };
    // The grand total over Sở Nội vụ (2 công chức: Phòng TCCB's latest) and Sở Tài chính (2).
    // The grand total row against the roll-up: Tổng số, KXL, rated, then SL of HTXSNV, HTTNV, HTNV, KHTNV.
    const consolidated = await call("GET", "/periods/2026/units/tinh/consolidated", { token: reviewer });
    const byLevel = (consolidated.body.total as { byLevel: Record<string, number> }).byLevel;
    const total = rowOf("Tổng cộng (1+2+3)");
    expect([3, 4, 5, 6, 8, 10, 12].map((c) => total.getCell(c).value)).toEqual([
      4,
      byLevel.KXL,
      4 - byLevel.KXL!,
      byLevel.HTXSNV,
      byLevel.HTTNV,
      byLevel.HTNV,
      byLevel.KHTNV,
    ]);
    const listed: string[] = [];
    lists!.eachRow((row) => row.eachCell((cell) => listed.push(String(cell.value))));
    expect(listed).toContain("Nguyễn Văn An");
    // Sở Tài chính reported after its deadline; Sở Nội vụ itself never submitted.
    expect(listed).toEqual(expect.arrayContaining(["Sở Tài chính", "Sở Nội vụ"]));
  });

  it("is refused to a clerk of a unit below (403)", async () => {
    const res = await fetch(`${base}/periods/2026/units/tinh/report.xlsx`, {
      headers: { authorization: `Bearer ${await token("clerk", "stc")}` },
    });
    expect(res.status).toBe(403);
  });
});

describe("unknown things", () => {
  it("answers 404 for a unit not in the tree and for a unit that has not submitted, 400 for a bad year", async () => {
    const admin = await token("admin", "tinh");
    expect((await call("GET", "/periods/2026/units/khong-co/submission", { token: admin })).status).toBe(404);
    const none = await call("GET", "/periods/2025/units/stc/submission", { token: admin });
    expect(none.status).toBe(404);
    expect(none.body.error).toContain("chưa gửi kết quả năm 2025");
    expect((await call("GET", "/periods/nam-nay/units/stc/submission", { token: admin })).status).toBe(400);
    expect((await call("GET", "/khong-co-duong-nay")).status).toBe(404);
  });
});

describe("an older answer replayed", () => {
  it("returns the first answer again but leaves the totals at the latest version", async () => {
    const clerk = await token("clerk", "xa-1");
    const path = "/periods/2026/units/xa-1/submission";
    const admin = await token("admin", "tinh");
    const totalOf = async () =>
      (
        (await call("GET", "/periods/2026/units/huyen/consolidated", { token: admin })).body.total as {
          people: number;
        }
      ).people;
    const before = await totalOf();
    // xa-1 sent 1 person in the concurrent round; now 3, then 5 people, each with its own key.
    const three = { people: [1, 2, 3].map((k) => person(`Người ${k}`, "HTTNV")) };
    const five = { people: [1, 2, 3, 4, 5].map((k) => person(`Người ${k}`, "HTTNV")) };
    const v2 = await call("PUT", path, {
      token: clerk,
      body: three,
      headers: { "if-match": '"1"', "idempotency-key": "xa1-a" },
    });
    const v3 = await call("PUT", path, {
      token: clerk,
      body: five,
      headers: { "if-match": '"2"', "idempotency-key": "xa1-b" },
    });
    expect([v2.status, v3.status]).toEqual([200, 200]);
    expect(await totalOf()).toBe(before + 4);
    const replay = await call("PUT", path, {
      token: clerk,
      body: three,
      headers: { "if-match": '"1"', "idempotency-key": "xa1-a" },
    });
    expect(replay.body.version).toBe(2);
    expect(await totalOf()).toBe(before + 4);
  });
});

describe("races and rights found in review", () => {
  it("two replacements racing with the same If-Match: the stored version is the winner's people", async () => {
    const clerk = await token("clerk", "xa-2");
    const path = "/periods/2026/units/xa-2/submission";
    const current = await call("GET", path, { token: clerk });
    const ifMatch = current.headers.get("etag")!;
    const body = (n: number) => ({
      people: Array.from({ length: n }, (_, k) => person(`Người ${k}`, "HTTNV")),
    });
    const [a, b] = await Promise.all([
      call("PUT", path, { token: clerk, body: body(4), headers: { "if-match": ifMatch } }),
      call("PUT", path, { token: clerk, body: body(5), headers: { "if-match": ifMatch } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? a : b;
    const stored = await call("GET", path, { token: clerk });
    expect((stored.body.summary as { people: number }).people).toBe(
      (winner.body.summary as { people: number }).people,
    );
  });

  it("two tree changes that together would make a cycle: one is refused, and reading the tree still works", async () => {
    const admin = await token("admin", "tinh");
    await call("PUT", "/orgs/units", {
      token: admin,
      body: {
        units: [
          { id: "goc", name: "Gốc", parentId: null },
          { id: "x", name: "X", parentId: "goc" },
          { id: "y", name: "Y", parentId: "goc" },
        ],
      },
    });
    const [xy, yx] = await Promise.all([
      call("PUT", "/orgs/units", { token: admin, body: { units: [{ id: "x", name: "X", parentId: "y" }] } }),
      call("PUT", "/orgs/units", { token: admin, body: { units: [{ id: "y", name: "Y", parentId: "x" }] } }),
    ]);
    expect([xy.status, yx.status].filter((s) => s === 200)).toHaveLength(1);
    expect([xy.status, yx.status].filter((s) => s === 409 || s === 400)).toHaveLength(1);
    expect((await call("GET", "/periods/2026/units/x/consolidated", { token: admin })).status).toBe(200);
  });

  it("a clerk reads its unit's submission but not the consolidated view or the report (reviewers only)", async () => {
    const clerk = await token("clerk", "snv-tccb");
    expect((await call("GET", "/periods/2026/units/snv-tccb/submission", { token: clerk })).status).toBe(200);
    expect((await call("GET", "/periods/2026/units/snv-tccb/consolidated", { token: clerk })).status).toBe(
      403,
    );
  });

  it("a token without an expiry is refused (401)", async () => {
    const { SignJWT } = await import("jose");
    const forever = await new SignJWT({ role: "admin", unitId: "tinh" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("xep-loai-development")
      .setAudience("xep-loai-api")
      .sign(key);
    expect((await call("GET", "/periods/2026/units/tinh/consolidated", { token: forever })).status).toBe(401);
  });
});
