// Named, documented seeds of the fake world. `/?scenario=<id>` resets the world to one of these.
import { assignApp, DEFAULT_ACCESS_ROLE } from "../domain/apps";
import { seedSessions } from "../domain/browser-sessions";
import type { ScenarioId, StartAt } from "../../src/api/contract";
import type { World } from "../db";
import { defaultPolicies } from "../domain/policies";
import { contosoBranding, fabrikamBranding } from "./logos";
import { authorityFor, idpSegment, pathOfAccount } from "../domain/accounts";
import { DomainError } from "../domain/errors";
import { newId } from "../domain/ids";
import { telephonyPhase } from "../domain/redemption/passkey";
import { createInvitation, type WorldContext } from "../domain/invitations";
import { chooseAccount, completeSignIn, passcodeAccount, startSession } from "../domain/redemption";
import {
  NO_FAULTS,
  STATE_VERSION,
  type EnterpriseApp,
  type Invitation,
  type SignedInAccount,
  type ExternalAccount,
  type GuestUser,
  type Tenant,
  type TenantPolicies,
  type WorldState,
} from "../domain/state";

/** Every seeded account signs in with this password; the fake sign-in pages show it as a demo hint. */
export const DEMO_PASSWORD = "Demo-1234";
/** The base32 secret of the seeded authenticator app account (mfa-totp). */
const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

export const CONTOSO_TENANT_ID = "72f988bf-0000-4c1a-9b3e-c0450c0a7a01";
export const FABRIKAM_TENANT_ID = "4b1c5d2e-0000-4e8f-a1b2-fab0000a1b2c";
/** The unmanaged ("viral") directory of fourthcoffee.com (decision 0086). */
export const FOURTH_COFFEE_TENANT_ID = "6d2f8a41-0000-4c3b-9e7d-4c0ffee00001";
const MEGAN_ID = "0a5c1f3e-0000-4d7a-8e3b-000000000001";

const contoso = (): Tenant => ({
  id: CONTOSO_TENANT_ID,
  name: "Contoso",
  domain: "contoso.com",
  initialDomain: "contoso.onmicrosoft.com",
  verifiedDomains: ["contoso.com"],
  privacy: { statementUrl: "https://contoso.com/privacy", contactEmail: "privacy@contoso.com" },
  policies: defaultPolicies(),
  branding: contosoBranding(),
});

const fabrikam = (): Tenant => ({
  id: FABRIKAM_TENANT_ID,
  name: "Fabrikam",
  domain: "fabrikam.com",
  initialDomain: "fabrikam.onmicrosoft.com",
  verifiedDomains: ["fabrikam.com"],
  privacy: {},
  policies: defaultPolicies(),
  branding: fabrikamBranding(),
});

/**
 * A directory made by self-service sign-up (spec §3.1 legacy, §4.1): named after its e-mail domain, no
 * administrator, the domain not verified by DNS, no branding (decision 0086).
 */
const fourthCoffee = (): Tenant => ({
  id: FOURTH_COFFEE_TENANT_ID,
  name: "fourthcoffee.com",
  domain: "fourthcoffee.com",
  initialDomain: "fourthcoffee.onmicrosoft.com",
  verifiedDomains: [],
  privacy: {},
  policies: defaultPolicies(),
  unmanaged: true,
  selfServiceSignUp: true,
});

let objectCounter = 0;
const objectId = (suffix: string) => `9f8e7d6c-0000-4b5a-9c8d-${suffix.padStart(12, "0")}`;

function account(kind: ExternalAccount["kind"], email: string, displayName: string, extra: Partial<ExternalAccount> = {}) {
  objectCounter += 1;
  const base = { email, displayName, objectId: objectId(String(objectCounter)), password: DEMO_PASSWORD };
  switch (kind) {
    case "entra":
      return { kind, ...base, tenantId: FABRIKAM_TENANT_ID, ...extra } as ExternalAccount;
    case "google":
      return { kind, ...base, signedInToBrowser: true, ...extra } as ExternalAccount;
    default:
      return { kind, ...base, ...extra } as ExternalAccount;
  }
}

interface ScenarioSeed {
  guest: { email: string; displayName: string };
  /** More invited guests of the same scenario. */
  others?: Array<{ email: string; displayName: string }>;
  accounts: ExternalAccount[];
  policies?: Partial<TenantPolicies>;
  /** Fabrikam's own cross-tenant settings (the home tenant of the work accounts). */
  homePolicies?: Partial<TenantPolicies>;
  /** The guest redeemed before the story starts (with the first seeded account of the address). */
  redeemed?: boolean;
  demoSignInHint?: string;
  /** Accounts signed in to the login host in the browser that loads the scenario (addendum §10). */
  signedInHere?: string[];
  /** The admin blocked the guest user's sign-in (Graph accountEnabled false): AADSTS50057 (spec §6, §8). */
  signInBlocked?: boolean;
  /** The resource tenant's apps (by key of seedApps) assigned to the guest (addendum §15.2). */
  assignedApps?: string[];
  /** The invitation leads to this app (by key of seedApps) instead of My Apps. */
  redirectApp?: string;
  /** This app (by key of seedApps) asks for delegated permissions only an admin can grant (spec §5.4). */
  adminConsentApp?: { key: string; permissions: string[] };
  /** MFA methods the guest registered in the resource tenant before the story starts. */
  mfaMethods?: GuestUser["mfaMethods"];
  /** The guest's authenticator apps already hold the account (on the simulated phone). */
  phoneApps?: Array<{ kind: "authenticator" | "totp"; secret?: string }>;
  /**
   * Where the fake clock starts, given the real now, for a story that depends on the calendar (addendum
   * §12.8); without it the fake clock starts at the real now.
   */
  clockStart?: (realNow: Date) => Date;
  /** The world also has the unmanaged fourthcoffee.com directory (decision 0086). */
  unmanagedDirectory?: boolean;
}

/** What a world is built from: a named scenario's seed, or a custom world's (which may have no guest yet). */
type WorldSeed = Omit<ScenarioSeed, "guest"> & { guest?: ScenarioSeed["guest"] };

/**
 * Addendum §12.8's campaign runs from 1 September 2026 until Microsoft's SMS and voice retire on 1 February
 * 2027: the scenario keeps today's date inside that window, and otherwise starts on 1 December 2026, so its
 * story does not depend on the day it is shown (or tested).
 */
function duringPasskeyCampaign(realNow: Date): Date {
  return telephonyPhase(realNow) === "campaign" ? realNow : new Date("2026-12-01T09:00:00.000Z");
}

/** Where a scenario starts when it is not the guest's mailbox: a direct link, or the common endpoint. */
const START: Partial<Record<ScenarioId, "direct-link" | "common">> = {
  "direct-link": "direct-link",
  "sign-in-to-organization": "common",
};

const TERMS_EN = `Contoso guest access terms

1. You use Contoso's resources only for the project you were invited to.
2. You keep Contoso's documents confidential and do not share them outside the project.
3. Contoso may review your access at any time and remove it when the project ends.
4. Your sign-ins to Contoso are logged.

By accepting, you agree to these terms.`;

/** The second agreement of `terms-of-use-two-agreements` (a fixed id, so links and tests can name it). */
export const DATA_TERMS_ID = "8f2f6c1e-4b7a-4d2e-9c55-2a1d7e0b3f10";

const DATA_TERMS_EN = `Contoso data protection terms

1. You handle personal data you see at Contoso only as the project needs it.
2. You report a suspected data breach to Contoso at once.
3. You delete Contoso's data from your own devices when the project ends.

By accepting, you agree to these terms.`;

const DATA_TERMS_NL = `Voorwaarden voor gegevensbescherming bij Contoso

1. Je gebruikt persoonsgegevens die je bij Contoso ziet alleen voor zover het project dat vereist.
2. Je meldt een vermoedelijk datalek direct bij Contoso.
3. Je verwijdert de gegevens van Contoso van je eigen apparaten wanneer het project eindigt.

Door te accepteren ga je akkoord met deze voorwaarden.`;

const TERMS_NL = `Voorwaarden voor gasttoegang bij Contoso

1. Je gebruikt de resources van Contoso alleen voor het project waarvoor je bent uitgenodigd.
2. Je houdt de documenten van Contoso vertrouwelijk en deelt ze niet buiten het project.
3. Contoso kan je toegang op elk moment controleren en intrekken wanneer het project afloopt.
4. Je aanmeldingen bij Contoso worden vastgelegd.

Door te accepteren, ga je akkoord met deze voorwaarden.`;

const alexAccounts = () => [account("entra", "alex@fabrikam.com", "Alex Wilber"), account("entra", "taylor@fabrikam.com", "Taylor Reyes")];
const alex = { email: "alex@fabrikam.com", displayName: "Alex Wilber" };

const SEEDS: Record<ScenarioId, () => ScenarioSeed> = {
  "work-account": () => ({
    guest: { email: "alex@fabrikam.com", displayName: "Alex Wilber" },
    accounts: [account("entra", "alex@fabrikam.com", "Alex Wilber"), account("entra", "taylor@fabrikam.com", "Taylor Reyes")],
  }),
  // Taylor, a colleague Contoso invited too, signs in to Alex's invitation (AADSTS50020, spec §4.9).
  // Taylor, Alex's colleague, is still signed in to this browser when Alex opens the invitation: Entra
  // signs Taylor in, whom Contoso does not have (AADSTS50020, spec §4.9, addendum §10.4).
  "wrong-account": () => ({
    ...SEEDS["work-account"](),
    signedInHere: ["taylor@fabrikam.com"],
  }),
  "email-passcode": () => ({
    guest: { email: "lee@yahoo.com", displayName: "Lee Gu" },
    accounts: [],
  }),
  "create-microsoft-account": () => ({
    guest: { email: "pat@contoso-partner.net", displayName: "Pat Kim" },
    accounts: [],
    policies: { emailOtpEnabled: false },
  }),
  "microsoft-account": () => ({
    guest: { email: "sam@outlook.com", displayName: "Sam Taylor" },
    accounts: [account("msa", "sam@outlook.com", "Sam Taylor")],
  }),
  "account-chooser": () => ({
    guest: { email: "robin@fabrikam.com", displayName: "Robin Counts" },
    accounts: [account("entra", "robin@fabrikam.com", "Robin Counts"), account("msa", "robin@fabrikam.com", "Robin Counts")],
  }),
  "gmail-google-federation": () => ({
    guest: { email: "kim@gmail.com", displayName: "Kim Akers" },
    accounts: [account("google", "kim@gmail.com", "Kim Akers"), account("google", "kim.akers.home@gmail.com", "Kim (home)")],
    policies: { googleFederation: true },
  }),
  "saml-partner": () => ({
    guest: { email: "jo@woodgrovebank.com", displayName: "Jo Brown" },
    accounts: [account("saml", "jo@woodgrovebank.com", "Jo Brown")],
    policies: {
      samlFederations: [
        {
          domain: "woodgrovebank.com",
          idpName: "Woodgrove Bank",
          issuer: "https://sts.woodgrovebank.com/adfs/services/trust",
          verifiedInEntra: false,
        },
      ],
    },
  }),
  "direct-link": () => ({
    guest: { email: "alex@fabrikam.com", displayName: "Alex Wilber" },
    others: [{ email: "pat@contoso-partner.net", displayName: "Pat Kim" }],
    accounts: [account("entra", "alex@fabrikam.com", "Alex Wilber")],
    policies: { emailOtpEnabled: false },
  }),
  "sign-in-to-organization": () => ({
    guest: { email: "lee@yahoo.com", displayName: "Lee Gu" },
    accounts: [],
  }),
  "terms-of-use": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: {
      termsOfUse: {
        displayName: "Contoso guest access terms",
        documents: { en: TERMS_EN, nl: TERMS_NL },
        requireExpand: true,
        reacceptAfterDays: 30,
      },
    },
  }),
  // Two agreements, as a Conditional Access policy can require several: met one at a time (decision 0091).
  "terms-of-use-two-agreements": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: {
      termsOfUse: { displayName: "Contoso guest access terms", documents: { en: TERMS_EN, nl: TERMS_NL }, requireExpand: true },
      moreTermsOfUse: [
        {
          id: DATA_TERMS_ID,
          displayName: "Contoso data protection terms",
          documents: { en: DATA_TERMS_EN, nl: DATA_TERMS_NL },
          requireExpand: false,
        },
      ],
    },
  }),
  "mfa-required": () => ({
    guest: { email: "sam@outlook.com", displayName: "Sam Taylor" },
    accounts: [account("msa", "sam@outlook.com", "Sam Taylor")],
    policies: { mfaRequiredForGuests: true },
  }),
  "mfa-authenticator": () => ({
    guest: { email: "sam@outlook.com", displayName: "Sam Taylor" },
    accounts: [account("msa", "sam@outlook.com", "Sam Taylor")],
    policies: { mfaRequiredForGuests: true },
    redeemed: true,
    mfaMethods: [{ kind: "authenticator" }],
    phoneApps: [{ kind: "authenticator" }],
  }),
  "mfa-totp": () => ({
    guest: { email: "sam@outlook.com", displayName: "Sam Taylor" },
    accounts: [account("msa", "sam@outlook.com", "Sam Taylor")],
    policies: { mfaRequiredForGuests: true },
    redeemed: true,
    mfaMethods: [{ kind: "totp", secret: DEMO_TOTP_SECRET }],
    phoneApps: [{ kind: "totp", secret: DEMO_TOTP_SECRET }],
  }),
  "mfa-sms-passkey-campaign": () => ({
    guest: { email: "sam@outlook.com", displayName: "Sam Taylor" },
    accounts: [account("msa", "sam@outlook.com", "Sam Taylor")],
    policies: { mfaRequiredForGuests: true },
    redeemed: true,
    mfaMethods: [{ kind: "sms", phone: "+31612345678" }],
    clockStart: duringPasskeyCampaign,
  }),
  "mfa-home-tenant-trust": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: { mfaRequiredForGuests: true, trustHomeTenantMfa: true },
  }),
  "conditional-access-block": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: { blockGuestsByConditionalAccess: true },
  }),
  "cross-tenant-inbound-block": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: { inboundBlockedTenants: [FABRIKAM_TENANT_ID] },
  }),
  "cross-tenant-outbound-block": () => ({
    guest: alex,
    accounts: alexAccounts(),
    homePolicies: { outboundBlockedTenants: [CONTOSO_TENANT_ID] },
  }),
  // Alex works from Fabrikam's office, whose proxy only lets Fabrikam's own tenant through (addendum §14.2):
  // AADSTS500021 (v1 headers); the studio switches the network to a v2 policy (5000211) or off.
  "tenant-restrictions": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: { guestNetworkRestriction: "v1" },
  }),
  // The invitation leads to Contoso Projects, which requires assignment; nobody assigned Alex (AADSTS50105).
  // The admin assigns it on /admin, and the invitation link then goes through.
  "app-not-assigned": () => ({
    guest: alex,
    accounts: alexAccounts(),
    redirectApp: "projects",
  }),
  // Contoso's Conditional Access requires a compliant device and doesn't trust Fabrikam's device claims
  // (spec §5.3): AADSTS53000 on the CA-interrupt page. Trusting them in the studio lets Alex in.
  // The invitation leads to Contoso Partner Wiki, which asks for a permission only an admin can grant (Graph's
  // User.Read.All needs admin consent). Without the admin consent workflow: AADSTS90094, nothing to ask for.
  "admin-consent-required": () => ({
    guest: alex,
    accounts: alexAccounts(),
    redirectApp: "wiki",
    assignedApps: ["wiki"],
    adminConsentApp: { key: "wiki", permissions: ["User.Read.All"] },
  }),
  // The same, with "Users can request admin consent" on (AADSTS90095): Alex requests approval with a
  // justification, the admin approves on /admin, and the invitation then goes through to the app.
  "admin-consent-request": () => ({
    guest: alex,
    accounts: alexAccounts(),
    redirectApp: "wiki",
    assignedApps: ["wiki"],
    adminConsentApp: { key: "wiki", permissions: ["User.Read.All"] },
    policies: { adminConsentRequests: true },
  }),
  "device-compliance": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: { deviceRequirementForGuests: "compliant" },
  }),
  "blocked-domain": () => ({
    guest: { email: "lee@yahoo.com", displayName: "Lee Gu" },
    accounts: [],
    // Put on the deny list after the invitation was sent (see buildScenario).
    policies: { collaboration: { mode: "deny-listed", domains: ["yahoo.com"] } },
  }),
  "automatic-redemption": () => ({
    guest: alex,
    accounts: alexAccounts(),
    policies: { autoRedeemInbound: [FABRIKAM_TENANT_ID] },
    homePolicies: { autoRedeemOutbound: [CONTOSO_TENANT_ID] },
  }),
  "leave-organization": () => ({
    guest: alex,
    accounts: alexAccounts(),
    redeemed: true,
  }),
  "leave-not-allowed": () => ({
    guest: alex,
    accounts: alexAccounts(),
    redeemed: true,
    policies: { allowSelfLeave: false },
  }),
  // Spec §4.5 and the reset article: switching a method off after a guest redeemed with it locks that guest
  // out (decision 0040) until the admin resets the redemption; then discovery runs again (here: D9).
  "passcode-switched-off": () => ({
    guest: { email: "lee@yahoo.com", displayName: "Lee Gu" },
    accounts: [],
    redeemed: true,
    policies: { emailOtpEnabled: false },
  }),
  "reset-redemption": () => ({
    guest: alex,
    accounts: [...alexAccounts(), account("msa", "alex.wilber@outlook.com", "Alex Wilber")],
    redeemed: true,
  }),
  "assigned-apps": () => ({ guest: alex, accounts: alexAccounts(), assignedApps: ["expenses", "projects", "payroll"] }),
  // Alex at Fabrikam's password page: ten wrong passwords lock the account (AADSTS50053, addendum §14.2);
  // the fake clock or the studio's Unlock ends it.
  "smart-lockout": () => ({ guest: alex, accounts: alexAccounts() }),
  // Alex's password has expired at Fabrikam (AADSTS50055, addendum §14.2): after the right password Fabrikam's
  // page asks for a new one (current, new, confirm), then the redemption goes on to consent and My Apps.
  "expired-password": () => ({
    guest: alex,
    accounts: [
      account("entra", "alex@fabrikam.com", "Alex Wilber", { passwordExpired: true }),
      account("entra", "taylor@fabrikam.com", "Taylor Reyes"),
    ],
  }),
  // Contoso's admin blocked sign-in for the guest user Alex (accountEnabled false): AADSTS50057 after Fabrikam
  // signs Alex in; Allow sign-in on /admin lets Alex redeem.
  // Alex redeemed and is signed in to this browser; Contoso's admin revokes Alex's sessions on /admin
  // (Graph revokeSignInSessions): the next sign-in asks for the password again (AADSTS50173, spec §6).
  "revoked-sessions": () => ({ guest: alex, accounts: alexAccounts(), redeemed: true, signedInHere: ["alex@fabrikam.com"] }),
  "disabled-account": () => ({ guest: alex, accounts: alexAccounts(), signInBlocked: true }),
  // Sam's personal Microsoft account: the Microsoft account service fails the sign-in (AADSTS70012, spec §4.4, §6),
  // the studio's fault "The Microsoft account service answers with" set beforehand; No error, then Try again.
  "msa-server-error": () => ({
    guest: { email: "sam@outlook.com", displayName: "Sam Taylor" },
    accounts: [account("msa", "sam@outlook.com", "Sam Taylor")],
    policies: { msaFault: "AADSTS70012" },
  }),
  // Decision 0085: Fabrikam's Identity Protection rates Alex high risk; Contoso's risk-based Conditional Access
  // asks risky guests for MFA, and Alex has nothing registered at Contoso: registration is blocked (AADSTS53004).
  "risky-guest-registration": () => ({
    guest: alex,
    accounts: [
      account("entra", "alex@fabrikam.com", "Alex Wilber", { userRisk: "high" }),
      account("entra", "taylor@fabrikam.com", "Taylor Reyes"),
    ],
    policies: { riskPolicyForGuests: "require-mfa" },
  }),
  // The same risk, and Contoso's risk-based policy blocks high-risk guests: AADSTS53011 after Fabrikam's sign-in.
  "home-tenant-risk-block": () => ({
    guest: alex,
    accounts: [
      account("entra", "alex@fabrikam.com", "Alex Wilber", { userRisk: "high" }),
      account("entra", "taylor@fabrikam.com", "Taylor Reyes"),
    ],
    policies: { riskPolicyForGuests: "block" },
  }),
  // Decision 0086: Jamie redeemed long ago with an account of fourthcoffee.com's unmanaged (viral) directory,
  // which has no administrator: signing in again is AADSTS65005. An admin takeover (studio) lets Jamie in; a
  // reset of the redemption on /admin sends Jamie to a one-time passcode (unmanaged accounts no longer redeem).
  "unmanaged-home-tenant": () => ({
    guest: { email: "jamie@fourthcoffee.com", displayName: "Jamie Lin" },
    accounts: [account("entra", "jamie@fourthcoffee.com", "Jamie Lin", { tenantId: FOURTH_COFFEE_TENANT_ID })],
    redeemed: true,
    unmanagedDirectory: true,
  }),
  // Kim's browser sends Google an oversized cookie header (spec §4.3 "header too long"; decision 0082): Google's own
  // 400 page. Clearing the browser's cookies for Google (the popup's simulator strip), or the studio's switch, then Try again.
  "google-header-too-long": () => ({
    ...SEEDS["gmail-google-federation"](),
    policies: { googleFederation: true, googleHeaderTooLong: true },
  }),
  // The app signs in inside an embedded web view (spec §4.3; decision 0083): Google's own block page
  // (disallowed_useragent). With the studio's switch off (the app uses the system browser), Try again.
  "google-web-view-blocked": () => ({
    ...SEEDS["gmail-google-federation"](),
    policies: { googleFederation: true, embeddedWebView: true },
  }),
  // The same web view with Microsoft's device sign-in flow (spec §4.3; decision 0084): a nine-character code for
  // microsoft.com/devicelogin, entered in a separate browser (a new tab), then Google's sign-in there.
  "google-device-sign-in": () => ({
    ...SEEDS["gmail-google-federation"](),
    policies: { googleFederation: true, embeddedWebView: true, deviceSignInFlow: true },
  }),
};

/**
 * A few original enterprise apps per resource tenant (no real products): what My Apps can show once the
 * admin assigns them. Payroll is not visible to users, so My Apps leaves it out even when assigned.
 */
function seedApps(tenant: Tenant): Record<string, EnterpriseApp> {
  const app = (key: string, name: string, visibleToUsers = true): EnterpriseApp => ({
    id: newId(),
    appId: newId(),
    tenantId: tenant.id,
    displayName: `${tenant.name} ${name}`,
    homepage: `https://${key}.${tenant.domain}/`,
    visibleToUsers,
    adminConsentPermissions: [],
  });
  return {
    expenses: app("expenses", "Expenses"),
    projects: app("projects", "Projects"),
    wiki: app("wiki", "Partner Wiki"),
    payroll: app("payroll", "Payroll", false),
  };
}

export function startPathOf(state: Pick<WorldState, "scenarioId" | "resourceTenantId">): string {
  const start = START[state.scenarioId as ScenarioId];
  if (start === "direct-link") return `/myapps?tenantid=${state.resourceTenantId}`;
  if (start === "common") return "/myapps";
  return "/mailbox";
}

export function buildScenario(id: ScenarioId, ctx: WorldContext, previous?: WorldState): WorldState {
  const seeds = SEEDS as Partial<Record<string, () => ScenarioSeed>>;
  const seed = seeds[id];
  if (!seed) {
    throw new DomainError("ScenarioNotFound", 409, `'${id}' is not a named scenario (a custom world has no scenario settings).`, {
      scenarioId: id,
    });
  }
  objectCounter = 0;
  return buildWorld(id, seed(), ctx, previous);
}

/** The scenario id a custom world is stored under. */
export const CUSTOM_WORLD_ID = "custom";

/**
 * A world of your own instead of a named scenario: the inviting tenant, its admin, the guests it has
 * invited (each with an invitation e-mail in the mailbox) and the identities that exist outside it.
 * Everything not named is as in the scenarios (Contoso, Megan Bowen, default policies; work accounts
 * live in Fabrikam's tenant; every password is DEMO_PASSWORD unless given).
 */
export interface CustomWorld {
  tenant?: { id?: string; name: string; domain: string; policies?: Partial<TenantPolicies>; brandColor?: string };
  /** The resource tenant's admin: the inviter, and whom Graph tokens of the demo API are issued to. */
  admin?: { id?: string; displayName: string; mail: string };
  /** Guests invited before the story starts; the first one is "the guest" of the demo API. */
  guests?: Array<{ email: string; displayName: string; redeemed?: boolean }>;
  /** Accounts in the simulated outside world that guests sign in with. */
  accounts?: Array<{ kind: ExternalAccount["kind"]; email: string; displayName: string; password?: string }>;
  /** Fabrikam's own policies (the home tenant of work accounts: cross-tenant settings). */
  homePolicies?: Partial<TenantPolicies>;
}

export function buildCustomWorld(custom: CustomWorld, ctx: WorldContext, previous?: WorldState): WorldState {
  objectCounter = 0;
  const [guest, ...others] = custom.guests ?? [];
  const seed: WorldSeed = {
    guest,
    others,
    accounts: (custom.accounts ?? []).map((a) => account(a.kind, a.email, a.displayName, a.password ? { password: a.password } : {})),
    policies: custom.tenant?.policies,
    homePolicies: custom.homePolicies,
  };
  const resource = custom.tenant
    ? {
        ...contoso(),
        id: custom.tenant.id ?? newId(),
        name: custom.tenant.name,
        domain: custom.tenant.domain,
        initialDomain: `${custom.tenant.name.toLowerCase().replace(/[^a-z0-9]/g, "") || "tenant"}.onmicrosoft.com`,
        verifiedDomains: [custom.tenant.domain],
        privacy: {},
        branding: custom.tenant.brandColor ? { backgroundColor: custom.tenant.brandColor } : undefined,
      }
    : undefined;
  const admin = custom.admin
    ? { id: custom.admin.id ?? newId(), displayName: custom.admin.displayName, mail: custom.admin.mail }
    : undefined;
  const state = buildWorld(CUSTOM_WORLD_ID, seed, ctx, previous, resource, admin);
  for (const g of others) if (g.redeemed) markRedeemed(state, g.email, ctx);
  if (guest?.redeemed) markRedeemed(state, guest.email, ctx);
  return state;
}

function buildWorld(
  id: string,
  seed: WorldSeed,
  ctx: WorldContext,
  previous: WorldState | undefined,
  resource: Tenant = contoso(),
  admin: { id: string; displayName: string; mail: string } = { id: MEGAN_ID, displayName: "Megan Bowen", mail: "megan@contoso.com" },
): WorldState {
  // The clock starts at the real now (World.replace), or at the scenario's own start where it has one.
  const realNow = ctx.now;
  const start = seed.clockStart?.(realNow) ?? realNow;
  ctx = { ...ctx, now: start };
  const home = fabrikam();
  // A deny list that came after the invitation is applied once the invitations exist (D12).
  const { collaboration, ...policies } = seed.policies ?? {};
  resource.policies = { ...resource.policies, ...policies };
  home.policies = { ...home.policies, ...seed.homePolicies };
  const guestEmail = seed.guest?.email ?? "";
  const apps = seedApps(resource);
  const consentApp = seed.adminConsentApp && apps[seed.adminConsentApp.key];
  if (consentApp && seed.adminConsentApp) consentApp.adminConsentPermissions = seed.adminConsentApp.permissions;
  const state: WorldState = {
    version: STATE_VERSION,
    scenarioId: id,
    clockOffsetMs: start.getTime() - realNow.getTime(),
    resourceTenantId: resource.id,
    guestEmail,
    demoSignInHint: seed.demoSignInHint ?? guestEmail,
    // Fabrikam stays the second tenant: the studio's settings of "the home tenant" are its (mocks/domain/settings.ts).
    tenants: seed.unmanagedDirectory ? [resource, home, fourthCoffee()] : [resource, home],
    members: [{ ...admin, tenantId: resource.id }],
    accounts: seed.accounts,
    invitations: [],
    users: [],
    sessions: [],
    mail: [],
    passcodes: [],
    passcodeSessions: [],
    codeAttempts: [],
    passwordLockouts: [],
    phone: [],
    pushRequests: [],
    phoneAccounts: [],
    phoneCalls: [],
    unsubscribes: [],
    authCodes: [],
    refreshGrants: [],
    federations: [],
    browserSessions: [],
    apps: Object.values(apps),
    appAssignments: [],
    consentRequests: [],
    kmsiHiddenIn: [],
    // The signing key outlives scenario switches so tokens and JWKS stay stable within a browser.
    signingKey: previous?.signingKey,
    // Injected faults are the developer's, not the scenario's: they survive a scenario switch.
    faults: previous?.faults ?? NO_FAULTS,
  };
  for (const guest of [...(seed.guest ? [seed.guest] : []), ...(seed.others ?? [])]) {
    createInvitation(
      state,
      {
        invitedUserEmailAddress: guest.email,
        invitedUserDisplayName: guest.displayName,
        inviteRedirectUrl: (seed.redirectApp && apps[seed.redirectApp]?.homepage) || "https://myapps.microsoft.com",
        sendInvitationMessage: true,
        invitedUserMessageInfo: {
          customizedMessageBody: `Hi ${guest.displayName.split(" ")[0]}, welcome aboard! You'll find the shared project documents in the ${resource.name} partner portal.`,
        },
      },
      admin.id,
      ctx,
    );
  }
  // The admin's own assignment, as through Graph (mocks/domain/apps.ts checks it the same way).
  const guestUser = state.users.find((u) => u.mail === guestEmail);
  for (const key of seed.assignedApps ?? []) {
    const app = apps[key];
    if (guestUser && app)
      assignApp(state, guestUser.id, { principalId: guestUser.id, resourceId: app.id, appRoleId: DEFAULT_ACCESS_ROLE }, ctx);
  }
  if (collaboration) resource.policies.collaboration = collaboration;
  if (seed.signInBlocked && guestUser) guestUser.accountEnabled = false;
  if (seed.redeemed && seed.guest) markRedeemed(state, seed.guest.email, ctx);
  if (guestUser && seed.mfaMethods) guestUser.mfaMethods = seed.mfaMethods.map((m) => ({ ...m }));
  for (const app of seed.phoneApps ?? []) {
    if (!guestUser) break;
    const addedAt = ctx.now.toISOString();
    state.phoneAccounts.push({ id: newId(), userId: guestUser.id, organization: resource.name, account: guestUser.mail, addedAt, ...app });
  }
  seedSessions(state, ctx.browser, seed.signedInHere ?? [], ctx.now);
  return state;
}

/**
 * Resets `world` to the named scenario and starts it where asked (the demo API's POST /api/demo/scenario
 * and the public entry both do exactly this). Answers the path the scenario starts at.
 */
export function startScenario(world: World, id: ScenarioId, startAt: StartAt = "mailbox"): string {
  world.replace((ctx, previous) => buildScenario(id, ctx, previous));
  return world.transact((state, ctx) => startScenarioAt(state, startAt, ctx));
}

export function scenarioTerms() {
  return { en: TERMS_EN, nl: TERMS_NL };
}

/**
 * Where a share link starts (`&step=`): the scenario's own start, the redeem link, the first step of
 * the discovered path, or just after the invited identity signed in (proven here, server-side).
 */
export function startScenarioAt(state: WorldState, at: StartAt, ctx: WorldContext): string {
  const invitation = state.invitations.find((i) => i.invitedUserEmailAddress === state.guestEmail);
  if (at === "mailbox" || !invitation) return startPathOf(state);
  const locator = { tenant: invitation.tenantId, user: invitation.id, ticket: invitation.ticket };
  if (at === "invitation") return `/redeem?${new URLSearchParams({ ...locator, ver: "2.0" }).toString()}`;
  let session = startSession(state, locator, ctx);
  if (at === "consent") {
    if (session.step === "choose-account") session = chooseAccount(state, session.id, "entra", ctx);
    const identity = provenIdentity(state, session.path, invitation);
    if (!identity) {
      throw new DomainError("StartStepUnavailable", 409, `This scenario cannot start after sign-in (${session.path}).`, {
        path: session.path,
      });
    }
    session = completeSignIn(state, session.id, identity, ctx);
  }
  return `/session/${session.id}/${session.step}`;
}

function provenIdentity(state: WorldState, path: string, invitation: Invitation): SignedInAccount | undefined {
  const email = invitation.invitedUserEmailAddress;
  if (path === "email-otp") return passcodeAccount(state, invitation);
  if (path === "create-microsoft-account") {
    const created = {
      kind: "msa" as const,
      email,
      displayName: invitation.invitedUserDisplayName ?? email,
      objectId: newId(),
      password: DEMO_PASSWORD,
    };
    state.accounts.push(created);
    return {
      email,
      displayName: created.displayName,
      objectId: created.objectId,
      tenantId: idpSegment(created),
      issuer: authorityFor(idpSegment(created)),
      path,
    };
  }
  const kind = ({ entra: "entra", "microsoft-account": "msa", google: "google", saml: "saml" } as const)[path as "entra"];
  const found = kind ? state.accounts.find((a) => a.kind === kind && a.email === email) : undefined;
  if (!found) return undefined;
  return {
    email,
    displayName: found.displayName,
    objectId: found.objectId,
    tenantId: idpSegment(found),
    issuer: authorityFor(idpSegment(found)),
    path: pathOfAccount(found),
  };
}

/** The guest redeemed with the first seeded account of the address, as the flow would have recorded it. */
function markRedeemed(state: WorldState, email: string, ctx: WorldContext): void {
  const user = state.users.find((u) => u.mail === email);
  const home = state.accounts.find((a) => a.email === email);
  if (!user) return;
  const now = ctx.now.toISOString();
  user.externalUserState = "Accepted";
  user.externalUserStateChangeDateTime = now;
  user.consentAcceptedAt = now;
  if (home) {
    user.redeemedWith = { path: pathOfAccount(home), issuer: authorityFor(idpSegment(home)), email, objectId: home.objectId };
    user.identities.push({ signInType: "federated", issuer: "ExternalAzureAD", issuerAssignedId: home.objectId });
  } else {
    // No account anywhere: the guest redeemed with a one-time passcode (spec §1.3: issuer "mail").
    user.redeemedWith = { path: "email-otp", issuer: "mail", email, objectId: user.id };
    user.identities.push({ signInType: "federated", issuer: "mail", issuerAssignedId: user.id });
  }
  for (const invitation of state.invitations) if (invitation.invitedUserId === user.id) invitation.status = "Completed";
}

export const DEFAULT_SCENARIO: ScenarioId = "work-account";
