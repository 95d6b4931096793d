// The whole fake world as one serialisable document. It is validated on every load, so state written
// by an older version of the simulator, or corrupted by hand, is detected and reset (never a blank page).
import * as z from "zod/mini";
import { signupStep, stepName } from "../../src/api/contract";

export const STATE_VERSION = 4;

export const samlFederation = z.object({
  domain: z.string(),
  /** The partner IdP's display name, shown on its sign-in page. */
  idpName: z.string(),
  /** The issuer URI recorded in the guest's identities (spec §1.3). */
  issuer: z.string(),
  /** Whether the domain is verified in some Entra tenant (spec D4). */
  verifiedInEntra: z.boolean(),
});
export type SamlFederation = z.infer<typeof samlFederation>;

export const primaryProvider = z.enum(["azureActiveDirectory", "externalFederation", "socialIdentityProviders"]);

export const tenantPolicies = z.object({
  emailOtpEnabled: z.boolean(),
  notificationLanguage: z.optional(z.string()),
  googleFederation: z.boolean(),
  samlFederations: z.array(samlFederation),
  /** invitationRedemptionIdentityProviderConfiguration (spec §3.3). */
  primaryOrder: z.array(primaryProvider),
  msaFallbackEnabled: z.boolean(),
  /** Terms of use required for guests by Conditional Access (spec §5.2). */
  termsOfUse: z.optional(
    z.object({
      displayName: z.string(),
      /** The document per language; the first one is the default (spec §5.2). */
      documents: z.object({ en: z.string(), nl: z.optional(z.string()) }),
      requireExpand: z.boolean(),
    }),
  ),
  /** Conditional Access: require MFA for guests (spec §5.3). */
  mfaRequiredForGuests: z.boolean(),
  /** Cross-tenant access, inbound trust: MFA done in an Entra home tenant counts here. */
  trustHomeTenantMfa: z.boolean(),
  /** Conditional Access: block guests (AADSTS53003). */
  blockGuestsByConditionalAccess: z.boolean(),
  /** External collaboration settings → collaboration restrictions (spec §8). */
  collaboration: z.object({ mode: z.enum(["allow-all", "deny-listed", "allow-listed-only"]), domains: z.array(z.string()) }),
  /** Cross-tenant access: tenants whose users may not come in (inbound) or ours may not go to (outbound). */
  inboundBlockedTenants: z.array(z.string()),
  outboundBlockedTenants: z.array(z.string()),
  /** Cross-tenant access trust setting "Automatically redeem invitations" per partner tenant, by direction. */
  autoRedeemInbound: z.array(z.string()),
  autoRedeemOutbound: z.array(z.string()),
  /** External user leave settings (spec §5.5). */
  allowSelfLeave: z.boolean(),
});
export type TenantPolicies = z.infer<typeof tenantPolicies>;

export const tenant = z.object({
  id: z.string(),
  name: z.string(),
  /** Primary domain, shown in the invitation e-mail. */
  domain: z.string(),
  /** The `<name>.onmicrosoft.com` domain used in guest UPNs. */
  initialDomain: z.string(),
  verifiedDomains: z.array(z.string()),
  privacy: z.object({ statementUrl: z.optional(z.string()), contactEmail: z.optional(z.string()) }),
  policies: tenantPolicies,
  /** Brand colour used by the home-tenant sign-in page. */
  brandColor: z.optional(z.string()),
});
export type Tenant = z.infer<typeof tenant>;

/** An identity that exists in the simulated outside world (not in the resource tenant). */
export const externalAccount = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("entra"),
    email: z.string(),
    displayName: z.string(),
    tenantId: z.string(),
    objectId: z.string(),
    password: z.string(),
  }),
  z.object({
    kind: z.literal("msa"),
    email: z.string(),
    displayName: z.string(),
    objectId: z.string(),
    password: z.string(),
  }),
  z.object({
    kind: z.literal("google"),
    email: z.string(),
    displayName: z.string(),
    objectId: z.string(),
    password: z.string(),
    /** Signed in to Google in this browser: listed in Google's account chooser. */
    signedInToBrowser: z.boolean(),
  }),
  z.object({
    kind: z.literal("saml"),
    email: z.string(),
    displayName: z.string(),
    objectId: z.string(),
    password: z.string(),
  }),
]);
export type ExternalAccount = z.infer<typeof externalAccount>;

export const member = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  mail: z.string(),
});
export type Member = z.infer<typeof member>;

export const identity = z.object({
  signInType: z.string(),
  issuer: z.string(),
  issuerAssignedId: z.nullable(z.string()),
});

export const guestUser = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  mail: z.string(),
  userPrincipalName: z.string(),
  userType: z.enum(["Guest", "Member"]),
  externalUserState: z.enum(["PendingAcceptance", "Accepted"]),
  externalUserStateChangeDateTime: z.string(),
  identities: z.array(identity),
  preferredLanguage: z.optional(z.string()),
  /** The home identity bound at redemption (spec D1: used for every later sign-in). */
  redeemedWith: z.optional(
    z.object({ path: z.string(), issuer: z.string(), email: z.string(), objectId: z.string() }),
  ),
  consentAcceptedAt: z.optional(z.string()),
  termsAcceptedAt: z.optional(z.string()),
  /** MFA methods registered in the resource tenant. */
  mfaMethods: z.array(z.discriminatedUnion("kind", [z.object({ kind: z.literal("authenticator") }), z.object({ kind: z.literal("sms"), phone: z.string() })])),
  /** Graph accountEnabled: false is "block sign-in" (AADSTS50057). */
  accountEnabled: z.boolean(),
  /** Soft-deleted (left the organisation or deleted by an admin): restorable for 30 days. */
  deletedDateTime: z.optional(z.string()),
  createdDateTime: z.string(),
});
export type GuestUser = z.infer<typeof guestUser>;

export const invitation = z.object({
  id: z.string(),
  tenantId: z.string(),
  ticket: z.string(),
  invitedUserEmailAddress: z.string(),
  invitedUserDisplayName: z.optional(z.string()),
  inviteRedirectUrl: z.string(),
  sendInvitationMessage: z.boolean(),
  customizedMessageBody: z.optional(z.string()),
  messageLanguage: z.optional(z.string()),
  ccRecipients: z.array(z.string()),
  invitedUserType: z.enum(["Guest", "Member"]),
  status: z.enum(["PendingAcceptance", "Completed"]),
  invitedUserId: z.string(),
  inviterId: z.optional(z.string()),
  resetRedemption: z.boolean(),
  createdDateTime: z.string(),
});
export type Invitation = z.infer<typeof invitation>;

/** The steps a session can be at: the contract's own list (the SPA renders one route per step). */
export const sessionStep = stepName;

/** The create-a-Microsoft-account wizard's submitted values (the password only as "set"). */
export const signupDraft = z.object({
  step: signupStep,
  password: z.optional(z.string()),
  verificationCode: z.optional(z.string()),
  codeIssuedAt: z.optional(z.string()),
  verified: z.boolean(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  country: z.optional(z.string()),
  birthDate: z.optional(z.string()),
});
export type SignupDraft = z.infer<typeof signupDraft>;

export const signedInAccount = z.object({
  email: z.string(),
  displayName: z.string(),
  objectId: z.string(),
  tenantId: z.string(),
  issuer: z.string(),
  path: z.string(),
});
export type SignedInAccount = z.infer<typeof signedInAccount>;

export const redemptionSession = z.object({
  id: z.string(),
  invitationId: z.string(),
  entry: z.enum(["email-link", "direct-link"]),
  step: sessionStep,
  path: z.string(),
  rule: z.string(),
  signedInAs: z.optional(signedInAccount),
  signup: z.optional(signupDraft),
  /** MFA done for this sign-in, and the verification under way. */
  mfa: z.optional(
    z.object({
      satisfied: z.boolean(),
      pushId: z.optional(z.string()),
      smsPhone: z.optional(z.string()),
      smsCode: z.optional(z.string()),
      smsSentAt: z.optional(z.string()),
      registering: z.boolean(),
    }),
  ),
  /** Why the session ended at the `blocked` step (an AADSTS code or the simulator's own name). */
  blocked: z.optional(z.object({ code: z.string(), details: z.record(z.string(), z.string()) })),
  /** Every step the session has shown, in order (the explain panel's flow diagram). */
  history: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RedemptionSession = z.infer<typeof redemptionSession>;

export const mailRecord = z.object({
  id: z.string(),
  to: z.string(),
  cc: z.array(z.string()),
  fromName: z.string(),
  replyTo: z.optional(z.string()),
  receivedAt: z.string(),
  language: z.enum(["en", "nl"]),
  kind: z.enum(["invitation", "passcode", "account-verification", "notification"]),
  /** The invitation a message belongs to; absent for the unsubscribe-manage passcode. */
  invitationId: z.optional(z.string()),
  /** The organisation a passcode is for, when no invitation names it. */
  organization: z.optional(z.string()),
  /** The code of a passcode or account-verification message. */
  code: z.optional(z.string()),
});
export type MailRecord = z.infer<typeof mailRecord>;

/** One authorization code of the fake identity provider: single use, bound to PKCE and client. */
export const authCode = z.object({
  code: z.string(),
  clientId: z.string(),
  redirectUri: z.string(),
  codeChallenge: z.string(),
  nonce: z.optional(z.string()),
  scope: z.string(),
  /** The account that signed in (an address can be both a work account and an MSA: D2). */
  accountObjectId: z.string(),
  issuedAt: z.number(),
  used: z.boolean(),
  /** Demo switch on the partner SAML page: the assertion carries no e-mail claim (AADSTS5000819). */
  omitEmailClaim: z.optional(z.boolean()),
});
export type AuthCode = z.infer<typeof authCode>;

export const refreshGrant = z.object({
  token: z.string(),
  clientId: z.string(),
  accountObjectId: z.string(),
  scope: z.string(),
});

export const signingKey = z.object({
  kid: z.string(),
  privateJwk: z.record(z.string(), z.unknown()),
  publicJwk: z.record(z.string(), z.unknown()),
});
export type SigningKey = z.infer<typeof signingKey>;

/** One-time passcodes (spec §4.5): one live code per guest and tenant; a new one replaces the old. */
export const passcode = z.object({
  tenantId: z.string(),
  email: z.string(),
  code: z.string(),
  issuedAt: z.string(),
  failedAttempts: z.number(),
  lockedUntil: z.optional(z.string()),
});
export type Passcode = z.infer<typeof passcode>;

export const passcodeSession = z.object({ tenantId: z.string(), email: z.string(), expiresAt: z.string() });

/** The simulated phone: SMS messages and Authenticator notifications. */
export const phoneMessage = z.object({ id: z.string(), to: z.string(), text: z.string(), code: z.string(), receivedAt: z.string() });
export const pushRequest = z.object({
  id: z.string(),
  userId: z.string(),
  organization: z.string(),
  status: z.enum(["pending", "approved", "denied"]),
  createdAt: z.string(),
});
export type PushRequest = z.infer<typeof pushRequest>;

/** "Block future invitations" (spec §4.0): the organisations an address no longer hears from. */
export const unsubscribe = z.object({ email: z.string(), tenantId: z.string(), organization: z.string(), blockedAt: z.string() });

/** Fault injection for developers (issue "demo studio"): applied to every API but the demo controls. */
export const faults = z.object({
  latencyMs: z.number(),
  jitterMs: z.number(),
  failureRate: z.number(),
  failingEndpoint: z.optional(z.string()),
  offline: z.boolean(),
});
export type Faults = z.infer<typeof faults>;
export const NO_FAULTS: Faults = { latencyMs: 0, jitterMs: 0, failureRate: 0, offline: false };

export const worldState = z.object({
  version: z.literal(STATE_VERSION),
  scenarioId: z.string(),
  clockOffsetMs: z.number(),
  resourceTenantId: z.string(),
  guestEmail: z.string(),
  /** What the fake sign-in page suggests as the demo account (wrong-account shows another one). */
  demoSignInHint: z.string(),
  tenants: z.array(tenant),
  members: z.array(member),
  accounts: z.array(externalAccount),
  invitations: z.array(invitation),
  users: z.array(guestUser),
  sessions: z.array(redemptionSession),
  mail: z.array(mailRecord),
  passcodes: z.array(passcode),
  phone: z.array(phoneMessage),
  pushRequests: z.array(pushRequest),
  unsubscribes: z.array(unsubscribe),
  passcodeSessions: z.array(passcodeSession),
  authCodes: z.array(authCode),
  refreshGrants: z.array(refreshGrant),
  signingKey: z.optional(signingKey),
  faults: faults,
});
export type WorldState = z.infer<typeof worldState>;
