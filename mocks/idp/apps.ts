// The app registrations of the fake Entra (FakeWorldOptions.appRegistrations). By default: the simulator
// itself, a public SPA client, and an admin app registration with a client secret, so that a developer's
// script can get an app-only Graph token with the client-credentials grant (docs/api.md).
import { REDIRECT_BRIDGE_PATH } from "../../src/api/endpoints";
import type { AppRegistration, FakeWorldOptions } from "../handlers/options";

/** The seeded confidential client: a daemon that administers guests through Graph. */
export const ADMIN_APP_CLIENT_ID = "b2b0a0d1-5eed-4a11-9c1e-00000000ad01";
/** Not a secret: the fake world is public. Real Entra secrets never belong in code. */
export const ADMIN_APP_CLIENT_SECRET = "fake-admin-app-secret";
export const ADMIN_APP_GRAPH_ROLES = ["User.ReadWrite.All", "User.Invite.All"] as const;

export function defaultAppRegistrations(appOrigin: string, clientId: string): AppRegistration[] {
  return [
    {
      clientId,
      displayName: "B2B Redemption Simulator",
      redirectUris: [`${appOrigin}${REDIRECT_BRIDGE_PATH}`, `${appOrigin}/`],
    },
    {
      clientId: ADMIN_APP_CLIENT_ID,
      displayName: "Guest administration (simulated daemon)",
      redirectUris: [],
      clientSecret: ADMIN_APP_CLIENT_SECRET,
      graphRoles: ADMIN_APP_GRAPH_ROLES,
    },
  ];
}

export function registeredApps(options: FakeWorldOptions): readonly AppRegistration[] {
  return options.appRegistrations ?? defaultAppRegistrations(options.appOrigin, options.clientId);
}

export function appById(options: FakeWorldOptions, clientId: string | null | undefined): AppRegistration | undefined {
  return registeredApps(options).find((app) => app.clientId === clientId);
}
