// The HTTP contract between the guest SPA (src/) and the fake Entra (mocks/). Both sides parse with these
// schemas, so a real backend only has to honour this file. zod/mini keeps the SPA bundle small.
import * as z from "zod/mini";

/** Spec §1.2: characters Graph refuses in invitedUserEmailAddress. */
const DISALLOWED_EMAIL_CHARS = /[~!#$%^&*()+=[\]{}\\/|;:"<>?,\s]/;

export const emailAddress = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(254),
  z.refine((value) => {
    const at = value.lastIndexOf("@");
    if (at < 1 || at === value.length - 1) return false;
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    if (DISALLOWED_EMAIL_CHARS.test(value) || value.indexOf("@") !== at) return false;
    // A period or hyphen may not start or end the local part (spec §1.2).
    if (/^[.-]|[.-]$/.test(local)) return false;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain);
  }, "invalid_email"),
);

/** Only absolute https URLs may be a redirect target: anything else is an open-redirect risk. */
export const httpsUrl = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.length > 0 && value === value.trim();
    } catch {
      return false;
    }
  }, "redirect_url_not_https"),
);

export function isSafeRedirectUrl(value: string): boolean {
  return httpsUrl.safeParse(value).success;
}

// ---------------------------------------------------------------------------------------------------
// Errors: every non-2xx answer of the redemption, mailbox and demo APIs has this body.
export const apiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.record(z.string(), z.string())),
    correlationId: z.optional(z.string()),
    traceId: z.optional(z.string()),
    timestamp: z.optional(z.string()),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBody>;

// ---------------------------------------------------------------------------------------------------
// Graph: POST https://graph.microsoft.com/v1.0/invitations (request shape of the real API)
export const invitationRequest = z.object({
  invitedUserEmailAddress: emailAddress,
  inviteRedirectUrl: httpsUrl,
  invitedUserDisplayName: z.optional(z.string().check(z.maxLength(256))),
  sendInvitationMessage: z.optional(z.boolean()),
  invitedUserMessageInfo: z.optional(
    z.object({
      customizedMessageBody: z.optional(z.string().check(z.maxLength(10_000))),
      messageLanguage: z.optional(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/))),
      ccRecipients: z.optional(
        z
          .array(z.object({ emailAddress: z.object({ name: z.optional(z.string()), address: emailAddress }) }))
          .check(z.maxLength(1)),
      ),
    }),
  ),
  invitedUserType: z.optional(z.enum(["Guest", "Member"])),
  resetRedemption: z.optional(z.boolean()),
  invitedUser: z.optional(z.object({ id: z.string() })),
});
export type InvitationRequest = z.infer<typeof invitationRequest>;

// ---------------------------------------------------------------------------------------------------
// Redemption API (see docs/api.md). Base path: /api.
export const invitationLocator = z.object({
  tenant: z.string().check(z.minLength(1), z.maxLength(64)),
  user: z.string().check(z.minLength(1), z.maxLength(64)),
  ticket: z.string().check(z.minLength(1), z.maxLength(128)),
});
export type InvitationLocator = z.infer<typeof invitationLocator>;

export const privacyInfo = z.object({
  statementUrl: z.optional(z.string()),
  contactEmail: z.optional(z.string()),
});

export const invitationView = z.object({
  invitationId: z.string(),
  status: z.enum(["PendingAcceptance", "Completed"]),
  invitedEmail: z.string(),
  invitedDisplayName: z.optional(z.string()),
  organization: z.object({ tenantId: z.string(), name: z.string(), domain: z.string(), privacy: privacyInfo }),
  inviter: z.optional(z.object({ name: z.string(), email: z.optional(z.string()) })),
  redirectUrl: z.string(),
});
export type InvitationView = z.infer<typeof invitationView>;

export const stepName = z.enum([
  "sign-in",
  "choose-account",
  "otp-send",
  "otp-enter",
  "create-account",
  "no-identity-provider",
  "consent",
  "done",
  "consent-cancelled",
  "wrong-account",
  "redeemed-by-other-identity",
  "mfa-register",
  "mfa-challenge",
  "terms",
  "terms-declined",
  "blocked",
]);
export type StepName = z.infer<typeof stepName>;

/** The identity providers reached through the MSAL popup. */
export const popupIdp = z.enum(["entra", "microsoft-account", "google", "saml"]);
export type PopupIdp = z.infer<typeof popupIdp>;
export const signupStep = z.enum(["password", "verify", "name", "profile"]);
export type SignupStep = z.infer<typeof signupStep>;

const accountSummary = z.object({
  email: z.string(),
  displayName: z.string(),
  identityProvider: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummary>;

export const discoveryView = z.object({
  path: z.string(),
  rule: z.string(),
  /** The facts the rule was decided on (explain panel). */
  inputs: z.record(z.string(), z.string()),
});

export const sessionView = z.object({
  id: z.string(),
  step: stepName,
  invitation: invitationView,
  discovery: discoveryView,
  /** The steps this session has shown, in order. */
  history: z.array(z.string()),
  entry: z.enum(["email-link", "direct-link"]),
  /** What the sign-in step needs: where MSAL must go, whom to hint, whose page the guest will see. */
  signIn: z.optional(
    z.object({
      authority: z.string(),
      loginHint: z.string(),
      idp: popupIdp,
      /** The home organisation (work accounts) or partner IdP name (SAML). */
      idpName: z.string(),
    }),
  ),
  passcode: z.optional(
    z.object({
      sentTo: z.string(),
      sender: z.string(),
      codeLength: z.number(),
      validityMinutes: z.number(),
      sentAt: z.optional(z.string()),
      resendInSeconds: z.number(),
      lockedUntil: z.optional(z.string()),
      attemptsLeft: z.number(),
    }),
  ),
  signup: z.optional(
    z.object({
      step: signupStep,
      email: z.string(),
      codeLength: z.number(),
      firstName: z.optional(z.string()),
      lastName: z.optional(z.string()),
      country: z.optional(z.string()),
      birthDate: z.optional(z.string()),
    }),
  ),
  terms: z.optional(
    z.object({
      displayName: z.string(),
      /** One document per language; the SPA shows the guest's language, else English (spec §5.2). */
      documents: z.object({ en: z.string(), nl: z.optional(z.string()) }),
      requireExpand: z.boolean(),
    }),
  ),
  mfa: z.optional(
    z.object({
      registering: z.boolean(),
      /** With MFA trust, a work account is verified by its home tenant (spec §5.3). */
      homeOrganization: z.optional(z.string()),
      methods: z.array(z.enum(["authenticator", "sms"])),
      push: z.enum(["none", "pending", "denied"]),
      smsSentTo: z.optional(z.string()),
      codeLength: z.number(),
    }),
  ),
  blocked: z.optional(z.object({ code: z.string(), details: z.record(z.string(), z.string()) })),
  /** For redeemed-by-other-identity: the identity the invitation is bound to. */
  boundTo: z.optional(z.object({ email: z.string(), identityProvider: z.string() })),
  signedInAs: z.optional(accountSummary),
  /** For the consent step: the guest's own values that the organisation will receive. */
  sharedData: z.optional(
    z.object({
      name: z.string(),
      email: z.string(),
      photoUrl: z.optional(z.string()),
      objectId: z.string(),
      tenantId: z.string(),
    }),
  ),
  redirectUrl: z.optional(z.string()),
});
export type SessionView = z.infer<typeof sessionView>;

export const startSessionRequest = invitationLocator;
export const signInRequest = z.object({ idToken: z.string().check(z.minLength(1), z.maxLength(16_384)) });
export const consentRequest = z.object({ decision: z.enum(["accept", "cancel"]) });
export const chooseAccountRequest = z.object({ account: z.enum(["entra", "microsoft-account"]) });
/** Codes arrive as typed or pasted; the backend trims and checks them (a typed error, never a crash). */
const typedCode = z.string().check(z.maxLength(64));
export const passcodeRequest = z.object({ code: typedCode });
export const signupPasswordRequest = z.object({ password: z.string().check(z.maxLength(1024)) });
export const signupCodeRequest = z.object({ code: typedCode });
export const signupNameRequest = z.object({
  firstName: z.string().check(z.maxLength(1024)),
  lastName: z.string().check(z.maxLength(1024)),
});
export const signupProfileRequest = z.object({
  country: z.string().check(z.maxLength(8)),
  birthDate: z.string().check(z.maxLength(32)),
});
export const termsRequest = z.object({ decision: z.enum(["accept", "decline"]), expanded: z.boolean() });
export const smsRequest = z.object({ phone: z.optional(z.string().check(z.maxLength(64))) });
export const mfaCodeRequest = z.object({ code: typedCode });
export const pushAnswerRequest = z.object({ decision: z.enum(["approve", "deny"]) });
export const phoneView = z.object({
  pushes: z.array(z.object({ id: z.string(), organization: z.string(), account: z.string(), createdAt: z.string() })),
  messages: z.array(z.object({ id: z.string(), to: z.string(), text: z.string(), receivedAt: z.string() })),
});
export type PhoneView = z.infer<typeof phoneView>;
export const unsubscribeRequest = z.object({ tenantId: z.string().check(z.maxLength(64)), email: emailAddress });
export const blockedOrganizations = z.object({
  email: z.string(),
  organizations: z.array(z.object({ tenantId: z.string(), name: z.string(), blockedAt: z.string() })),
});
export const myOrganizations = z.object({
  account: z.string(),
  home: z.optional(z.object({ name: z.string(), domain: z.string() })),
  others: z.array(
    z.object({ tenantId: z.string(), name: z.string(), domain: z.string(), canLeave: z.boolean(), contact: z.optional(z.string()) }),
  ),
  left: z.optional(z.object({ name: z.string(), permanentDeletion: z.string() })),
});
export type MyOrganizations = z.infer<typeof myOrganizations>;
export const directSessionRequest = z.object({ tenantId: z.string().check(z.minLength(1), z.maxLength(64)), email: emailAddress });
export const organizationView = z.object({ tenantId: z.string(), name: z.string(), domain: z.string() });
export type OrganizationView = z.infer<typeof organizationView>;

// ---------------------------------------------------------------------------------------------------
// Mailbox
const mailCommon = {
  id: z.string(),
  to: z.string(),
  cc: z.optional(z.array(z.string())),
  from: z.object({ name: z.string(), address: z.string() }),
  replyTo: z.optional(z.string()),
  receivedAt: z.string(),
  language: z.enum(["en", "nl"]),
};
export const mailMessage = z.discriminatedUnion("kind", [
  z.object({
    ...mailCommon,
    kind: z.literal("invitation"),
    invitation: z.object({
      organizationName: z.string(),
      organizationDomain: z.string(),
      inviterName: z.string(),
      inviterEmail: z.optional(z.string()),
      personalMessage: z.optional(z.string()),
      redeemUrl: z.string(),
      redirectUrl: z.string(),
      privacyStatementUrl: z.optional(z.string()),
    }),
  }),
  z.object({
    ...mailCommon,
    kind: z.literal("passcode"),
    passcode: z.object({ code: z.string(), organizationName: z.string(), validityMinutes: z.number() }),
  }),
  z.object({
    ...mailCommon,
    kind: z.literal("account-verification"),
    verification: z.object({ code: z.string() }),
  }),
  z.object({
    ...mailCommon,
    kind: z.literal("notification"),
    notification: z.object({ organizationName: z.string(), organizationDomain: z.string(), myAppsUrl: z.string() }),
  }),
]);
export type MailMessage = z.infer<typeof mailMessage>;
export const mailboxView = z.object({ address: z.string(), messages: z.array(mailMessage) });
export type MailboxView = z.infer<typeof mailboxView>;

// ---------------------------------------------------------------------------------------------------
// Demo control
export const scenarioId = z.enum([
  "work-account",
  "wrong-account",
  "email-passcode",
  "create-microsoft-account",
  "microsoft-account",
  "account-chooser",
  "gmail-google-federation",
  "saml-partner",
  "direct-link",
  "sign-in-to-organization",
  "terms-of-use",
  "mfa-required",
  "mfa-home-tenant-trust",
  "conditional-access-block",
  "cross-tenant-inbound-block",
  "cross-tenant-outbound-block",
  "blocked-domain",
  "automatic-redemption",
  "leave-organization",
  "leave-not-allowed",
  "reset-redemption",
]);
export type ScenarioId = z.infer<typeof scenarioId>;
/** Where a share link starts a scenario (`&step=`): the mailbox, the invitation page, the first sign-in
 * step, or just after sign-in (Review permissions, or whatever the policies show next). */
export const startAt = z.enum(["mailbox", "invitation", "sign-in", "consent"]);
export type StartAt = z.infer<typeof startAt>;
export const startScenarioRequest = z.object({ scenarioId, startAt: z.optional(startAt) });

const optionalHttpsUrl = z.union([z.literal(""), httpsUrl]);
const optionalEmail = z.union([z.literal(""), emailAddress]);
const domainName = z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "invalid_domain"));

/** The resource tenant's settings a demo can flip live (issue "demo studio"). */
export const tenantSettings = z.object({
  brandingName: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  brandingColor: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, "invalid_color")),
  emailOtpEnabled: z.boolean(),
  googleFederation: z.boolean(),
  samlDomains: z.array(z.object({ domain: domainName, idpName: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)) })).check(z.maxLength(20)),
  primaryOrder: z.array(z.enum(["azureActiveDirectory", "externalFederation", "socialIdentityProviders"])).check(z.length(3)),
  msaFallbackEnabled: z.boolean(),
  termsOfUse: z.boolean(),
  termsRequireExpand: z.boolean(),
  mfaRequiredForGuests: z.boolean(),
  trustHomeTenantMfa: z.boolean(),
  blockGuestsByConditionalAccess: z.boolean(),
  collaborationMode: z.enum(["allow-all", "deny-listed", "allow-listed-only"]),
  collaborationDomains: z.array(domainName).check(z.maxLength(100)),
  /** Cross-tenant access with Fabrikam, the work accounts' home tenant. */
  crossTenantBlockFabrikam: z.enum(["none", "inbound", "outbound"]),
  autoRedeemWithFabrikam: z.boolean(),
  privacyStatementUrl: optionalHttpsUrl,
  privacyContact: optionalEmail,
  allowSelfLeave: z.boolean(),
});
export type TenantSettings = z.infer<typeof tenantSettings>;

export const faultEndpoints = z.enum(["invitation", "sessions", "session-actions", "mailbox", "graph", "token"]);
export const faultSettings = z.object({
  latencyMs: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  jitterMs: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  failureRate: z.number().check(z.minimum(0), z.maximum(1)),
  failingEndpoint: z.optional(faultEndpoints),
  offline: z.boolean(),
});
export type FaultSettings = z.infer<typeof faultSettings>;
/** Time travel: move the fake clock forward (never back: codes and sessions only expire). */
export const advanceClockRequest = z.object({ minutes: z.number().check(z.int(), z.minimum(1), z.maximum(60 * 24 * 366)) });

export const demoState = z.object({
  scenarioId: scenarioId,
  guestEmail: z.string(),
  now: z.string(),
  /** Where the scenario starts: the guest's mailbox, or a direct / common sign-in link. */
  startPath: z.string(),
  faults: faultSettings,
  /** Set when persisted state was unreadable or from an older version and had to be reset. */
  recoveredFrom: z.optional(z.string()),
});
export type DemoState = z.infer<typeof demoState>;
