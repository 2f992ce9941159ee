import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { Session } from "./session.js";

let client: Promise<IPublicClientApplication> | undefined;

/**
 * Production sign-in: MSAL's nested app authentication, where Office brokers the token for the
 * person signed in to Office. Silent first; a popup only when Entra ID needs the person (consent,
 * MFA). Outside an NAA-capable host, MSAL falls back to its standard browser flow. After a sign-out,
 * `chooseAccount` asks Entra ID which account to use rather than taking the last one silently.
 */
export async function signInWithEntra(
  clientId: string,
  authority: string,
  scopes: string[],
  chooseAccount = false,
): Promise<Session> {
  client ??= createNestablePublicClientApplication({ auth: { clientId, authority } });
  const pca = await client;
  const interactive = async (prompt?: "select_account") => {
    const r = await pca.acquireTokenPopup({ scopes, ...(prompt ? { prompt } : {}) });
    pca.setActiveAccount(r.account);
    return r;
  };
  const token = async (): Promise<{ accessToken: string; label: string }> => {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    let r;
    try {
      r = account ? await pca.acquireTokenSilent({ scopes, account }) : await interactive();
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      r = await interactive();
    }
    return { accessToken: r.accessToken, label: r.account.name || r.account.username };
  };
  if (chooseAccount) await interactive("select_account");
  const first = await token();
  return { label: first.label, getToken: async () => (await token()).accessToken };
}
