/**
 * Entra ID token checks with jose, against a key set served on loopback the way the tenant's
 * `discovery/v2.0/keys` endpoint serves it: signature, issuer, audience, expiry, roles and unit.
 */
import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../dev/azurite.js";
import { entraVerifier, type Verifier } from "../../functions/auth/identity.js";
import { RequestProblem } from "../../functions/http/problem.js";

const TENANT = "11111111-2222-3333-4444-555555555555";
const AUDIENCE = "api://xep-loai";
let server: Server;
let authority: string;
let signing: CryptoKey;
let stranger: CryptoKey;
let verify: Verifier;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signing = pair.privateKey;
  stranger = (await generateKeyPair("RS256")).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  const port = await freePort();
  authority = `http://127.0.0.1:${port}`;
  server = createServer((req, res) => {
    if (req.url === `/${TENANT}/discovery/v2.0/keys`) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  verify = entraVerifier(TENANT, AUDIENCE, authority);
});

afterAll(() => new Promise((r) => server.close(r)));

function token(
  claims: JWTPayload,
  options: { key?: CryptoKey; issuer?: string; audience?: string; expires?: string } = {},
) {
  return new SignJWT({ roles: ["clerk"], unitId: "snv", scp: "access_as_user", ...claims })
    .setProtectedHeader({ alg: "RS256", kid: "key-1" })
    .setSubject("oid-123")
    .setIssuer(options.issuer ?? `${authority}/${TENANT}/v2.0`)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? "1h")
    .sign(options.key ?? signing);
}

async function status(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof RequestProblem ? error.status : -1;
  }
}

describe("Entra ID tokens", () => {
  it("accept a token the tenant signed for this API, and read the role and the unit from it", async () => {
    expect(await verify(await token({ roles: ["reviewer"], unitId: "tinh" }))).toEqual({
      subject: "oid-123",
      roles: ["reviewer"],
      unitId: "tinh",
    });
  });

  it("keep every role a person holds, so a clerk who is also an admin may still submit", async () => {
    expect((await verify(await token({ roles: ["admin", "clerk", "Other"] }))).roles).toEqual([
      "clerk",
      "admin",
    ]);
  });

  it("refuse (401) another key's signature, another issuer, another audience, an expired token", async () => {
    expect(await status(verify(await token({}, { key: stranger })))).toBe(401);
    expect(await status(verify(await token({}, { issuer: `${authority}/other-tenant/v2.0` })))).toBe(401);
    expect(await status(verify(await token({}, { audience: "api://other-app" })))).toBe(401);
    expect(await status(verify(await token({}, { expires: "-1m" })))).toBe(401);
  });

  it("refuse (401) an ID token, or an access token for another scope: no `scp` with this API's scope", async () => {
    expect(await status(verify(await token({ scp: undefined, nonce: "n", roles: ["admin"] })))).toBe(401);
    expect(await status(verify(await token({ scp: "User.Read" })))).toBe(401);
    expect(await status(verify(await token({ scp: "User.Read access_as_user" })))).toBe("ok");
  });

  it("refuse (401) a token without one of our roles or without a unit", async () => {
    expect(await status(verify(await token({ roles: ["guest"] })))).toBe(401);
    expect(await status(verify(await token({ unitId: undefined })))).toBe(401);
  });
});
