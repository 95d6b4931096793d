import type { World } from "../db";

/**
 * An application registered in the fake Entra. A public client (an SPA, a native app) has no secret; a
 * confidential client (a daemon, a web app) has one and may use the client-credentials grant.
 */
export interface AppRegistration {
  clientId: string;
  displayName: string;
  /** Exact redirect URIs /authorize accepts (Entra compares them as strings). */
  redirectUris: readonly string[];
  /** Where end session may return to; defaults to `redirectUris`. */
  postLogoutRedirectUris?: readonly string[];
  /** A confidential client's secret (`client_secret_post` or `client_secret_basic`). */
  clientSecret?: string;
  /** Application permissions on Microsoft Graph, the `roles` of its app-only tokens. */
  graphRoles?: readonly string[];
}

/** What every handler factory of the fake world is built from. */
export interface FakeWorldOptions {
  world: World;
  /** The simulator's origin: redeem links, the authorize page and the redemption API live here. */
  appOrigin: string;
  /** The simulator's app registration; id tokens must be issued to it. */
  clientId: string;
  /**
   * The apps the fake Entra knows. Default: the simulator (`clientId`, its redirect bridge and its root
   * page) and the admin app registration (mocks/idp/apps.ts). Pass your own list to register another app;
   * spread `defaultAppRegistrations(appOrigin, clientId)` to keep the defaults.
   */
  appRegistrations?: readonly AppRegistration[];
}
