import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { RequestProblem } from "../http/problem.js";

import { ROLES, type Role } from "../../shared/api/answers.js";

export { ROLES, type Role };

/** Who calls: from a verified bearer token only. A person may hold several roles in one unit. */
export interface Identity {
  subject: string;
  roles: Role[];
  unitId: string;
}

/** Who a development token is for: one role. */
export interface DevUser {
  subject: string;
  role: Role;
  unitId: string;
}

/** Checks a bearer token's signature, issuer, audience and expiry, and reads the caller from it. */
export type Verifier = (token: string) => Promise<Identity>;

const unauthorized = () =>
  new RequestProblem(
    401,
    {
      vi: "Cần đăng nhập: thiếu hoặc sai mã xác thực.",
      en: "Sign-in needed: the token is missing or invalid.",
    },
    undefined,
    { "WWW-Authenticate": 'Bearer realm="xep-loai"' },
  );

function identityOf(payload: JWTPayload): Identity {
  const claimed: unknown[] = Array.isArray(payload.roles) ? payload.roles : [payload.role];
  const roles = ROLES.filter((r) => claimed.includes(r));
  const unitId = payload.unitId;
  if (!payload.sub || roles.length === 0 || typeof unitId !== "string") throw unauthorized();
  return { subject: payload.sub, roles, unitId };
}

/** The delegated permission the add-in asks for (`api://<client-id>/access_as_user`). */
export const API_SCOPE = "access_as_user";

/**
 * An access token for this API carries the delegated permission it was issued for in `scp`; an ID
 * token (whose `aud` is also a client ID, and which may carry `roles` too) carries none.
 */
function mustBeAccessToken(payload: JWTPayload, scope: string): void {
  const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
  if (!scopes.includes(scope)) throw unauthorized();
}

/**
 * Production: Microsoft Entra ID access tokens (what the add-in obtains by nested app
 * authentication), checked against the tenant's published keys, with this API's scope in `scp`. The
 * app roles `clerk`, `reviewer`, `admin` and a `unitId` claim say what the caller may do and where.
 */
export function entraVerifier(
  tenantId: string,
  audience: string,
  authority = "https://login.microsoftonline.com",
  scope = API_SCOPE,
): Verifier {
  const keys = createRemoteJWKSet(new URL(`${authority}/${tenantId}/discovery/v2.0/keys`));
  const issuer = `${authority}/${tenantId}/v2.0`;
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ["RS256"],
        requiredClaims: ["exp"],
      });
      mustBeAccessToken(payload, scope);
      return identityOf(payload);
    } catch (error) {
      if (error instanceof RequestProblem) throw error;
      throw unauthorized();
    }
  };
}

const DEV_ISSUER = "xep-loai-development";
const DEV_AUDIENCE = "xep-loai-api";

/** Development and tests: tokens signed with a key made at start; the same checks as in production. */
export function keyVerifier(key: Uint8Array): Verifier {
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: DEV_ISSUER,
        audience: DEV_AUDIENCE,
        algorithms: ["HS256"],
        requiredClaims: ["exp"],
      });
      return identityOf(payload);
    } catch (error) {
      if (error instanceof RequestProblem) throw error;
      throw unauthorized();
    }
  };
}

export async function signDevToken(key: Uint8Array, who: DevUser, lifetime = "8h"): Promise<string> {
  return new SignJWT({ role: who.role, unitId: who.unitId })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(who.subject)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(key);
}

/** The caller of a request with `Authorization: Bearer …`; 401 when there is none or it is bad. */
export async function authenticate(authorization: string | null, verify: Verifier): Promise<Identity> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!m) throw unauthorized();
  return verify(m[1]!);
}
