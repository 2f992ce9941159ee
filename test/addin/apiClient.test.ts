/**
 * The task pane's API client against the real back end: the local host on Azurite, in Node, whose
 * `fetch` is the browser's API. Submitting, replaying, conflicts, reviewers' views, and every kind of
 * failure as one ApiError in the clerk's language.
 */
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../dev/azurite.js";
import type { Role } from "../../functions/auth/identity.js";
import { ApiClient } from "../../addin/backend/client.js";
import { ApiError } from "../../addin/backend/problem.js";
import type { Lang } from "../../shared/i18n.js";
import type { Submission } from "../../shared/submission/schema.js";
import { putUnits } from "../../functions/storage/units.js";
import { startBackEnd, type LocalBackEnd } from "../functions/localBackEnd.js";

const NOW = "2026-11-20T09:00:00.000Z";
let backEnd: LocalBackEnd;

const clientFor = (role: Role, unitId: string, lang: Lang = "vi") =>
  new ApiClient({ baseUrl: `${backEnd.api}/`, getToken: () => backEnd.token(role, unitId), lang });

/** The ApiError a call fails with (the test fails if it does not). */
async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const people = (levels: string[]): Submission => ({
  people: levels.map((level, i) => ({
    fullName: `Người ${i + 1}`,
    staffType: "CC",
    level,
  })) as Submission["people"],
});

beforeAll(async () => {
  backEnd = await startBackEnd(
    [
      { id: "so", name: "Sở Nội vụ", parentId: null, deadline: "2026-11-25" },
      { id: "phong-a", name: "Phòng Tổ chức cán bộ", parentId: "so", deadline: "2026-11-25" },
      { id: "phong-b", name: "Phòng Kế hoạch", parentId: "so", deadline: "2026-11-25" },
    ],
    { now: () => new Date(NOW) },
  );
}, 60_000);

afterAll(async () => {
  await backEnd?.stop();
});

describe("signing in", () => {
  it("gets a development token and learns the account's unit with it", async () => {
    const anonymous = new ApiClient({
      baseUrl: backEnd.api,
      getToken: () => Promise.reject(new Error("no token needed")),
      lang: "vi",
    });
    const token = await anonymous.devToken({ sub: "thu-ky", unitId: "phong-a", role: "clerk" });
    const client = new ApiClient({ baseUrl: backEnd.api, getToken: async () => token, lang: "vi" });
    expect(await client.me()).toEqual({
      subject: "thu-ky",
      roles: ["clerk"],
      unitId: "phong-a",
      unitName: "Phòng Tổ chức cán bộ",
      parentId: "so",
      parentName: "Sở Nội vụ",
    });
  });
});

describe("a clerk's submission", () => {
  const clerk = () => clientFor("clerk", "phong-a");
  let first: Awaited<ReturnType<ApiClient["putSubmission"]>>;

  it("is absent before the first one", async () => {
    expect(await clerk().getSubmission(2026, "phong-a")).toBeUndefined();
  });

  it("is stored (201) and the receipt gives version, time, ETag and the figures the server worked out", async () => {
    first = await clerk().putSubmission(
      2026,
      "phong-a",
      people(["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"]),
      {
        idempotencyKey: "gui-1",
      },
    );
    expect(first).toMatchObject({ status: 201, version: 1, etag: '"1"', submittedAt: NOW });
    // 6 công chức: 1 HTXSNV, 4 HTTNV, 1 HTNV.
    expect(first.summary.people).toBe(6);
    expect(first.summary.byStaffType.CC).toMatchObject({ HTXSNV: 1, HTTNV: 4, HTNV: 1 });
  });

  it("sent again with the same Idempotency-Key gives the same receipt and stores nothing more", async () => {
    const again = await clerk().putSubmission(
      2026,
      "phong-a",
      people(["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"]),
      {
        idempotencyKey: "gui-1",
      },
    );
    expect(again).toEqual(first);
    const read = await clerk().getSubmission(2026, "phong-a");
    expect(read).toMatchObject({ version: 1, etag: '"1"', submittedBy: "user-clerk-phong-a" });
    expect(read?.summary.people).toBe(6);
  });

  it("with a stale If-Match is a conflict the clerk can act on, in the clerk's language", async () => {
    const stale = await failure(
      clerk().putSubmission(2026, "phong-a", people(["HTTNV"]), { ifMatch: '"7"', idempotencyKey: "gui-2" }),
    );
    expect(stale).toMatchObject({ status: 412, conflict: true });
    expect(stale.message).toContain("tải lại");
    const english = await failure(
      clientFor("clerk", "phong-a", "en").putSubmission(2026, "phong-a", people(["HTTNV"]), {
        ifMatch: '"7"',
        idempotencyKey: "gui-3",
      }),
    );
    expect(english.message).toContain("reload");
  });

  it("replaces the version read with its ETag (200, version 2)", async () => {
    const read = await clerk().getSubmission(2026, "phong-a");
    const replaced = await clerk().putSubmission(2026, "phong-a", people(["HTTNV", "HTTNV", "HTNV"]), {
      ifMatch: read!.etag,
      idempotencyKey: "gui-4",
    });
    expect(replaced).toMatchObject({ status: 200, version: 2, etag: '"2"' });
    expect(replaced.summary.people).toBe(3);
  });

  it("with a bad body is a 400 naming the fields", async () => {
    const bad = { people: [{ fullName: "", staffType: "XX", level: "GIOI" }] } as unknown as Submission;
    const error = await failure(
      clerk().putSubmission(2026, "phong-a", bad, { ifMatch: '"2"', idempotencyKey: "gui-5" }),
    );
    expect(error).toMatchObject({ status: 400, conflict: false });
    expect(error.message).toContain("không hợp lệ");
    expect(error.details.map((d) => d.path)).toEqual(
      expect.arrayContaining(["people.0.fullName", "people.0.staffType", "people.0.level"]),
    );
  });
});

describe("a reviewer's views", () => {
  it("the consolidated view: the submitted child, the missing one, and the totals", async () => {
    const view = await clientFor("reviewer", "so").getConsolidated(2026, "so");
    // Phòng TCCB's latest version: 2 HTTNV and 1 HTNV; Phòng Kế hoạch has sent nothing.
    expect(view.total).toMatchObject({
      people: 3,
      byLevel: { HTXSNV: 0, HTTNV: 2, HTNV: 1, KHTNV: 0, KXL: 0 },
    });
    expect(view.children.map((c) => [c.unitId, c.status.state])).toEqual([
      ["phong-a", "on-time"],
      ["phong-b", "missing"],
    ]);
  });

  it("the consolidated view of a parent of 250 units: every child once, in order, across its pages", async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `truong-${String(i).padStart(3, "0")}`);
    await putUnits(backEnd.store, [
      { id: "so-gd", name: "Sở Giáo dục", parentId: null },
      ...ids.map((id) => ({ id, name: `Trường ${id}`, parentId: "so-gd" })),
    ]);
    const view = await clientFor("reviewer", "so-gd").getConsolidated(2026, "so-gd");
    expect(view.children.map((c) => c.unitId)).toEqual(ids);
    expect(view.next).toBeUndefined();
  });

  it("the report model, in the client's language", async () => {
    const vi = await clientFor("reviewer", "so").getReportModel(2026, "so");
    expect(vi.sheets.map((s) => s.name)).toEqual(["Biểu A - CBCCVC", "Biểu B - Đảng viên", "Danh sách"]);
    expect(vi.sheets[2]!.cells.map((c) => c.value)).toContain("Phòng Kế hoạch");
    const en = await clientFor("reviewer", "so", "en").getReportModel(2026, "so");
    expect(en.sheets[0]!.name).toBe("A - Staff");
  });

  it("are refused to a clerk (403), not as a conflict", async () => {
    const error = await failure(clientFor("clerk", "phong-a").getConsolidated(2026, "so"));
    expect(error).toMatchObject({ status: 403, conflict: false });
    expect(error.message).toContain("không có quyền");
  });
});

describe("failures without a problem from our back end", () => {
  let proxy: Server;
  let proxyUrl: string;
  beforeAll(async () => {
    // What a gateway in front of the app might answer: HTML, or a bare 503 with Retry-After.
    proxy = createServer((req, res) => {
      if (req.url?.endsWith("/me"))
        res.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>");
      else res.writeHead(503, { "retry-after": "12" }).end();
    });
    const port = await freePort();
    await new Promise<void>((resolve) => proxy.listen(port, "127.0.0.1", resolve));
    proxyUrl = `http://127.0.0.1:${port}/api`;
  });
  afterAll(async () => {
    await new Promise((r) => proxy?.close(r));
  });

  it("no server at all is status 0 with a message in the client's language", async () => {
    const baseUrl = `http://127.0.0.1:${await freePort()}/api`;
    const getToken = async () => "t";
    const vi = await failure(new ApiClient({ baseUrl, getToken, lang: "vi" }).me());
    expect(vi.status).toBe(0);
    expect(vi.message).toContain("Không kết nối được máy chủ");
    const en = await failure(new ApiClient({ baseUrl, getToken, lang: "en" }).me());
    expect(en.message).toContain("Cannot reach the server");
  });

  it("an answer that is not a problem body gives the status, and Retry-After when sent", async () => {
    const client = new ApiClient({ baseUrl: proxyUrl, getToken: async () => "t", lang: "vi" });
    const gateway = await failure(client.me());
    expect(gateway.status).toBe(502);
    expect(gateway.message).toContain("502");
    const busy = await failure(client.getConsolidated(2026, "so"));
    expect(busy).toMatchObject({ status: 503, retryAfter: 12 });
  });
});
