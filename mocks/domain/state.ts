// The whole fake world as one serialisable document. It is validated on every load, so state written
// by an older version of the simulator, or corrupted by hand, is detected and reset (never a blank page).
import * as v from "valibot";
import { signupStep, stepName } from "../../src/api/contract";
import { passwordHash } from "./passwords";

export const STATE_VERSION = 4;

export const samlFederation = v.object({
  domain: v.string(),
  /** The partner IdP's display name, shown on its sign-in page. */
  idpName: v.string(),
  /** The issuer URI recorded in the guest's identities (spec §1.3). */
  issuer: v.string(),
  /** Whether the domain is verified in some Entra tenant (spec D4). */
  verifiedInEntra: v.boolean(),
});
export type SamlFederation = v.InferOutput<typeof samlFederation>;

export const primaryProvider = v.picklist(["azureActiveDirectory", "externalFederation", "socialIdentityProviders"]);

export const tenantPolicies = v.object({
  emailOtpEnabled: v.boolean(),
  notificationLanguage: v.optional(v.string()),
  googleFederation: v.boolean(),
  samlFederations: v.array(samlFederation),
  /** invitationRedemptionIdentityProviderConfiguration (spec §3.3). */
  primaryOrder: v.array(primaryProvider),
  msaFallbackEnabled: v.boolean(),
  /** Terms of use required for guests by Conditional Access (spec §5.2). */
  termsOfUse: v.optional(
    v.object({
      displayName: v.string(),
      /** The document per language; the first one is the default (spec §5.2). */
      documents: v.object({ en: v.string(), nl: v.optional(v.string()) }),
      requireExpand: v.boolean(),
    }),
  ),
  /** Conditional Access: require MFA for guests (spec §5.3). */
  mfaRequiredForGuests: v.boolean(),
  /** Cross-tenant access, inbound trust: MFA done in an Entra home tenant counts here. */
  trustHomeTenantMfa: v.boolean(),
  /** Conditional Access: block guests (AADSTS53003). */
  blockGuestsByConditionalAccess: v.boolean(),
  /** External collaboration settings → collaboration restrictions (spec §8). */
  collaboration: v.object({ mode: v.picklist(["allow-all", "deny-listed", "allow-listed-only"]), domains: v.array(v.string()) }),
  /** Cross-tenant access: tenants whose users may not come in (inbound) or ours may not go to (outbound). */
  inboundBlockedTenants: v.array(v.string()),
  outboundBlockedTenants: v.array(v.string()),
  /** Cross-tenant access trust setting "Automatically redeem invitations" per partner tenant, by direction. */
  autoRedeemInbound: v.array(v.string()),
  autoRedeemOutbound: v.array(v.string()),
  /** External user leave settings (spec §5.5). */
  allowSelfLeave: v.boolean(),
});
export type TenantPolicies = v.InferOutput<typeof tenantPolicies>;

export const tenant = v.object({
  id: v.string(),
  name: v.string(),
  /** Primary domain, shown in the invitation e-mail. */
  domain: v.string(),
  /** The `<name>.onmicrosoft.com` domain used in guest UPNs. */
  initialDomain: v.string(),
  verifiedDomains: v.array(v.string()),
  privacy: v.object({ statementUrl: v.optional(v.string()), contactEmail: v.optional(v.string()) }),
  policies: tenantPolicies,
  /** Brand colour used by the home-tenant sign-in page. */
  brandColor: v.optional(v.string()),
});
export type Tenant = v.InferOutput<typeof tenant>;

/** An identity that exists in the simulated outside world (not in the resource tenant). */
export const externalAccount = v.variant("kind", [
  v.object({
    kind: v.literal("entra"),
    email: v.string(),
    displayName: v.string(),
    tenantId: v.string(),
    objectId: v.string(),
    password: v.string(),
  }),
  v.object({
    kind: v.literal("msa"),
    email: v.string(),
    displayName: v.string(),
    objectId: v.string(),
    /** A seeded account's demo password; an account the guest created keeps only `passwordHash`. */
    password: v.optional(v.string()),
    passwordHash: v.optional(passwordHash),
  }),
  v.object({
    kind: v.literal("google"),
    email: v.string(),
    displayName: v.string(),
    objectId: v.string(),
    password: v.string(),
    /** Signed in to Google in this browser: listed in Google's account chooser. */
    signedInToBrowser: v.boolean(),
  }),
  v.object({
    kind: v.literal("saml"),
    email: v.string(),
    displayName: v.string(),
    objectId: v.string(),
    password: v.string(),
  }),
]);
export type ExternalAccount = v.InferOutput<typeof externalAccount>;

export const member = v.object({
  id: v.string(),
  tenantId: v.string(),
  displayName: v.string(),
  mail: v.string(),
});
export type Member = v.InferOutput<typeof member>;

export const identity = v.object({
  signInType: v.string(),
  issuer: v.string(),
  issuerAssignedId: v.nullable(v.string()),
});

export const guestUser = v.object({
  id: v.string(),
  tenantId: v.string(),
  displayName: v.string(),
  mail: v.string(),
  userPrincipalName: v.string(),
  userType: v.picklist(["Guest", "Member"]),
  externalUserState: v.picklist(["PendingAcceptance", "Accepted"]),
  externalUserStateChangeDateTime: v.string(),
  identities: v.array(identity),
  preferredLanguage: v.optional(v.string()),
  /** The home identity bound at redemption (spec D1: used for every later sign-in). */
  redeemedWith: v.optional(v.object({ path: v.string(), issuer: v.string(), email: v.string(), objectId: v.string() })),
  consentAcceptedAt: v.optional(v.string()),
  termsAcceptedAt: v.optional(v.string()),
  /** MFA methods registered in the resource tenant. */
  mfaMethods: v.array(
    v.variant("kind", [v.object({ kind: v.literal("authenticator") }), v.object({ kind: v.literal("sms"), phone: v.string() })]),
  ),
  /** Graph accountEnabled: false is "block sign-in" (AADSTS50057). */
  accountEnabled: v.boolean(),
  /** Soft-deleted (left the organisation or deleted by an admin): restorable for 30 days. */
  deletedDateTime: v.optional(v.string()),
  createdDateTime: v.string(),
});
export type GuestUser = v.InferOutput<typeof guestUser>;

export const invitation = v.object({
  id: v.string(),
  tenantId: v.string(),
  ticket: v.string(),
  invitedUserEmailAddress: v.string(),
  invitedUserDisplayName: v.optional(v.string()),
  inviteRedirectUrl: v.string(),
  sendInvitationMessage: v.boolean(),
  customizedMessageBody: v.optional(v.string()),
  messageLanguage: v.optional(v.string()),
  ccRecipients: v.array(v.string()),
  invitedUserType: v.picklist(["Guest", "Member"]),
  status: v.picklist(["PendingAcceptance", "Completed"]),
  invitedUserId: v.string(),
  inviterId: v.optional(v.string()),
  resetRedemption: v.boolean(),
  createdDateTime: v.string(),
});
export type Invitation = v.InferOutput<typeof invitation>;

/** The steps a session can be at: the contract's own list (the SPA renders one route per step). */
export const sessionStep = stepName;

/** The create-a-Microsoft-account wizard's submitted values (the password only as its salted hash). */
export const signupDraft = v.object({
  step: signupStep,
  passwordHash: v.optional(passwordHash),
  verificationCode: v.optional(v.string()),
  codeIssuedAt: v.optional(v.string()),
  verified: v.boolean(),
  firstName: v.optional(v.string()),
  lastName: v.optional(v.string()),
  country: v.optional(v.string()),
  birthDate: v.optional(v.string()),
});
export type SignupDraft = v.InferOutput<typeof signupDraft>;

export const signedInAccount = v.object({
  email: v.string(),
  displayName: v.string(),
  objectId: v.string(),
  tenantId: v.string(),
  issuer: v.string(),
  path: v.string(),
});
export type SignedInAccount = v.InferOutput<typeof signedInAccount>;

export const redemptionSession = v.object({
  id: v.string(),
  invitationId: v.string(),
  entry: v.picklist(["email-link", "direct-link"]),
  step: sessionStep,
  path: v.string(),
  rule: v.string(),
  signedInAs: v.optional(signedInAccount),
  /** The OIDC nonce the sign-in step asks for; an id token counts only if it carries it (one use). */
  signInNonce: v.optional(v.string()),
  signup: v.optional(signupDraft),
  /** MFA done for this sign-in, and the verification under way. */
  mfa: v.optional(
    v.object({
      satisfied: v.boolean(),
      pushId: v.optional(v.string()),
      smsPhone: v.optional(v.string()),
      smsCode: v.optional(v.string()),
      smsSentAt: v.optional(v.string()),
      registering: v.boolean(),
    }),
  ),
  /** Why the session ended at the `blocked` step (an AADSTS code or the simulator's own name). */
  blocked: v.optional(v.object({ code: v.string(), details: v.record(v.string(), v.string()) })),
  /** Every step the session has shown, in order (the explain panel's flow diagram). */
  history: v.array(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type RedemptionSession = v.InferOutput<typeof redemptionSession>;

export const mailRecord = v.object({
  id: v.string(),
  to: v.string(),
  cc: v.array(v.string()),
  fromName: v.string(),
  replyTo: v.optional(v.string()),
  receivedAt: v.string(),
  language: v.picklist(["en", "nl"]),
  kind: v.picklist(["invitation", "passcode", "account-verification", "notification"]),
  /** The invitation a message belongs to; absent for the unsubscribe-manage passcode. */
  invitationId: v.optional(v.string()),
  /** The organisation a passcode is for, when no invitation names it. */
  organization: v.optional(v.string()),
  /** The code of a passcode or account-verification message. */
  code: v.optional(v.string()),
});
export type MailRecord = v.InferOutput<typeof mailRecord>;

/** One authorization code of the fake identity provider: single use, bound to PKCE and client. */
export const authCode = v.object({
  code: v.string(),
  clientId: v.string(),
  redirectUri: v.string(),
  codeChallenge: v.string(),
  nonce: v.optional(v.string()),
  scope: v.string(),
  /** The account that signed in (an address can be both a work account and an MSA: D2). */
  accountObjectId: v.string(),
  issuedAt: v.number(),
  used: v.boolean(),
  /** Demo switch on the partner SAML page: the assertion carries no e-mail claim (AADSTS5000819). */
  omitEmailClaim: v.optional(v.boolean()),
  /** The authority segment /authorize was called at; the code is redeemed there only. */
  segment: v.optional(v.string()),
});
export type AuthCode = v.InferOutput<typeof authCode>;

export const refreshGrant = v.object({
  token: v.string(),
  clientId: v.string(),
  accountObjectId: v.string(),
  scope: v.string(),
  /** The authority segment the grant was issued at. */
  segment: v.optional(v.string()),
  /** The authorization code it came from: replaying that code revokes it (RFC 6749 §4.1.2). */
  code: v.optional(v.string()),
  /** When the sign-in behind it happened (ISO, fake clock): the "issued on" of an expired token's error. */
  issuedAt: v.optional(v.string()),
  /**
   * When it stops working (ISO, fake clock): 24 hours after the sign-in for a single-page app, carried
   * over unchanged to every refresh token redeemed from it (decision 0037). Absent in a grant saved before
   * lifetimes were kept: it counts as expired.
   */
  expiresAt: v.optional(v.string()),
  /** Issued to a single-page app (a public client): a fixed lifetime, not a sliding one. */
  spa: v.optional(v.boolean()),
});

/**
 * The fake IdP's published key: its id and public JWK (the JWKS). The private key is never part of the
 * world: it is a non-extractable CryptoKey kept beside it (mocks/db.ts SigningKeyStore, decision 0037). A
 * world saved before that carried `privateJwk` here; it is dropped on load, and a new key pair replaces it.
 */
export const signingKey = v.object({
  kid: v.string(),
  publicJwk: v.record(v.string(), v.unknown()),
});
export type SigningKey = v.InferOutput<typeof signingKey>;

/** One-time passcodes (spec §4.5): one live code per guest and tenant; a new one replaces the old. */
export const passcode = v.object({
  tenantId: v.string(),
  email: v.string(),
  code: v.string(),
  issuedAt: v.string(),
  failedAttempts: v.number(),
  lockedUntil: v.optional(v.string()),
});
export type Passcode = v.InferOutput<typeof passcode>;

/** A 24-hour passcode session (§4.5), held by one browser profile (its session cookie's id). */
export const passcodeSession = v.object({
  tenantId: v.string(),
  email: v.string(),
  /** Absent in a session saved before sessions were bound to a browser: it opens nothing. */
  browser: v.optional(v.pipe(v.string(), v.maxLength(64))),
  expiresAt: v.string(),
});

/** Wrong guesses of a short code per guest (account-creation code, MFA text code): see attempts.ts. */
export const codeAttempt = v.object({
  kind: v.picklist(["account-verification", "mfa-sms"]),
  subject: v.string(),
  failed: v.number(),
  lockedUntil: v.optional(v.string()),
});

/** The simulated phone: SMS messages and Authenticator notifications. */
export const phoneMessage = v.object({ id: v.string(), to: v.string(), text: v.string(), code: v.string(), receivedAt: v.string() });
export const pushRequest = v.object({
  id: v.string(),
  userId: v.string(),
  organization: v.string(),
  status: v.picklist(["pending", "approved", "denied"]),
  createdAt: v.string(),
});
export type PushRequest = v.InferOutput<typeof pushRequest>;

/** "Block future invitations" (spec §4.0): the organisations an address no longer hears from. */
export const unsubscribe = v.object({ email: v.string(), tenantId: v.string(), organization: v.string(), blockedAt: v.string() });

/** Fault injection for developers (issue "demo studio"): applied to every API but the demo controls. */
export const faults = v.object({
  latencyMs: v.number(),
  jitterMs: v.number(),
  failureRate: v.number(),
  failingEndpoint: v.optional(v.string()),
  offline: v.boolean(),
  /** How many more requests to `failingEndpoint` fail (unset: all of them). */
  failCount: v.optional(v.number()),
  failStatus: v.optional(v.picklist([429, 503])),
  retryAfterSeconds: v.optional(v.number()),
});
export type Faults = v.InferOutput<typeof faults>;
export const NO_FAULTS: Faults = { latencyMs: 0, jitterMs: 0, failureRate: 0, offline: false };

export const worldState = v.object({
  version: v.literal(STATE_VERSION),
  scenarioId: v.string(),
  clockOffsetMs: v.number(),
  resourceTenantId: v.string(),
  guestEmail: v.string(),
  /** What the fake sign-in page suggests as the demo account (wrong-account shows another one). */
  demoSignInHint: v.string(),
  tenants: v.array(tenant),
  members: v.array(member),
  accounts: v.array(externalAccount),
  invitations: v.array(invitation),
  users: v.array(guestUser),
  sessions: v.array(redemptionSession),
  mail: v.array(mailRecord),
  passcodes: v.array(passcode),
  phone: v.array(phoneMessage),
  pushRequests: v.array(pushRequest),
  unsubscribes: v.array(unsubscribe),
  passcodeSessions: v.array(passcodeSession),
  codeAttempts: v.optional(v.array(codeAttempt), []),
  authCodes: v.array(authCode),
  refreshGrants: v.array(refreshGrant),
  signingKey: v.optional(signingKey),
  faults: faults,
});
export type WorldState = v.InferOutput<typeof worldState>;
