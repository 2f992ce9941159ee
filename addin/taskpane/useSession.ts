import { useCallback, useMemo, useState } from "react";
import { ApiClient, type Me } from "../backend/client.js";
import { signInForDevelopment, type DevIdentity } from "../auth/developmentSignIn.js";
import { signInWithEntra } from "../auth/nestedAppAuth.js";
import type { Session } from "../auth/session.js";
import { usePane } from "./pane.js";

/**
 * The person signed in to the back end, and a client that sends their token. Entra ID (nested app
 * authentication) in production; a development token from the local back end otherwise.
 */
export function useSession() {
  const { services, lang } = usePane();
  const { config } = services;
  const [session, setSession] = useState<Session>();
  const [me, setMe] = useState<Me>();
  const [signedOut, setSignedOut] = useState(false);
  const api = useMemo(
    () =>
      new ApiClient({
        baseUrl: config.apiBase,
        lang,
        getToken: () => (session ? session.getToken() : Promise.resolve("")),
      }),
    [config.apiBase, lang, session],
  );

  const signIn = useCallback(
    async (dev?: DevIdentity) => {
      const auth = config.auth;
      const next =
        auth.mode === "entra"
          ? await signInWithEntra(auth.clientId, auth.authority, auth.scopes, signedOut)
          : await signInForDevelopment(
              (who) => api.devToken(who),
              dev ?? { sub: "", unitId: "", role: "clerk" },
            );
      const client = new ApiClient({ baseUrl: config.apiBase, lang, getToken: () => next.getToken() });
      const who = await client.me();
      setSession(next);
      setMe(who);
      return who;
    },
    [api, config, lang, signedOut],
  );

  /** Forgets the person: the next sign-in asks who to be (Entra ID: which account). */
  const signOut = useCallback(() => {
    setSession(undefined);
    setMe(undefined);
    setSignedOut(true);
  }, []);

  return { mode: config.auth.mode, session, me, api, signIn, signOut };
}

export type SessionState = ReturnType<typeof useSession>;
