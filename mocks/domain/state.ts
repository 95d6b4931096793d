// The whole fake world as one serialisable document. It is validated on every load, so state written
// by an older version of the simulator, or corrupted by hand, is detected and reset (never a blank page).
//
// Every stored value has bounds, the API's own where it has them (src/api/contract.ts LIMITS): a state that
// is well-typed but out of range is as unusable as a corrupt one and is recovered the same way (mocks/db.ts).
import * as v from "valibot";
import {
  BRANDING_LIMITS,
  DOMAIN_NAME,
  faultEndpoints,
  faultSettings,
  INVISIBLE_OR_BROKEN,
  LANGUAGE_TAG,
  LIMITS,
  MAX_CLOCK_OFFSET_MS,
  signupStep,
  stepName,
} from "../../src/api/contract";
import { mfaChallengeMethods, mfaWizardPages } from "../../src/api/flow";
import { PASSWORD_MAX_LENGTH } from "../../src/api/rules";
import { passwordHash } from "./passwords";

export const STATE_VERSION = 4;

/** Bounds of stored values the API has no limit of its own for. */
export const STORED_LIMITS = {
  /** Ids, tokens, codes, nonces and other machine values (an opaque token is 43 characters). */
  token: LIMITS.url,
  /** Short machine names: a path, a rule, a step, a signInType, an AADSTS code. */
  label: 128,
  /** A user principal name: the address with `#EXT#@` and the tenant's initial domain. */
  userPrincipalName: LIMITS.email + LIMITS.domain + 8,
  /** Records of one kind (guests, invitations, mail, sessions...): the oldest go, or the action is refused. */
  records: 5_000,
  /** The steps one session remembers for the explain panel. */
  history: 500,
  /** Small lists inside one record (identities, MFA methods, verified domains). */
  smallList: 100,
  /** Failed guesses of one code, and PBKDF2 and such: counts stay integers in this range. */
  count: 1_000_000,
} as const;

/** Lone surrogates cannot be encoded (encodeURIComponent throws, TextEncoder mangles): never stored. */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any stored text: at most `max` characters, and encodable. */
export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((value) => !UNPAIRED_SURROGATE.test(value), "unpaired_surrogate"),
  );
/** An id, token or code. */
const token = text(STORED_LIMITS.token);
const id = text(LIMITS.id);
const label = text(STORED_LIMITS.label);
/** An e-mail address as stored (the contract's length, no control, format or broken characters; "" where none). */
const storedEmail = v.pipe(
  v.string(),
  v.maxLength(LIMITS.email),
  v.check((value) => !INVISIBLE_OR_BROKEN.test(value), "invalid_email"),
);
/** A URL as stored: the contract's length, none of the characters a URL may not hold. Whether it may be
 * followed is decided where it is used (a stored javascript: redirect is refused at the redirect). */
const storedUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((value) => !INVISIBLE_OR_BROKEN.test(value), "invalid_url"),
);
/** A domain name (any case: a custom world may spell it so; the studio stores lower case). */
const domain = v.pipe(v.string(), v.maxLength(LIMITS.domain), v.regex(new RegExp(DOMAIN_NAME.source, "i"), "invalid_domain"));
const languageTag = v.pipe(v.string(), v.maxLength(LIMITS.languageTag), v.regex(LANGUAGE_TAG, "invalid_language"));
const displayName = text(LIMITS.displayName);
/** A seeded account's demo password (the wizard's own rule for its length). */
const password = text(PASSWORD_MAX_LENGTH);
const name = text(LIMITS.name);
/** A point in time as `Date.toISOString` writes it. */
const timestamp = v.pipe(v.string(), v.maxLength(32), v.isoTimestamp());
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(STORED_LIMITS.count));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const records = <T extends v.GenericSchema>(item: T) => list(item, STORED_LIMITS.records);
/** Free-form details (of a blocked session): a few labelled values. */
const details = v.pipe(
  v.record(label, storedUrl),
  v.check((value) => Object.keys(value).length <= 50, "too_many_details"),
);

/** A data URL of an image within the largest limit (the background image's 300 KB, in base64). */
const storedImage = v.pipe(
  v.string(),
  v.maxLength(420_000),
  v.regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]*$/, "invalid_image"),
);
const storedBranding = v.object({
  backgroundColor: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/))),
  bannerLogo: v.optional(storedImage),
  squareLogo: v.optional(storedImage),
  backgroundImage: v.optional(storedImage),
  signInPageText: v.optional(text(BRANDING_LIMITS.signInPageText)),
  usernameHintText: v.optional(text(BRANDING_LIMITS.usernameHintText)),
  customPrivacyAndCookiesText: v.optional(text(BRANDING_LIMITS.footerText)),
  customPrivacyAndCookiesUrl: v.optional(text(BRANDING_LIMITS.footerUrl)),
  customTermsOfUseText: v.optional(text(BRANDING_LIMITS.footerText)),
  customTermsOfUseUrl: v.optional(text(BRANDING_LIMITS.footerUrl)),
  hidePrivacyAndCookies: v.optional(v.boolean()),
  hideTermsOfUse: v.optional(v.boolean()),
  hideKeepMeSignedIn: v.optional(v.boolean()),
});
export type StoredBranding = v.InferOutput<typeof storedBranding>;

export const samlFederation = v.object({
  domain,
  /** The partner IdP's display name, shown on its sign-in page. */
  idpName: name,
  /** The issuer URI recorded in the guest's identities (spec §1.3). */
  issuer: storedUrl,
  /** Whether the domain is verified in some Entra tenant (spec D4). */
  verifiedInEntra: v.boolean(),
});
export type SamlFederation = v.InferOutput<typeof samlFederation>;

export const primaryProvider = v.picklist(["azureActiveDirectory", "externalFederation", "socialIdentityProviders"]);

/** One terms-of-use agreement (spec §5.2): its name, documents, and when acceptances expire. */
const termsFields = {
  displayName: name,
  /** The document per language; the first one is the default (spec §5.2). */
  documents: v.object({ en: text(LIMITS.messageBody), nl: v.optional(text(LIMITS.messageBody)) }),
  requireExpand: v.boolean(),
  /** "Duration before re-acceptance required (days)" (spec §5.2, §7): an acceptance lasts this many days. */
  reacceptAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  /** "Expire consents": every acceptance expires on the start date and again each period after it (spec §5.2). */
  expireConsents: v.optional(v.object({ startsOn: timestamp, frequency: v.picklist(["monthly", "quarterly", "biannually", "annually"]) })),
};

export const tenantPolicies = v.object({
  emailOtpEnabled: v.boolean(),
  notificationLanguage: v.optional(languageTag),
  googleFederation: v.boolean(),
  samlFederations: list(samlFederation, LIMITS.samlDomains),
  /** invitationRedemptionIdentityProviderConfiguration (spec §3.3). */
  primaryOrder: list(primaryProvider, 3),
  msaFallbackEnabled: v.boolean(),
  /** Terms of use required for guests by Conditional Access (spec §5.2). */
  termsOfUse: v.optional(v.object(termsFields)),
  /**
   * The tenant's further terms of use (spec §5.2, §7: up to 40 per tenant, `termsOfUse` included), each with its
   * Graph id; a guest accepts every one, one at a time, in this order (docs/decisions/0091). Older worlds have none.
   */
  moreTermsOfUse: v.optional(list(v.object({ id, ...termsFields }), 40)),
  /** Conditional Access: require MFA for guests (spec §5.3). */
  mfaRequiredForGuests: v.boolean(),
  /** Cross-tenant access, inbound trust: MFA done in an Entra home tenant counts here. */
  trustHomeTenantMfa: v.boolean(),
  /** Conditional Access: block guests (AADSTS53003). */
  blockGuestsByConditionalAccess: v.boolean(),
  /** External collaboration settings → collaboration restrictions (spec §8). */
  collaboration: v.object({
    mode: v.picklist(["allow-all", "deny-listed", "allow-listed-only"]),
    domains: list(domain, LIMITS.collaborationDomains),
  }),
  /** Cross-tenant access: tenants whose users may not come in (inbound) or ours may not go to (outbound). */
  inboundBlockedTenants: list(id, STORED_LIMITS.smallList),
  outboundBlockedTenants: list(id, STORED_LIMITS.smallList),
  /** Cross-tenant access trust setting "Automatically redeem invitations" per partner tenant, by direction. */
  autoRedeemInbound: list(id, STORED_LIMITS.smallList),
  autoRedeemOutbound: list(id, STORED_LIMITS.smallList),
  /** External user leave settings (spec §5.5). */
  allowSelfLeave: v.boolean(),
  /** User settings → "Show keep user signed in" (addendum §10.2): No hides "Stay signed in?" for this tenant's users. */
  showKeepSignedIn: v.optional(v.boolean(), true),
  /** SIM-ASSUMPTION toggle (addendum §10.2 GAP): the home tenant's "Stay signed in?" appears in a guest's sign-in here. */
  kmsiInGuestFlows: v.optional(v.boolean(), false),
  /** SIM-ASSUMPTION toggle (addendum §10.4 GAP, default on): AADSTS50020 pages offer "Sign out and sign in with a different account". */
  signOutLinkOnErrors: v.optional(v.boolean(), true),
  /**
   * The guest's own network (simulator; addendum §14.2): its proxy injects tenant restrictions that don't list
   * this tenant: v1 headers (AADSTS500021) or a v2 policy (AADSTS5000211). Kept with the resource tenant's
   * world settings (docs/decisions/0061).
   */
  guestNetworkRestriction: v.optional(v.picklist(["none", "v1", "v2"]), "none"),
  /** Conditional Access: guests need a compliant (53000) or hybrid-joined (53001) device (spec §5.3). */
  deviceRequirementForGuests: v.optional(v.picklist(["none", "compliant", "hybrid-joined"]), "none"),
  /** Cross-tenant access, inbound trust: compliant and hybrid-joined device claims of an Entra home tenant count here. */
  trustHomeTenantDevices: v.optional(v.boolean(), false),
  /** Simulator faults at the guest's identity providers (spec §6): the SAML/WS-Fed partner's and Google's errors. */
  samlPartnerFault: v.optional(v.picklist(["none", "AADSTS5000819", "AADSTS50008", "AADSTS20001", "AADSTS20012", "AADSTS50107"]), "none"),
  googleFault: v.optional(v.picklist(["none", "AADSTS40008", "AADSTS40009", "AADSTS40010", "AADSTS40015"]), "none"),
  /** The Microsoft account service's error (AADSTS70012 MsaServerError, spec §4.4, §6; decision 0075). */
  msaFault: v.optional(v.picklist(["none", "AADSTS70012"]), "none"),
  /** The guest's browser sends Google an oversized cookie header: Google's "header too long" page (spec §4.3; decision 0082). */
  googleHeaderTooLong: v.optional(v.boolean(), false),
  /** The app signs in inside an embedded web view: Google's block page (spec §4.3; decision 0083). */
  embeddedWebView: v.optional(v.boolean(), false),
  /** Microsoft's device sign-in flow takes over from Google in an embedded web view (spec §4.3; decision 0084). */
  deviceSignInFlow: v.optional(v.boolean(), false),
  /**
   * Admin consent settings (ED configure-admin-consent-workflow): "Users can request admin consent to apps they
   * are unable to consent to" (Graph adminConsentRequestPolicy.isEnabled) and "Consent request expires after
   * (days)" (requestDurationInDays; the default is a GAP, SIM-ASSUMPTION 30, docs/decisions/0076).
   */
  adminConsentRequests: v.optional(v.boolean(), false),
  consentRequestExpiryDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)), 30),
  /**
   * Risk-based Conditional Access that includes guests (Identity Protection; docs/decisions/0085): at high risk,
   * require MFA (a guest with nothing registered here can't register: AADSTS53004) or block (AADSTS53011).
   */
  riskPolicyForGuests: v.optional(v.picklist(["none", "require-mfa", "block"]), "none"),
});
export type TenantPolicies = v.InferOutput<typeof tenantPolicies>;

export const tenant = v.object({
  id,
  name,
  /** Primary domain, shown in the invitation e-mail. */
  domain,
  /** The `<name>.onmicrosoft.com` domain used in guest UPNs. */
  initialDomain: domain,
  verifiedDomains: list(domain, STORED_LIMITS.smallList),
  privacy: v.object({ statementUrl: v.optional(storedUrl), contactEmail: v.optional(storedEmail) }),
  policies: tenantPolicies,
  /** Company branding (addendum §13.1), checked against its limits when it is written (mocks/domain/branding.ts). */
  branding: v.optional(storedBranding),
  /**
   * An unmanaged ("viral") directory, made by self-service sign-up, with no administrator (spec §3.1, §4.1):
   * its accounts no longer redeem, and a guest who redeemed with one long ago meets AADSTS65005 (decision 0086).
   */
  unmanaged: v.optional(v.boolean()),
  /** Made by self-service sign-up: it stays so after an admin takeover makes it managed (decision 0086). */
  selfServiceSignUp: v.optional(v.boolean()),
});
export type Tenant = v.InferOutput<typeof tenant>;

/** An identity that exists in the simulated outside world (not in the resource tenant). */
export const externalAccount = v.variant("kind", [
  v.object({
    kind: v.literal("entra"),
    email: storedEmail,
    displayName,
    tenantId: id,
    objectId: id,
    /** A seeded account's demo password; once the guest chose a new one (50055) only `passwordHash` is kept. */
    password: v.optional(password),
    passwordHash: v.optional(passwordHash),
    /** The password has expired at the home tenant (AADSTS50055): the next sign-in asks for a new one. */
    passwordExpired: v.optional(v.boolean()),
    /** When the guest last chose a new password on the home tenant's update-password page. */
    passwordChangedAt: v.optional(timestamp),
    /** The home tenant's Identity Protection user risk (evaluated at home for B2B users; decision 0085). */
    userRisk: v.optional(v.picklist(["none", "high"])),
  }),
  v.object({
    kind: v.literal("msa"),
    email: storedEmail,
    displayName,
    objectId: id,
    /** A seeded account's demo password; an account the guest created keeps only `passwordHash`. */
    password: v.optional(password),
    passwordHash: v.optional(passwordHash),
  }),
  v.object({
    kind: v.literal("google"),
    email: storedEmail,
    displayName,
    objectId: id,
    password,
    /** Signed in to Google in this browser: listed in Google's account chooser. */
    signedInToBrowser: v.boolean(),
  }),
  v.object({
    kind: v.literal("saml"),
    email: storedEmail,
    displayName,
    objectId: id,
    password,
  }),
]);
export type ExternalAccount = v.InferOutput<typeof externalAccount>;

export const member = v.object({
  id,
  tenantId: id,
  displayName,
  mail: storedEmail,
});
export type Member = v.InferOutput<typeof member>;

export const identity = v.object({
  signInType: label,
  issuer: storedUrl,
  issuerAssignedId: v.nullable(text(LIMITS.url)),
});

export const guestUser = v.object({
  id,
  tenantId: id,
  displayName,
  mail: storedEmail,
  userPrincipalName: text(STORED_LIMITS.userPrincipalName),
  userType: v.picklist(["Guest", "Member"]),
  externalUserState: v.picklist(["PendingAcceptance", "Accepted"]),
  externalUserStateChangeDateTime: timestamp,
  identities: list(identity, STORED_LIMITS.smallList),
  preferredLanguage: v.optional(languageTag),
  /** The home identity bound at redemption (spec D1: used for every later sign-in). */
  redeemedWith: v.optional(v.object({ path: label, issuer: storedUrl, email: storedEmail, objectId: id })),
  consentAcceptedAt: v.optional(timestamp),
  termsAcceptedAt: v.optional(timestamp),
  /** The last Decline of the terms of use (the admin's acceptance report shows it, spec §5.2). */
  termsDeclinedAt: v.optional(timestamp),
  /** Decisions on the tenant's further terms of use (`moreTermsOfUse`), by agreement id (docs/decisions/0091). */
  termsDecisions: v.optional(list(v.object({ agreementId: id, acceptedAt: v.optional(timestamp), declinedAt: v.optional(timestamp) }), 40)),
  /** "Not now" on the passkey registration campaign (addendum §12.8): not asked again until then. */
  passkeySnoozedUntil: v.optional(timestamp),
  /** MFA methods registered in the resource tenant. */
  mfaMethods: list(
    v.variant("kind", [
      v.object({ kind: v.literal("authenticator") }),
      v.object({ kind: v.literal("sms"), phone: id }),
      /** An OATH software token (another authenticator app): its base32 secret, for RFC 6238 codes. */
      v.object({ kind: v.literal("totp"), secret: id }),
      /** A passkey (addendum §12.8): registered at the campaign, on the simulated phone. */
      v.object({ kind: v.literal("passkey") }),
    ]),
    STORED_LIMITS.smallList,
  ),
  /** Graph revokeSignInSessions: tokens and sessions from before it are refused (AADSTS50173). */
  signInSessionsValidFromDateTime: v.optional(timestamp),
  /** Graph accountEnabled: false is "block sign-in" (AADSTS50057). */
  accountEnabled: v.boolean(),
  /** Soft-deleted (left the organisation or deleted by an admin): restorable for 30 days. */
  deletedDateTime: v.optional(timestamp),
  createdDateTime: timestamp,
});
export type GuestUser = v.InferOutput<typeof guestUser>;

export const invitation = v.object({
  id,
  tenantId: id,
  ticket: text(LIMITS.ticket),
  invitedUserEmailAddress: storedEmail,
  invitedUserDisplayName: v.optional(displayName),
  inviteRedirectUrl: storedUrl,
  sendInvitationMessage: v.boolean(),
  customizedMessageBody: v.optional(text(LIMITS.messageBody)),
  messageLanguage: v.optional(languageTag),
  ccRecipients: list(storedEmail, LIMITS.ccRecipients),
  invitedUserType: v.picklist(["Guest", "Member"]),
  status: v.picklist(["PendingAcceptance", "Completed"]),
  invitedUserId: id,
  inviterId: v.optional(id),
  resetRedemption: v.boolean(),
  createdDateTime: timestamp,
});
export type Invitation = v.InferOutput<typeof invitation>;

/** The pages of the registration wizard and the challenge's methods: the contract's own lists. */
const wizardPage = v.picklist(mfaWizardPages);
const challengeMethod = v.picklist(mfaChallengeMethods);

/** The steps a session can be at: the contract's own list (the SPA renders one route per step). */
export const sessionStep = stepName;

/** The create-a-Microsoft-account wizard's submitted values (the password only as its salted hash). */
export const signupDraft = v.object({
  step: signupStep,
  passwordHash: v.optional(passwordHash),
  verificationCode: v.optional(id),
  codeIssuedAt: v.optional(timestamp),
  verified: v.boolean(),
  firstName: v.optional(name),
  lastName: v.optional(name),
  country: v.optional(text(8)),
  birthDate: v.optional(text(32)),
});
export type SignupDraft = v.InferOutput<typeof signupDraft>;

export const signedInAccount = v.object({
  email: storedEmail,
  displayName,
  objectId: id,
  tenantId: id,
  issuer: storedUrl,
  path: label,
});
export type SignedInAccount = v.InferOutput<typeof signedInAccount>;

export const redemptionSession = v.object({
  id,
  invitationId: id,
  entry: v.picklist(["email-link", "direct-link"]),
  step: sessionStep,
  path: label,
  rule: label,
  signedInAs: v.optional(signedInAccount),
  /** The OIDC nonce the sign-in step asks for; an id token counts only if it carries it (one use). */
  signInNonce: v.optional(token),
  signup: v.optional(signupDraft),
  /** MFA done for this sign-in, and the verification under way. */
  mfa: v.optional(
    v.object({
      satisfied: v.boolean(),
      pushId: v.optional(id),
      smsPhone: v.optional(id),
      smsCode: v.optional(id),
      smsSentAt: v.optional(timestamp),
      /** The verification call under way (W6 Call me, S47). */
      callId: v.optional(id),
      /** Wrong tries of the current texted code (3 retire it, addendum §12.4 SIM-ASSUMPTION). */
      smsWrongTries: v.optional(count),
      registering: v.boolean(),
      /** The page of "Keep your account secure" (addendum §12.3) the guest is on. */
      page: v.optional(wizardPage),
      /** The QR code on the page: an Authenticator activation code, or a TOTP secret; scanned by the phone. */
      activation: v.optional(v.object({ kind: v.picklist(["authenticator", "totp"]), code: id, scanned: v.boolean() })),
      /** The method the sign-in challenge (addendum §12.4) is using, or the method list (S45). */
      challenge: v.optional(challengeMethod),
      /** Methods set up in this registration, for the wizard's last page. */
      added: v.optional(list(label, STORED_LIMITS.smallList)),
    }),
  ),
  /** Why the session ended at the `blocked` step (an AADSTS code or the simulator's own name). */
  blocked: v.optional(v.object({ code: label, details })),
  /** Every step the session has shown, in order (the explain panel's flow diagram). */
  history: list(label, STORED_LIMITS.history),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type RedemptionSession = v.InferOutput<typeof redemptionSession>;

export const mailRecord = v.object({
  id,
  to: storedEmail,
  cc: list(storedEmail, LIMITS.ccRecipients),
  fromName: displayName,
  replyTo: v.optional(storedEmail),
  receivedAt: timestamp,
  language: v.picklist(["en", "nl"]),
  kind: v.picklist(["invitation", "passcode", "account-verification", "notification", "consent-request"]),
  /** The invitation a message belongs to; absent for the unsubscribe-manage passcode. */
  invitationId: v.optional(id),
  /** The organisation a passcode is for, when no invitation names it. */
  organization: v.optional(name),
  /** The code of a passcode or account-verification message. */
  code: v.optional(id),
  /** An admin consent request's message to its requester: which request, and what happened to it. */
  consentRequestId: v.optional(id),
  consentEvent: v.optional(v.picklist(["submitted", "approved", "denied"])),
});
export type MailRecord = v.InferOutput<typeof mailRecord>;

/** One authorization code of the fake identity provider: single use, bound to PKCE and client. */
export const authCode = v.object({
  code: token,
  clientId: token,
  redirectUri: storedUrl,
  codeChallenge: token,
  nonce: v.optional(token),
  scope: token,
  /** The account that signed in (an address can be both a work account and an MSA: D2). */
  accountObjectId: id,
  issuedAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
  used: v.boolean(),
  /** The studio's fault at the SAML partner: the assertion carries no e-mail claim (AADSTS5000819). */
  omitEmailClaim: v.optional(v.boolean()),
  /** The authority segment /authorize was called at; the code is redeemed there only. */
  segment: v.optional(token),
  /** The browser session the sign-in used (the tokens' `sid`, addendum §10.5). */
  sid: v.optional(id),
});
export type AuthCode = v.InferOutput<typeof authCode>;

export const refreshGrant = v.object({
  token,
  clientId: token,
  accountObjectId: id,
  scope: token,
  /** The authority segment the grant was issued at. */
  segment: v.optional(token),
  /** The authorization code it came from: replaying that code revokes it (RFC 6749 §4.1.2). */
  code: v.optional(token),
  /** When the sign-in behind it happened (ISO, fake clock): the "issued on" of an expired token's error. */
  issuedAt: v.optional(timestamp),
  /**
   * When it stops working (ISO, fake clock): 24 hours after the sign-in for a single-page app, carried
   * over unchanged to every refresh token redeemed from it (decision 0037). Absent in a grant saved before
   * lifetimes were kept: it counts as expired.
   */
  expiresAt: v.optional(timestamp),
  /** Issued to a single-page app (a public client): a fixed lifetime, not a sliding one. */
  spa: v.optional(v.boolean()),
  sid: v.optional(id),
});

/**
 * An authorize request the resource tenant handed over to the guest's home identity provider (addendum
 * §11.1 hop 3): the app's own parameters wait here until the home IdP vouches for the account (hop 4).
 */
export const federation = v.object({
  id: token,
  /** The resource tenant's authority segment the app called. */
  segment: token,
  params: v.pipe(
    v.record(v.string(), text(LIMITS.url)),
    v.check((p) => Object.keys(p).length <= 16, "too_many_params"),
  ),
  createdAt: timestamp,
  /** A sign-in that waits for the answer to "Stay signed in?" (S41) before the code goes to the app. */
  pending: v.optional(v.object({ accountObjectId: id, sid: id, omitEmailClaim: v.boolean() })),
  /**
   * Microsoft's device sign-in flow for a Gmail guest in an embedded web view (spec §4.3; decision 0084): the code the
   * web view shows, the invited address, how far the separate browser got, and the Google account it signed in.
   */
  device: v.optional(
    v.object({
      code: token,
      email: storedEmail,
      stage: v.picklist(["waiting", "code", "email", "google", "approved"]),
      accountObjectId: v.optional(id),
    }),
  ),
});
export type Federation = v.InferOutput<typeof federation>;

/**
 * One identity signed in at the login host in one browser profile (addendum §10): Entra's session cookie.
 * A signed-out session keeps its tile in "Pick an account" until the guest forgets it (§10.1 SIM-ASSUMPTION).
 */
export const browserSession = v.object({
  /** The browser profile (its ESTSAUTH cookie id). */
  browser: id,
  /** The outside account that signed in (its home identity). */
  accountObjectId: id,
  /** The session id tokens carry as `sid`. */
  sid: id,
  signedInAt: timestamp,
  lastUsedAt: timestamp,
  /** "Stay signed in?" Yes: a persistent cookie (90 days idle, 180 days at most); else 24 hours idle. */
  persistent: v.boolean(),
  signedOut: v.boolean(),
});
export type BrowserSession = v.InferOutput<typeof browserSession>;

/**
 * The fake IdP's published key: its id and public JWK (the JWKS). The private key is never part of the
 * world: it is a non-extractable CryptoKey kept beside it (mocks/db.ts SigningKeyStore, decision 0037). A
 * world saved before that carried `privateJwk` here; it is dropped on load, and a new key pair replaces it.
 */
export const signingKey = v.object({
  kid: id,
  publicJwk: v.record(v.string(), v.unknown()),
});
export type SigningKey = v.InferOutput<typeof signingKey>;

/** One-time passcodes (spec §4.5): one live code per guest and tenant; a new one replaces the old. */
export const passcode = v.object({
  tenantId: id,
  email: storedEmail,
  code: id,
  issuedAt: timestamp,
  failedAttempts: count,
  lockedUntil: v.optional(timestamp),
});
export type Passcode = v.InferOutput<typeof passcode>;

/** A 24-hour passcode session (§4.5), held by one browser profile (its session cookie's id). */
export const passcodeSession = v.object({
  tenantId: id,
  email: storedEmail,
  /** Absent in a session saved before sessions were bound to a browser: it opens nothing. */
  browser: v.optional(id),
  expiresAt: timestamp,
});

/** Wrong guesses of a short code per guest (account-creation code, MFA text code): see attempts.ts. */
export const codeAttempt = v.object({
  kind: v.picklist(["account-verification", "mfa-sms"]),
  subject: token,
  failed: count,
  lockedUntil: v.optional(timestamp),
});

/** Smart lockout's counter for one account's password (addendum §14.2, mocks/domain/smart-lockout.ts). */
export const passwordLockout = v.object({
  subject: id,
  failed: count,
  /** Salted hashes of the last three wrong passwords (never the passwords). */
  recentBadHashes: list(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)), 3),
  lockouts: count,
  lockedUntil: v.optional(timestamp),
});

/** The simulated phone: SMS messages and Authenticator notifications. */
export const phoneMessage = v.object({ id, to: id, text: text(1024), code: id, receivedAt: timestamp });
export const pushRequest = v.object({
  id,
  userId: id,
  organization: name,
  status: v.picklist(["pending", "approved", "denied"]),
  createdAt: timestamp,
  /** Number matching (addendum §12.4): the number the sign-in page shows, to be typed on the phone. */
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))),
  /** The test notification of registration, or a sign-in's. */
  purpose: v.optional(v.picklist(["registration", "sign-in"])),
  /** Additional context (S48): the application signed in to, and where the sign-in comes from. */
  app: v.optional(name),
  location: v.optional(name),
  /** Why it failed: denied on the phone, or the wrong number typed. */
  failure: v.optional(v.picklist(["denied", "wrong-number"])),
});
/** A verification call to the simulated phone (addendum §12.4 S47): answered, the guest presses # to verify. */
export const phoneCall = v.object({
  id,
  userId: id,
  to: id,
  organization: name,
  status: v.picklist(["ringing", "answered", "verified", "declined"]),
  createdAt: timestamp,
});
export type PhoneCall = v.InferOutput<typeof phoneCall>;
/**
 * An account added to an authenticator app on the simulated phone (push for Microsoft Authenticator, else
 * TOTP), or a passkey saved on it (addendum §12.8).
 */
export const phoneAccount = v.object({
  id,
  userId: id,
  kind: v.picklist(["authenticator", "totp", "passkey"]),
  organization: name,
  account: storedEmail,
  /** Base32 secret of a TOTP account (RFC 6238). */
  secret: v.optional(id),
  addedAt: timestamp,
});
export type PhoneAccount = v.InferOutput<typeof phoneAccount>;
export type PushRequest = v.InferOutput<typeof pushRequest>;

/**
 * An enterprise application (a service principal) of a tenant, and a user's assignment to it: My Apps shows
 * the apps that are visible to users and assigned to the guest (addendum §15.2).
 */
export const enterpriseApp = v.object({
  id,
  appId: id,
  tenantId: id,
  displayName: name,
  /** Where the tile leads (the service principal's `homepage`). */
  homepage: storedUrl,
  /** "Visible to users?" off hides the app from My Apps (Graph: the `HideApp` tag). */
  visibleToUsers: v.boolean(),
  /** Delegated permissions the app asks for that only an admin can grant (AADSTS90094/90095 until granted). */
  adminConsentPermissions: v.optional(list(name, STORED_LIMITS.smallList), []),
  /** When an admin granted tenant-wide consent to those permissions ("Grant admin consent for <tenant>"). */
  adminConsentGrantedAt: v.optional(timestamp),
});
export type EnterpriseApp = v.InferOutput<typeof enterpriseApp>;
export const appAssignment = v.object({ id, principalId: id, resourceId: id, createdDateTime: timestamp });
export type AppAssignment = v.InferOutput<typeof appAssignment>;

/**
 * A user's admin consent request (Graph userConsentRequest, ED admin-consent-workflow-overview): the app, who
 * asked and why, until when it stays open, and the reviewer's decision. "Expired" is not stored: a pending
 * request past `expiresDateTime` on the fake clock is expired (mocks/domain/admin-consent.ts).
 */
export const consentRequest = v.object({
  id,
  /** The enterprise app (service principal id). */
  appId: id,
  userId: id,
  requesterEmail: storedEmail,
  reason: v.optional(text(LIMITS.messageBody)),
  createdDateTime: timestamp,
  expiresDateTime: timestamp,
  decision: v.optional(v.picklist(["approved", "denied"])),
  decidedDateTime: v.optional(timestamp),
  /** Deny asks the reviewer for a justification, given to the requester. */
  reviewerJustification: v.optional(text(LIMITS.messageBody)),
});
export type ConsentRequest = v.InferOutput<typeof consentRequest>;

/** "Block future invitations" (spec §4.0): the organisations an address no longer hears from. */
export const unsubscribe = v.object({ email: storedEmail, tenantId: id, organization: name, blockedAt: timestamp });

/** Fault injection for developers (issue "demo studio"): applied to every API but the demo controls.
 * Stored with the same bounds PUT /api/demo/faults checks; the login host's pages ("idp") can fail too. */
export const faults = v.object({
  ...faultSettings.entries,
  failingEndpoint: v.optional(
    v.pipe(
      v.string(),
      v.check((value) => value === "idp" || (faultEndpoints.options as readonly string[]).includes(value), "unknown_endpoint"),
    ),
  ),
});
export type Faults = v.InferOutput<typeof faults>;
export const NO_FAULTS: Faults = { latencyMs: 0, jitterMs: 0, failureRate: 0, offline: false };

export const worldState = v.object({
  version: v.literal(STATE_VERSION),
  scenarioId: label,
  /** How far the fake clock runs ahead of (or, set through the public entry, behind) the real one. */
  clockOffsetMs: v.pipe(v.number(), v.integer(), v.minValue(-MAX_CLOCK_OFFSET_MS), v.maxValue(MAX_CLOCK_OFFSET_MS)),
  resourceTenantId: id,
  /** The demo's guest ("" in a custom world with no guests). */
  guestEmail: storedEmail,
  /** What the fake sign-in page suggests as the demo account (wrong-account shows another one). */
  demoSignInHint: storedEmail,
  tenants: list(tenant, STORED_LIMITS.smallList),
  members: records(member),
  accounts: records(externalAccount),
  invitations: records(invitation),
  users: records(guestUser),
  sessions: records(redemptionSession),
  mail: records(mailRecord),
  passcodes: records(passcode),
  phone: records(phoneMessage),
  pushRequests: records(pushRequest),
  phoneAccounts: v.optional(records(phoneAccount), []),
  phoneCalls: v.optional(records(phoneCall), []),
  unsubscribes: records(unsubscribe),
  passcodeSessions: records(passcodeSession),
  codeAttempts: v.optional(records(codeAttempt), []),
  passwordLockouts: v.optional(records(passwordLockout), []),
  authCodes: records(authCode),
  refreshGrants: records(refreshGrant),
  federations: v.optional(records(federation), []),
  browserSessions: v.optional(records(browserSession), []),
  apps: v.optional(records(enterpriseApp), []),
  appAssignments: v.optional(records(appAssignment), []),
  consentRequests: v.optional(records(consentRequest), []),
  /** Browser profiles that ticked "Don't show this again" on "Stay signed in?" (§10.2 SIM-ASSUMPTION). */
  kmsiHiddenIn: v.optional(list(id, STORED_LIMITS.records), []),
  signingKey: v.optional(signingKey),
  faults,
});
export type WorldState = v.InferOutput<typeof worldState>;
