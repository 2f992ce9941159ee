/**
 * What review found lax, on the local host and Azurite: settings the server does not take are
 * refused, the year is four plain digits, and an unknown unit is 403 to anyone who could not see
 * it (only an admin, who sees every unit, learns that it does not exist).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVINCE_AND_OFFICE, startBackEnd, type LocalBackEnd } from "./localBackEnd.js";

let backEnd: LocalBackEnd;

beforeAll(async () => {
  backEnd = await startBackEnd(PROVINCE_AND_OFFICE);
}, 60_000);

afterAll(() => backEnd?.stop());

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${backEnd.api}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const people = [{ fullName: "Nguyễn Văn An", staffType: "CC", level: "HTTNV" }];

describe("strict input", () => {
  it("refuses a setting the server does not take (400), rather than dropping it", async () => {
    const clerk = await backEnd.token("clerk", "snv");
    const res = await call("PUT", "/periods/2026/units/snv/submission", clerk, {
      people,
      settings: { quotaRounding: "exact", quotaRate: 0.5 },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.details)).toContain("settings");
    const unknown = await call("PUT", "/periods/2026/units/snv/submission", clerk, {
      people,
      settings: { khongCo: true },
    });
    expect(unknown.status).toBe(400);
  });

  it("takes the year as four plain decimal digits only", async () => {
    const admin = await backEnd.token("admin", "tinh");
    for (const year of ["0x7EA", "2026e0", "+2026", "2026.0", " 2026", "02026", "1999"])
      expect(
        (await call("GET", `/periods/${encodeURIComponent(year)}/units/snv/submission`, admin)).status,
      ).toBe(400);
    expect((await call("GET", "/periods/2026/units/snv/submission", admin)).status).toBe(404);
  });

  it("answers an unknown unit with 403 to a clerk and a reviewer, as a unit not theirs, and 404 to an admin", async () => {
    const clerk = await backEnd.token("clerk", "snv");
    const reviewer = await backEnd.token("reviewer", "tinh");
    const admin = await backEnd.token("admin", "tinh");
    for (const path of ["/submission", "/submission/history", "/consolidated", "/report.json"]) {
      expect((await call("GET", `/periods/2026/units/khong-co${path}`, clerk)).status).toBe(403);
      expect((await call("GET", `/periods/2026/units/khong-co${path}`, reviewer)).status).toBe(403);
    }
    expect((await call("PUT", "/periods/2026/units/khong-co/submission", clerk, { people })).status).toBe(
      403,
    );
    expect((await call("GET", "/periods/2026/units/khong-co/consolidated", admin)).status).toBe(404);
  });
});
