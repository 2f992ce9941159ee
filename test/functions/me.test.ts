/** `GET /api/me`: the caller from its bearer token, with its unit's and parent's names from the tree. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

const me = async (token?: string, lang = "vi") => {
  const res = await fetch(`${backEnd.api}/me`, {
    headers: { "accept-language": lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  backEnd = await startBackEnd([
    { id: "tinh", name: "UBND tỉnh Quảng Ngãi", parentId: null },
    { id: "snv", name: "Sở Nội vụ", parentId: "tinh" },
    { id: "snv-tccb", name: "Phòng Tổ chức cán bộ", parentId: "snv" },
  ]);
}, 60_000);

afterAll(async () => {
  await backEnd?.stop();
});

describe("GET /api/me", () => {
  it("gives a clerk its subject, role, unit and the unit above, by name", async () => {
    const res = await me(await backEnd.token("clerk", "snv-tccb"));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      subject: "user-clerk-snv-tccb",
      roles: ["clerk"],
      unitId: "snv-tccb",
      unitName: "Phòng Tổ chức cán bộ",
      parentId: "snv",
      parentName: "Sở Nội vụ",
    });
  });

  it("gives a reviewer of the root unit no parent", async () => {
    const res = await me(await backEnd.token("reviewer", "tinh"));
    expect(res.body).toEqual({
      subject: "user-reviewer-tinh",
      roles: ["reviewer"],
      unitId: "tinh",
      unitName: "UBND tỉnh Quảng Ngãi",
    });
  });

  it("answers 404 when the token's unit is not in the tree, in Vietnamese or in English", async () => {
    const token = await backEnd.token("clerk", "phong-moi");
    const vi = await me(token);
    expect(vi.status).toBe(404);
    expect(vi.body.error).toContain('"phong-moi"');
    expect(vi.body.error).toContain("không có trong cây đơn vị");
    const en = await me(token, "en");
    expect(en.status).toBe(404);
    expect(en.body.error).toContain('unit "phong-moi" is not in the agency tree');
  });

  it("needs a valid token (401 with WWW-Authenticate)", async () => {
    const none = await me();
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect((await me("not-a-token")).status).toBe(401);
  });
});
