/** How the task pane reaches the back end and signs in: fixed at build time from `VITE_*` variables. */
export type AuthConfig =
  { mode: "development" } | { mode: "entra"; clientId: string; authority: string; scopes: string[] };

export interface PaneConfig {
  apiBase: string;
  auth: AuthConfig;
}

type Env = Partial<Record<keyof ImportMetaEnv, string>>;

/** The configuration a build was made with. A production build without its Entra settings fails loudly. */
export function paneConfig(env: Env): PaneConfig {
  const apiBase = (env.VITE_API_BASE || "/api").replace(/\/+$/, "");
  if (env.VITE_AUTH !== "entra") return { apiBase, auth: { mode: "development" } };
  const { VITE_ENTRA_CLIENT_ID: clientId, VITE_ENTRA_TENANT_ID: tenant, VITE_API_SCOPE: scope } = env;
  if (!clientId || !tenant || !scope)
    throw new Error("VITE_AUTH=entra needs VITE_ENTRA_CLIENT_ID, VITE_ENTRA_TENANT_ID and VITE_API_SCOPE.");
  return {
    apiBase,
    auth: {
      mode: "entra",
      clientId,
      authority: `https://login.microsoftonline.com/${tenant}`,
      scopes: [scope],
    },
  };
}
