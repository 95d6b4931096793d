// The scenario picker's facts (issue 12 §5): what each scenario shows, grouped, so a presenter can run any of
// them without the README. Static, so the picker draws at once and never moves (no request, no layout shift);
// test/studio/scenario-picker.test.tsx checks every guest against the scenario's seeded world.
import type { ScenarioId } from "../../api/contract";

/** The picker's groups, in the order it shows them. */
export const SCENARIO_GROUPS = [
  "existing-accounts",
  "passcodes",
  "new-accounts",
  "federation",
  "policies-errors",
  "admin-actions",
] as const;
type ScenarioPath = "work-account" | "microsoft-account" | "google" | "saml" | "passcode" | "new-microsoft-account" | "chooser";
type ScenarioOutcome =
  | "my-apps"
  | "apps-tiles"
  | "no-consent"
  | "error"
  | "error-then-my-apps"
  | "invitation-blocked"
  | "locked-out-then-my-apps"
  | "smart-lockout-then-my-apps"
  | "new-password-then-my-apps"
  | "fault-then-my-apps"
  | "google-page-then-my-apps"
  | "google-blocked-then-my-apps"
  | "device-code-then-my-apps"
  | "blocked-then-my-apps"
  | "left"
  | "privacy-contact"
  | "admin-approval"
  | "approval-then-app"
  | "risk-dismissed-then-my-apps"
  | "takeover-then-my-apps";

export interface ScenarioCard {
  /** The invited address the scenario's mailbox belongs to. */
  guest: string;
  group: (typeof SCENARIO_GROUPS)[number];
  path: ScenarioPath;
  outcome: ScenarioOutcome;
  /** The AADSTS code the outcome shows, where it has one. */
  code?: string;
  rows: string;
}

/** Every seeded account's password (mocks/scenarios DEMO_PASSWORD); the wizard's is the guest's own. */
export const DEMO_PASSWORD = "Demo-1234";
const PASSWORD_PATHS: ReadonlySet<ScenarioPath> = new Set(["work-account", "microsoft-account", "saml", "chooser"]);
export const passwordOf = (card: ScenarioCard) => (PASSWORD_PATHS.has(card.path) ? DEMO_PASSWORD : undefined);

export const SCENARIO_CARDS: Record<ScenarioId, ScenarioCard> = {
  "work-account": {
    guest: "alex@fabrikam.com",
    group: "existing-accounts",
    path: "work-account",
    outcome: "my-apps",
    rows: "S01 S13 S16 S26 S29 D3 P1",
  },
  "microsoft-account": {
    guest: "sam@outlook.com",
    group: "existing-accounts",
    path: "microsoft-account",
    outcome: "my-apps",
    rows: "S20 D7 P4",
  },
  "account-chooser": { guest: "robin@fabrikam.com", group: "existing-accounts", path: "chooser", outcome: "my-apps", rows: "S15 D2" },
  "wrong-account": {
    guest: "alex@fabrikam.com",
    group: "existing-accounts",
    path: "work-account",
    outcome: "error-then-my-apps",
    code: "AADSTS50020",
    rows: "S31 §4.9 §10.4",
  },
  "direct-link": { guest: "alex@fabrikam.com", group: "existing-accounts", path: "work-account", outcome: "my-apps", rows: "S13 E3 D3" },
  "automatic-redemption": {
    guest: "alex@fabrikam.com",
    group: "existing-accounts",
    path: "work-account",
    outcome: "no-consent",
    rows: "S04 E6 §5.1",
  },
  "email-passcode": { guest: "lee@yahoo.com", group: "passcodes", path: "passcode", outcome: "my-apps", rows: "S22 S23 D8 P5" },
  "sign-in-to-organization": {
    guest: "lee@yahoo.com",
    group: "passcodes",
    path: "passcode",
    outcome: "my-apps",
    rows: "S10 S11 S12 E4 §4.8",
  },
  "create-microsoft-account": {
    guest: "pat@contoso-partner.net",
    group: "new-accounts",
    path: "new-microsoft-account",
    outcome: "my-apps",
    rows: "S21 D9 P6",
  },
  "gmail-google-federation": { guest: "kim@gmail.com", group: "federation", path: "google", outcome: "my-apps", rows: "S18 D6 P3" },
  "saml-partner": { guest: "jo@woodgrovebank.com", group: "federation", path: "saml", outcome: "my-apps", rows: "S17 D5 P2" },
  "terms-of-use": { guest: "alex@fabrikam.com", group: "policies-errors", path: "work-account", outcome: "my-apps", rows: "S27 S28 §5.2" },
  "terms-of-use-two-agreements": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "my-apps",
    rows: "S27 S28 §5.2 §7",
  },
  "mfa-required": {
    guest: "sam@outlook.com",
    group: "policies-errors",
    path: "microsoft-account",
    outcome: "my-apps",
    rows: "S24 S25 S44–S51 §5.3 §12.2–§12.4",
  },
  "mfa-authenticator": {
    guest: "sam@outlook.com",
    group: "policies-errors",
    path: "microsoft-account",
    outcome: "my-apps",
    rows: "S44 S48 §12.4",
  },
  "mfa-totp": { guest: "sam@outlook.com", group: "policies-errors", path: "microsoft-account", outcome: "my-apps", rows: "S46 §12.4" },
  "mfa-sms-passkey-campaign": {
    guest: "sam@outlook.com",
    group: "policies-errors",
    path: "microsoft-account",
    outcome: "my-apps",
    rows: "S46 S47 S52 §12.4 §12.8",
  },
  "mfa-home-tenant-trust": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "my-apps",
    rows: "S25 S44 §5.3 §12.1",
  },
  "conditional-access-block": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "error",
    code: "AADSTS53003",
    rows: "§6",
  },
  "cross-tenant-inbound-block": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "error",
    code: "AADSTS500213",
    rows: "D13 §6",
  },
  "cross-tenant-outbound-block": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "error",
    code: "AADSTS500212",
    rows: "D13 §6",
  },
  "tenant-restrictions": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "error",
    code: "AADSTS500021",
    rows: "S32 §6 §14.2",
  },
  "admin-consent-required": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "admin-approval",
    code: "AADSTS90094",
    rows: "§5.4 §6 §14.2",
  },
  "admin-consent-request": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "approval-then-app",
    code: "AADSTS90095",
    rows: "§5.4 §6 §14.2",
  },
  "app-not-assigned": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "error",
    code: "AADSTS50105",
    rows: "§6 §14.2 §15.2",
  },
  "device-compliance": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "error",
    code: "AADSTS53000",
    rows: "§5.3 §6 §14.1 §14.2",
  },
  "blocked-domain": { guest: "lee@yahoo.com", group: "policies-errors", path: "passcode", outcome: "invitation-blocked", rows: "D12 §8" },
  "leave-organization": { guest: "alex@fabrikam.com", group: "admin-actions", path: "work-account", outcome: "left", rows: "S34 S35 §5.5" },
  "leave-not-allowed": {
    guest: "alex@fabrikam.com",
    group: "admin-actions",
    path: "work-account",
    outcome: "privacy-contact",
    rows: "S36 §5.5",
  },
  "reset-redemption": { guest: "alex@fabrikam.com", group: "admin-actions", path: "microsoft-account", outcome: "my-apps", rows: "A02 §8" },
  "passcode-switched-off": {
    guest: "lee@yahoo.com",
    group: "admin-actions",
    path: "new-microsoft-account",
    outcome: "locked-out-then-my-apps",
    rows: "S33 A02 §4.5 §8",
  },
  "assigned-apps": {
    guest: "alex@fabrikam.com",
    group: "admin-actions",
    path: "work-account",
    outcome: "apps-tiles",
    rows: "S29 S56 §15.2",
  },
  "smart-lockout": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "smart-lockout-then-my-apps",
    code: "AADSTS50053",
    rows: "S16 §6 50053 §14.1 §14.2",
  },
  "expired-password": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "new-password-then-my-apps",
    code: "AADSTS50055",
    rows: "S54 §6 50055 §14.2",
  },
  "msa-server-error": {
    guest: "sam@outlook.com",
    group: "policies-errors",
    path: "microsoft-account",
    outcome: "fault-then-my-apps",
    code: "AADSTS70012",
    rows: "§4.4 §6 70012",
  },
  "google-header-too-long": {
    guest: "kim@gmail.com",
    group: "policies-errors",
    path: "google",
    outcome: "google-page-then-my-apps",
    rows: "S18 §4.3 §6",
  },
  "google-web-view-blocked": {
    guest: "kim@gmail.com",
    group: "policies-errors",
    path: "google",
    outcome: "google-blocked-then-my-apps",
    rows: "§4.3 §6",
  },
  "google-device-sign-in": {
    guest: "kim@gmail.com",
    group: "policies-errors",
    path: "google",
    outcome: "device-code-then-my-apps",
    rows: "S19 §4.3",
  },
  "disabled-account": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "blocked-then-my-apps",
    code: "AADSTS50057",
    rows: "S31 §6 50057 §8 A02",
  },
  "revoked-sessions": {
    guest: "alex@fabrikam.com",
    group: "admin-actions",
    path: "work-account",
    outcome: "my-apps",
    code: "AADSTS50173",
    rows: "§6 50173 §8 §10.3",
  },
  "risky-guest-registration": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "risk-dismissed-then-my-apps",
    code: "AADSTS53004",
    rows: "§5.3 §6 §12.2 53004",
  },
  "home-tenant-risk-block": {
    guest: "alex@fabrikam.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "risk-dismissed-then-my-apps",
    code: "AADSTS53011",
    rows: "§5.3 §6 53011",
  },
  "unmanaged-home-tenant": {
    guest: "jamie@fourthcoffee.com",
    group: "policies-errors",
    path: "work-account",
    outcome: "takeover-then-my-apps",
    code: "AADSTS65005",
    rows: "§3.1 §4.1 §6 65005 D1",
  },
};
