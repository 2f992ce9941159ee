import type { Session } from "./session.js";

export interface DevIdentity {
  sub: string;
  unitId: string;
  role: "clerk" | "reviewer" | "admin";
}

/**
 * Development sign-in: a token from the local back end's `POST /api/dev/token` (development mode
 * only), standing in for Entra ID for the session of the pane.
 */
export async function signInForDevelopment(
  requestToken: (who: DevIdentity) => Promise<string>,
  who: DevIdentity,
): Promise<Session> {
  const token = await requestToken(who);
  return { label: who.sub, getToken: async () => token };
}
