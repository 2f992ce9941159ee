/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The back end's base URL, e.g. `https://xep-loai-api.azurewebsites.net/api`; default `/api` (same origin). */
  readonly VITE_API_BASE?: string;
  /** `entra` in production (nested app authentication); anything else: development tokens. */
  readonly VITE_AUTH?: string;
  readonly VITE_ENTRA_CLIENT_ID?: string;
  readonly VITE_ENTRA_TENANT_ID?: string;
  /** The back end's scope, e.g. `api://<app id>/access_as_user`. */
  readonly VITE_API_SCOPE?: string;
}
