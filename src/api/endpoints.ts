// Where things live. These are part of the contract: the fake world answers exactly these addresses, and
// a real deployment replaces them through VITE_* settings (see src/config.ts).

/** A https host that never resolves: msw answers it (msal-offline.md §1, variant B). */
export const FAKE_AUTHORITY_HOST = "login.mock-idp.test";

/** The simulator's app registration in the fake Entra. */
export const SIMULATOR_CLIENT_ID = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

export const GRAPH_BASE = "https://graph.microsoft.com/v1.0";

/** The redemption, mailbox and demo APIs are on the app's own origin. */
export const API_BASE = "/api";

/** The MSAL v5 redirect-bridge page: its own Vite entry, never part of the app bundle. */
export const REDIRECT_BRIDGE_PATH = "/redirect.html";

/** Where the MSAL popup lands for the fake IdP: an app-shell URL, so the popup can start its own msw. */
export const MOCK_IDP_PAGE_PREFIX = "/mock-idp/";

/** The fake IdP's page API, fetched by the popup's page script. */
export const MOCK_IDP_API = "/mock-idp-api";

/** The fake login host's end-session page for `email` (OIDC RP-initiated logout): Entra's "You signed out" page. */
export const signOutUrl = (tenant: string, email: string, language: string) =>
  `${MOCK_IDP_PAGE_PREFIX}${tenant}/oauth2/v2.0/logout?${new URLSearchParams({ logout_hint: email, ui_locales: language })}`;
