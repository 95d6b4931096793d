// Named, documented seeds of the fake world. `/?scenario=<id>` resets the world to one of these.
import type { ScenarioId } from "../../src/api/contract";
import { createInvitation, type WorldContext } from "../domain/invitations";
import { STATE_VERSION, type Tenant, type WorldState } from "../domain/state";

/** Every seeded account signs in with this password; the fake sign-in page shows it as a demo hint. */
export const DEMO_PASSWORD = "Demo-1234";

export const CONTOSO_TENANT_ID = "72f988bf-0000-4c1a-9b3e-c0450c0a7a01";
export const FABRIKAM_TENANT_ID = "4b1c5d2e-0000-4e8f-a1b2-fab0000a1b2c";

const contoso: Tenant = {
  id: CONTOSO_TENANT_ID,
  name: "Contoso",
  domain: "contoso.com",
  initialDomain: "contoso.onmicrosoft.com",
  verifiedDomains: ["contoso.com"],
  privacy: { statementUrl: "https://contoso.com/privacy", contactEmail: "privacy@contoso.com" },
  policies: { emailOtpEnabled: true },
};

const fabrikam: Tenant = {
  id: FABRIKAM_TENANT_ID,
  name: "Fabrikam",
  domain: "fabrikam.com",
  initialDomain: "fabrikam.onmicrosoft.com",
  verifiedDomains: ["fabrikam.com"],
  privacy: {},
  policies: { emailOtpEnabled: true },
  brandColor: "#8a3b12",
};

export interface ScenarioInfo {
  id: ScenarioId;
  /** One line for the scenario picker and the README. */
  story: string;
}

export const SCENARIOS: readonly ScenarioInfo[] = [
  {
    id: "work-account",
    story: "Contoso invites alex@fabrikam.com, who has a work account in the Fabrikam tenant.",
  },
  {
    id: "wrong-account",
    story: "Same invitation, but the sign-in page suggests taylor@fabrikam.com: AADSTS50020.",
  },
];

/** Everything a scenario starts from: tenants, the outside world's accounts, and Contoso's inviter. */
function baseWorld(scenarioId: ScenarioId, previous: WorldState | undefined): WorldState {
  return {
    version: STATE_VERSION,
    scenarioId,
    clockOffsetMs: 0,
    resourceTenantId: CONTOSO_TENANT_ID,
    guestEmail: "alex@fabrikam.com",
    demoSignInHint: "alex@fabrikam.com",
    tenants: [structuredClone(contoso), structuredClone(fabrikam)],
    members: [
      { id: "0a5c1f3e-0000-4d7a-8e3b-000000000001", tenantId: CONTOSO_TENANT_ID, displayName: "Megan Bowen", mail: "megan@contoso.com" },
    ],
    accounts: [
      {
        kind: "entra",
        email: "alex@fabrikam.com",
        displayName: "Alex Wilber",
        tenantId: FABRIKAM_TENANT_ID,
        objectId: "9f8e7d6c-0000-4b5a-9c8d-00000000a1e7",
        password: DEMO_PASSWORD,
      },
      {
        kind: "entra",
        email: "taylor@fabrikam.com",
        displayName: "Taylor Reyes",
        tenantId: FABRIKAM_TENANT_ID,
        objectId: "9f8e7d6c-0000-4b5a-9c8d-0000000074a1",
        password: DEMO_PASSWORD,
      },
    ],
    invitations: [],
    users: [],
    sessions: [],
    mail: [],
    authCodes: [],
    refreshGrants: [],
    // The signing key outlives scenario switches so tokens and JWKS stay stable within a browser.
    signingKey: previous?.signingKey,
  };
}

export function buildScenario(id: ScenarioId, ctx: WorldContext, previous?: WorldState): WorldState {
  const state = baseWorld(id, previous);
  createInvitation(
    state,
    {
      invitedUserEmailAddress: "alex@fabrikam.com",
      invitedUserDisplayName: "Alex Wilber",
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: true,
      invitedUserMessageInfo: {
        customizedMessageBody:
          "Hi Alex, welcome aboard! You'll find the shared project documents in the Contoso partner portal.",
      },
    },
    "0a5c1f3e-0000-4d7a-8e3b-000000000001",
    ctx,
  );
  if (id === "wrong-account") state.demoSignInHint = "taylor@fabrikam.com";
  return state;
}

export const DEFAULT_SCENARIO: ScenarioId = "work-account";
