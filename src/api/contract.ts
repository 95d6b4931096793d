// The HTTP contract between the guest SPA (src/) and the fake Entra (mocks/). Both sides parse with these
// schemas, so a real backend only has to honour this file. valibot keeps the SPA bundle small (decision 0019).
import * as v from "valibot";
import { mfaChallengeMethods, mfaWizardPages, stepNames, type StepName } from "./flow";

/** Spec §1.2: characters Graph refuses in invitedUserEmailAddress. */
const DISALLOWED_EMAIL_CHARS = /[~!#$%^&*()+=[\]{}\\/|;:"<>?,\s]/;
/** Control, format (zero-width, BOM), bidi and line-separator characters, and unpaired surrogates: never
 * part of an address or a URL, whatever a parser would make of them. */
export const INVISIBLE_OR_BROKEN =
  // oxlint-disable-next-line no-control-regex -- refusing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The API's own length limits, shared with the stored world's bounds (mocks/domain/state.ts). */
export const LIMITS = {
  /** RFC 5321 §4.5.3.1: a path of at most 256 octets, so an address of at most 254 characters. */
  email: 254,
  /** A URL, in a body or as the request's own address (a longer request URL is a 414). */
  url: 4096,
  /** Graph's invitedUserDisplayName. */
  displayName: 256,
  /** An organisation's or identity provider's name (the studio's branding name). */
  name: 64,
  /** RFC 1035 §2.3.4: a domain name of at most 253 characters in its text form. */
  domain: 253,
  /** BCP 47 §4.4.1: a language tag fits in 35 characters. */
  languageTag: 35,
  /** Graph's customizedMessageBody (and any other document of prose). */
  messageBody: 10_000,
  /** A tenant, user or session id in a path or body. */
  id: 64,
  /** An invitation ticket. */
  ticket: 128,
  samlDomains: 20,
  collaborationDomains: 100,
  ccRecipients: 1,
  /** Spec §7: at most 5 sponsors per guest (b2b-sponsors). */
  sponsors: 5,
} as const;

/**
 * Addendum §12.8: the Microsoft-managed passkey registration campaign starts, and Microsoft-provided SMS and
 * voice retire (the studio's time travel jumps to them; mocks/domain/redemption/passkey.ts acts on them).
 */
export const TELEPHONY_DATES = { campaign: "2026-09-01T00:00:00.000Z", retired: "2027-02-01T00:00:00.000Z" } as const;

/** A BCP 47 language tag as Graph's messageLanguage takes it. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/** A domain name in lower case (what the studio's settings store). */
export const DOMAIN_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export const emailAddress = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(LIMITS.email),
  v.check((value) => {
    const at = value.lastIndexOf("@");
    if (at < 1 || at === value.length - 1) return false;
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    if (DISALLOWED_EMAIL_CHARS.test(value) || INVISIBLE_OR_BROKEN.test(value) || value.indexOf("@") !== at) return false;
    // RFC 5321 §4.5.3.1: a local part of at most 64 octets, a domain of at most 255, labels of at most 63.
    if (new TextEncoder().encode(local).length > 64 || domain.length > 255 || domain.split(".").some((label) => label.length > 63))
      return false;
    // A period or hyphen may not start or end the local part (spec §1.2).
    if (/^[.-]|[.-]$/.test(local)) return false;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain);
  }, "invalid_email"),
);

/** Only absolute https URLs may be a redirect target: anything else is an open-redirect risk. */
export const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, "redirect_url_too_long"),
  v.check((value) => {
    try {
      // URL parsing silently drops tabs and line breaks inside a URL: refuse them (and their kin) first.
      if (INVISIBLE_OR_BROKEN.test(value)) return false;
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.length > 0 && value === value.trim();
    } catch {
      return false;
    }
  }, "redirect_url_not_https"),
);

export function isSafeRedirectUrl(value: string): boolean {
  return v.is(httpsUrl, value);
}

// ---------------------------------------------------------------------------------------------------
// Errors: every non-2xx answer of the redemption, mailbox and demo APIs has this body.
export const apiErrorBody = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    details: v.optional(v.record(v.string(), v.string())),
    correlationId: v.optional(v.string()),
    traceId: v.optional(v.string()),
    timestamp: v.optional(v.string()),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof apiErrorBody>;

/** Microsoft Graph's error envelope (the fake Graph answers with it too). */
export const graphErrorBody = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    details: v.optional(v.array(v.object({ code: v.string(), message: v.string(), target: v.optional(v.string()) }))),
    innerError: v.optional(v.object({ date: v.optional(v.string()), "request-id": v.optional(v.string()) })),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Graph: POST https://graph.microsoft.com/v1.0/invitations (request shape of the real API)
export const invitationRequest = v.object({
  invitedUserEmailAddress: emailAddress,
  inviteRedirectUrl: httpsUrl,
  invitedUserDisplayName: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.displayName))),
  sendInvitationMessage: v.optional(v.boolean()),
  invitedUserMessageInfo: v.optional(
    v.object({
      customizedMessageBody: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.messageBody))),
      messageLanguage: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.languageTag), v.regex(LANGUAGE_TAG))),
      ccRecipients: v.optional(
        v.pipe(
          v.array(v.object({ emailAddress: v.object({ name: v.optional(v.string()), address: emailAddress }) })),
          v.maxLength(LIMITS.ccRecipients),
        ),
      ),
    }),
  ),
  invitedUserType: v.optional(v.picklist(["Guest", "Member"])),
  resetRedemption: v.optional(v.boolean()),
  invitedUser: v.optional(v.object({ id: v.string() })),
  /** Sponsors (directory objects by id); the inviter when none are named (spec §7). Not stored (decision 0070). */
  invitedUserSponsors: v.optional(
    v.pipe(v.array(v.object({ id: v.pipe(v.string(), v.maxLength(LIMITS.id)) })), v.maxLength(LIMITS.sponsors)),
  ),
});
export type InvitationRequest = v.InferOutput<typeof invitationRequest>;

// ---------------------------------------------------------------------------------------------------
// Redemption API (see docs/api.md). Base path: /api.
export const invitationLocator = v.object({
  tenant: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
  user: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)),
  ticket: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.ticket)),
});
export type InvitationLocator = v.InferOutput<typeof invitationLocator>;

export const privacyInfo = v.object({
  statementUrl: v.optional(v.string()),
  contactEmail: v.optional(v.string()),
});

export const invitationView = v.object({
  invitationId: v.string(),
  status: v.picklist(["PendingAcceptance", "Completed"]),
  invitedEmail: v.string(),
  invitedDisplayName: v.optional(v.string()),
  organization: v.object({
    tenantId: v.string(),
    name: v.string(),
    domain: v.string(),
    privacy: privacyInfo,
    /** The resource tenant's company branding (addendum §13.2), absent for the Microsoft default. */
    branding: v.optional(v.lazy(() => brandingView)),
  }),
  inviter: v.optional(v.object({ name: v.string(), email: v.optional(v.string()) })),
  redirectUrl: v.string(),
});
export type InvitationView = v.InferOutput<typeof invitationView>;

/** The steps of the flow table (src/api/flow.ts). */
export const stepName = v.picklist(stepNames);
export type { StepName };

/** The identity providers reached through the MSAL popup. */
export const popupIdp = v.picklist(["entra", "microsoft-account", "google", "saml"]);
export type PopupIdp = v.InferOutput<typeof popupIdp>;
export const signupStep = v.picklist(["password", "verify", "name", "profile"]);
export type SignupStep = v.InferOutput<typeof signupStep>;

const accountSummary = v.object({
  email: v.string(),
  displayName: v.string(),
  identityProvider: v.string(),
});
export type AccountSummary = v.InferOutput<typeof accountSummary>;

export const discoveryView = v.object({
  path: v.string(),
  rule: v.string(),
  /** The facts the rule was decided on (explain panel). */
  inputs: v.record(v.string(), v.string()),
});

/** Entra's error page at an error step (addendum §14.1): what it says and its troubleshooting details. */
export const entraErrorView = v.object({
  /** AADSTSnnnnn; absent where the spec documents no code (the SPA words the message then). */
  code: v.optional(v.string()),
  /** Entra's message for the code, in Entra's English (docs/decisions/0047). */
  message: v.string(),
  requestId: v.string(),
  correlationId: v.string(),
  timestamp: v.string(),
  appName: v.string(),
  appId: v.string(),
  /** "Sign out and sign in with a different account" (addendum §10.4 SIM-ASSUMPTION). */
  signOut: v.boolean(),
  /** The richer Conditional Access variant's fields (addendum §14.1 row 7): device requirements (53000/53001). */
  device: v.optional(v.object({ ipAddress: v.string(), identifier: v.string(), platform: v.string(), state: v.string() })),
});
export type EntraErrorView = v.InferOutput<typeof entraErrorView>;

export const sessionView = v.object({
  id: v.string(),
  step: stepName,
  invitation: invitationView,
  discovery: discoveryView,
  /** The steps this session has shown, in order. */
  history: v.array(v.string()),
  entry: v.picklist(["email-link", "direct-link"]),
  /**
   * What the sign-in step needs: the resource tenant's authority MSAL signs in at, whom to hint, and the home
   * identity provider the tenant will hand the guest over to (whose page the guest sees in the popup).
   */
  signIn: v.optional(
    v.object({
      authority: v.string(),
      loginHint: v.string(),
      /** Entra's `domain_hint` when the guest chose between two accounts of one address (`consumers`, `organizations`). */
      domainHint: v.optional(v.string()),
      /** `select_account` after a sign-in with the wrong account: the browser's session would sign that one in again. */
      prompt: v.optional(v.picklist(["select_account"])),
      /** The OIDC nonce to send: the backend accepts only an id token minted with it. */
      nonce: v.string(),
      idp: popupIdp,
      /** The home organisation (work accounts) or partner IdP name (SAML). */
      idpName: v.string(),
    }),
  ),
  passcode: v.optional(
    v.object({
      sentTo: v.string(),
      sender: v.string(),
      codeLength: v.number(),
      validityMinutes: v.number(),
      sentAt: v.optional(v.string()),
      resendInSeconds: v.number(),
      lockedUntil: v.optional(v.string()),
      attemptsLeft: v.number(),
    }),
  ),
  signup: v.optional(
    v.object({
      step: signupStep,
      email: v.string(),
      codeLength: v.number(),
      firstName: v.optional(v.string()),
      lastName: v.optional(v.string()),
      country: v.optional(v.string()),
      birthDate: v.optional(v.string()),
    }),
  ),
  terms: v.optional(
    v.object({
      /** The agreement on this page: with several, the guest accepts one at a time (decision 0091). */
      id: v.optional(v.string()),
      displayName: v.string(),
      /** One document per language; the SPA shows the guest's language, else English (spec §5.2). */
      documents: v.object({ en: v.string(), nl: v.optional(v.string()) }),
      requireExpand: v.boolean(),
    }),
  ),
  /** Addendum §12.8: the passkey registration campaign (snoozable) or, once telephony retired, blocking. */
  passkey: v.optional(v.object({ blocking: v.boolean() })),
  mfa: v.optional(
    v.object({
      registering: v.boolean(),
      /** With MFA trust, a work account is verified by its home tenant (spec §5.3). */
      homeOrganization: v.optional(v.string()),
      /** The guest's Entra home tenant's branding, for the box in the foreground (addendum §13.2, spec §5.3). */
      homeBranding: v.optional(v.lazy(() => brandingView)),
      methods: v.array(v.picklist(["authenticator", "sms", "totp"])),
      /** The page of "Keep your account secure" (addendum §12.3), while registering. */
      page: v.optional(v.picklist(mfaWizardPages)),
      /** The sign-in challenge's method, or "picker" for the list of methods (§12.4 S45). */
      challenge: v.optional(v.picklist(mfaChallengeMethods)),
      push: v.picklist(["none", "pending", "denied", "timed-out"]),
      /** Number matching: the number to type into the Authenticator notification. */
      matchNumber: v.optional(v.number()),
      /** The verification call (S47). */
      call: v.picklist(["none", "ringing", "answered", "declined"]),
      /** The QR code to scan (W3, Alt-A) and what "Can't scan image?" shows instead. */
      qr: v.optional(
        v.object({ payload: v.string(), code: v.string(), url: v.optional(v.string()), account: v.string(), scanned: v.boolean() }),
      ),
      /** The methods set up in this registration (W7). */
      added: v.optional(v.array(v.string())),
      smsSentTo: v.optional(v.string()),
      registeredPhone: v.optional(v.string()),
      codeLength: v.number(),
    }),
  ),
  blocked: v.optional(v.object({ code: v.string(), details: v.record(v.string(), v.string()) })),
  entraError: v.optional(entraErrorView),
  signedInAs: v.optional(accountSummary),
  /** For the consent step: the guest's own values that the organisation will receive. */
  sharedData: v.optional(
    v.object({
      name: v.string(),
      email: v.string(),
      photoUrl: v.optional(v.string()),
      objectId: v.string(),
      tenantId: v.string(),
    }),
  ),
  /**
   * The app-consent step (spec §5.4, addendum §14.2): the app the invitation leads to asks for permissions only
   * an admin can grant. 90094 without the admin consent workflow, 90095 with it (the guest may request approval).
   */
  appConsent: v.optional(
    v.object({
      code: v.picklist(["AADSTS90094", "AADSTS90095"]),
      appName: v.string(),
      appId: v.string(),
      homepage: v.string(),
      /** The delegated permissions (Graph scope values) only an admin can grant. */
      permissions: v.array(v.string()),
      requestsEnabled: v.boolean(),
      /** "Consent request expires after (days)". */
      expiryDays: v.number(),
      /** The guest's own request that is still pending, if any. */
      request: v.optional(v.object({ createdDateTime: v.string(), expiresDateTime: v.string() })),
    }),
  ),
  redirectUrl: v.optional(v.string()),
});
export type SessionView = v.InferOutput<typeof sessionView>;

export const startSessionRequest = invitationLocator;
export const pushAnswerRequest = v.object({
  decision: v.picklist(["approve", "deny"]),
  /** Number matching: the number typed on the phone (addendum §12.4). */
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999))),
});
export const phoneCallRequest = v.object({
  action: v.picklist(["answer", "decline", "press"]),
  key: v.optional(v.pipe(v.string(), v.maxLength(2))),
});
export const phoneScanRequest = v.object({ payload: v.pipe(v.string(), v.minLength(1), v.maxLength(2048)) });
export const phoneView = v.object({
  /** The fake clock's time, for the codes of TOTP accounts. */
  now: v.string(),
  pushes: v.array(
    v.object({
      id: v.string(),
      organization: v.string(),
      account: v.string(),
      createdAt: v.string(),
      app: v.optional(v.string()),
      location: v.optional(v.string()),
    }),
  ),
  accounts: v.array(
    v.object({
      id: v.string(),
      kind: v.picklist(["authenticator", "totp", "passkey"]),
      organization: v.string(),
      account: v.string(),
      secret: v.optional(v.string()),
    }),
  ),
  calls: v.array(
    v.object({ id: v.string(), from: v.string(), to: v.string(), organization: v.string(), status: v.picklist(["ringing", "answered"]) }),
  ),
  /** The QR codes the phone's camera can see (sign-in pages showing one). */
  camera: v.array(v.object({ payload: v.string(), organization: v.string() })),
  messages: v.array(v.object({ id: v.string(), to: v.string(), text: v.string(), receivedAt: v.string() })),
});
export type PhoneView = v.InferOutput<typeof phoneView>;
export const unsubscribeRequest = v.object({ tenantId: v.pipe(v.string(), v.maxLength(64)), email: emailAddress });
export const blockedOrganizations = v.object({
  email: v.string(),
  organizations: v.array(v.object({ tenantId: v.string(), name: v.string(), blockedAt: v.string() })),
});
export const myOrganizations = v.object({
  account: v.string(),
  home: v.optional(v.object({ name: v.string(), domain: v.string() })),
  others: v.array(
    v.object({ tenantId: v.string(), name: v.string(), domain: v.string(), canLeave: v.boolean(), contact: v.optional(v.string()) }),
  ),
  left: v.optional(v.object({ name: v.string(), permanentDeletion: v.string() })),
});
export type MyOrganizations = v.InferOutput<typeof myOrganizations>;
/** My Apps (addendum §15.2): the apps visible to users and assigned to the signed-in guest. */
export const myApps = v.object({
  apps: v.array(v.object({ id: v.string(), displayName: v.string(), homepage: v.string() })),
});
export type MyApps = v.InferOutput<typeof myApps>;
export const directSessionRequest = v.object({ tenantId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), email: emailAddress });
export const organizationView = v.object({ tenantId: v.string(), name: v.string(), domain: v.string() });
export type OrganizationView = v.InferOutput<typeof organizationView>;

// ---------------------------------------------------------------------------------------------------
// Mailbox
const mailCommon = {
  id: v.string(),
  to: v.string(),
  cc: v.optional(v.array(v.string())),
  from: v.object({ name: v.string(), address: v.string() }),
  replyTo: v.optional(v.string()),
  receivedAt: v.string(),
  language: v.picklist(["en", "nl"]),
};
export const mailMessage = v.variant("kind", [
  v.object({
    ...mailCommon,
    kind: v.literal("invitation"),
    invitation: v.object({
      organizationName: v.string(),
      organizationDomain: v.string(),
      inviterName: v.string(),
      inviterEmail: v.optional(v.string()),
      personalMessage: v.optional(v.string()),
      redeemUrl: v.string(),
      redirectUrl: v.string(),
      privacyStatementUrl: v.optional(v.string()),
    }),
  }),
  v.object({
    ...mailCommon,
    kind: v.literal("passcode"),
    passcode: v.object({ code: v.string(), organizationName: v.string(), validityMinutes: v.number() }),
  }),
  v.object({
    ...mailCommon,
    kind: v.literal("account-verification"),
    verification: v.object({ code: v.string() }),
  }),
  v.object({
    ...mailCommon,
    kind: v.literal("notification"),
    notification: v.object({ organizationName: v.string(), organizationDomain: v.string(), myAppsUrl: v.string() }),
  }),
  /** The admin consent workflow's e-mail to a requester: submitted, approved, denied, or expired. */
  v.object({
    ...mailCommon,
    kind: v.literal("consent-request"),
    consentRequest: v.object({
      event: v.picklist(["submitted", "approved", "denied", "expired"]),
      appName: v.string(),
      organizationName: v.string(),
      reason: v.optional(v.string()),
      reviewerJustification: v.optional(v.string()),
      expiresDateTime: v.string(),
    }),
  }),
]);
export type MailMessage = v.InferOutput<typeof mailMessage>;
export const mailboxView = v.object({ address: v.string(), messages: v.array(mailMessage) });
export type MailboxView = v.InferOutput<typeof mailboxView>;

// ---------------------------------------------------------------------------------------------------
// Demo control
export const scenarioId = v.picklist([
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
  "terms-of-use-two-agreements",
  "mfa-required",
  "mfa-authenticator",
  "mfa-totp",
  "mfa-sms-passkey-campaign",
  "mfa-home-tenant-trust",
  "conditional-access-block",
  "cross-tenant-inbound-block",
  "cross-tenant-outbound-block",
  "blocked-domain",
  "automatic-redemption",
  "leave-organization",
  "leave-not-allowed",
  "reset-redemption",
  "assigned-apps",
  "passcode-switched-off",
  "tenant-restrictions",
  "app-not-assigned",
  "device-compliance",
  "smart-lockout",
  "expired-password",
  "msa-server-error",
  "google-header-too-long",
  "google-web-view-blocked",
  "google-device-sign-in",
  "disabled-account",
  "revoked-sessions",
  "admin-consent-required",
  "admin-consent-request",
  "risky-guest-registration",
  "home-tenant-risk-block",
  "unmanaged-home-tenant",
]);
export type ScenarioId = v.InferOutput<typeof scenarioId>;
/** Where a share link starts a scenario (`&step=`): the mailbox, the invitation page, the first sign-in
 * step, or just after sign-in (Review permissions, or whatever the policies show next). */
export const startAt = v.picklist(["mailbox", "invitation", "sign-in", "consent"]);
export type StartAt = v.InferOutput<typeof startAt>;
export const startScenarioRequest = v.object({ scenarioId, startAt: v.optional(startAt) });

const optionalHttpsUrl = v.union([v.literal(""), httpsUrl]);
const optionalEmail = v.union([v.literal(""), emailAddress]);
const domainName = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(LIMITS.domain, "invalid_domain"),
  v.regex(DOMAIN_NAME, "invalid_domain"),
);

/** The resource tenant's settings a demo can flip live (issue "demo studio"). */
export const tenantSettings = v.object({
  brandingName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.name)),
  /** Deprecated: the branding's page background colour (PUT /api/demo/branding/{tenantId} sets it with the rest). */
  brandingColor: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, "invalid_color"))),
  emailOtpEnabled: v.boolean(),
  googleFederation: v.boolean(),
  samlDomains: v.pipe(
    v.array(v.object({ domain: domainName, idpName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.name)) })),
    v.maxLength(LIMITS.samlDomains),
  ),
  primaryOrder: v.pipe(v.array(v.picklist(["azureActiveDirectory", "externalFederation", "socialIdentityProviders"])), v.length(3)),
  msaFallbackEnabled: v.boolean(),
  termsOfUse: v.boolean(),
  termsRequireExpand: v.boolean(),
  /**
   * The terms of use's "Duration before re-acceptance required (days)" (spec §5.2, §7): null for none; omitted
   * leaves it as it is. Like the expiry below, it belongs to the studio's agreement (the tenant's first).
   */
  termsReacceptAfterDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)))),
  /** "Expire consents" (spec §5.2): from the start date (YYYY-MM-DD, UTC), again each period; null: off; omitted: as it is. */
  termsExpireConsents: v.optional(
    v.nullable(
      v.object({
        startsOn: v.pipe(
          v.string(),
          v.regex(/^\d{4}-\d{2}-\d{2}$/, "invalid_date"),
          v.check(
            (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
            "invalid_date",
          ),
        ),
        frequency: v.picklist(["monthly", "quarterly", "biannually", "annually"]),
      }),
    ),
  ),
  mfaRequiredForGuests: v.boolean(),
  trustHomeTenantMfa: v.boolean(),
  blockGuestsByConditionalAccess: v.boolean(),
  collaborationMode: v.picklist(["allow-all", "deny-listed", "allow-listed-only"]),
  collaborationDomains: v.pipe(v.array(domainName), v.maxLength(LIMITS.collaborationDomains)),
  /** Cross-tenant access with Fabrikam, the work accounts' home tenant. */
  crossTenantBlockFabrikam: v.picklist(["none", "inbound", "outbound"]),
  autoRedeemWithFabrikam: v.boolean(),
  privacyStatementUrl: optionalHttpsUrl,
  privacyContact: optionalEmail,
  allowSelfLeave: v.boolean(),
  /** Fabrikam's User settings → "Show keep user signed in" (addendum §10.2): "Stay signed in?" for its members. */
  showKeepSignedInFabrikam: v.boolean(),
  /** SIM-ASSUMPTION toggle (addendum §10.2 GAP): the home tenant's "Stay signed in?" inside a guest's sign-in here. */
  kmsiInGuestFlows: v.boolean(),
  /** SIM-ASSUMPTION toggle (addendum §10.4 GAP): AADSTS50020 pages offer "Sign out and sign in with a different account". */
  signOutLinkOnErrors: v.boolean(),
  /** Simulator (addendum §14.2): the guest's network restricts tenants with v1 headers (500021) or a v2 policy (5000211). */
  guestNetworkRestriction: v.picklist(["none", "v1", "v2"]),
  /** Conditional Access: guests need a compliant (53000) or hybrid-joined (53001) device. */
  deviceRequirementForGuests: v.picklist(["none", "compliant", "hybrid-joined"]),
  /** Cross-tenant access with Fabrikam, inbound trust: its compliant and hybrid-joined device claims count. */
  trustHomeTenantDevices: v.boolean(),
  /** Admin consent settings: "Users can request admin consent to apps they are unable to consent to". */
  adminConsentRequests: v.boolean(),
  /** "Consent request expires after (days)" (SIM-ASSUMPTION default 30, docs/decisions/0076). */
  consentRequestExpiryDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  /** Simulator faults (spec §6): the SAML/WS-Fed partner answers with an error, or Google does. */
  samlPartnerFault: v.picklist(["none", "AADSTS5000819", "AADSTS50008", "AADSTS20001", "AADSTS20012", "AADSTS50107"]),
  googleFault: v.picklist(["none", "AADSTS40008", "AADSTS40009", "AADSTS40010", "AADSTS40015"]),
  /** Simulator fault (spec §4.4, §6): the Microsoft account (consumer) service fails a personal account's sign-in. */
  msaFault: v.picklist(["none", "AADSTS70012"]),
  /**
   * Risk-based Conditional Access that includes guests (docs/decisions/0085): at high risk, require MFA
   * (nothing registered here: AADSTS53004) or block (AADSTS53011).
   */
  riskPolicyForGuests: v.optional(v.picklist(["none", "require-mfa", "block"]), "none"),
  /** The guest's home tenant's Identity Protection rates the guest's (work account's) user risk (decision 0085). */
  guestUserRiskAtHome: v.optional(v.picklist(["none", "high"]), "none"),
  /**
   * The guest's self-service (viral) home directory is unmanaged, with no administrator (AADSTS65005); off: an
   * admin took it over (docs/decisions/0086). Only where the world has such a directory.
   */
  guestHomeDirectoryUnmanaged: v.optional(v.boolean(), false),
  /**
   * Simulator (spec §4.3, §6 "header too long"): the guest's browser sends Google an oversized cookie header, and
   * Google answers with its own 400 page (docs/decisions/0082). Clearing Google's cookies in the guest's browser ends it.
   */
  googleHeaderTooLong: v.boolean(),
  /**
   * Simulator (spec §4.3, §6): the app signs in inside an embedded web view (WebView, WebView2, UIWebView/WKWebView,
   * ADAL apps, Teams or Power Apps desktop on Windows), which Google blocks with its own page (docs/decisions/0083).
   */
  embeddedWebView: v.boolean(),
  /**
   * Simulator (spec §4.3): with `embeddedWebView`, Microsoft's device sign-in flow takes over from Google's sign-in:
   * a nine-character code for microsoft.com/devicelogin in a separate browser (docs/decisions/0084).
   */
  deviceSignInFlow: v.boolean(),
});
export type TenantSettings = v.InferOutput<typeof tenantSettings>;

/** One identity signed in at the login host in the requesting browser profile (addendum §10, "Pick an account" tile). */
export const browserSessionView = v.object({
  sid: v.string(),
  email: v.string(),
  displayName: v.string(),
  /** The identity provider that vouched for it: the `idp` value Entra names (addendum §10.4). */
  identityProvider: v.string(),
  kind: popupIdp,
  signedInAt: v.string(),
  lastUsedAt: v.string(),
  /** "Stay signed in?" Yes: a persistent cookie (addendum §10.2). */
  persistent: v.boolean(),
  /** Signed in now, by the fake clock: not signed out and not idle past its lifetime (addendum §10.6). */
  active: v.boolean(),
});
export type BrowserSessionView = v.InferOutput<typeof browserSessionView>;
/** This browser's sessions at the login host, newest first (GET /api/demo/browser-sessions and every change). */
export const browserSessionsView = v.object({ sessions: v.array(browserSessionView) });
export type BrowserSessionsView = v.InferOutput<typeof browserSessionsView>;
export const browserSessionRequest = v.object({ sid: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id)) });

/** Smart lockout at the home IdP (addendum §14.2, AADSTS50053): the counters the studio shows and unlocks. */
export const passwordLockoutView = v.object({
  email: v.string(),
  failed: v.number(),
  lockouts: v.number(),
  lockedUntil: v.optional(v.string()),
});
export type PasswordLockoutView = v.InferOutput<typeof passwordLockoutView>;
export const passwordLockoutsView = v.object({ lockouts: v.array(passwordLockoutView) });
export type PasswordLockoutsView = v.InferOutput<typeof passwordLockoutsView>;
/** Enterprise applications > Admin consent requests (the admin center's list; Graph can't approve or deny). */
export const adminConsentRequestView = v.object({
  id: v.string(),
  appName: v.string(),
  permissions: v.array(v.string()),
  requestedBy: v.string(),
  requesterEmail: v.string(),
  reason: v.optional(v.string()),
  createdDateTime: v.string(),
  expiresDateTime: v.string(),
  status: v.picklist(["pending", "approved", "denied", "expired"]),
  reviewerJustification: v.optional(v.string()),
});
export const adminConsentRequestsView = v.object({ requests: v.array(adminConsentRequestView) });
export type AdminConsentRequestsView = v.InferOutput<typeof adminConsentRequestsView>;
export const denyConsentRequest = v.object({ justification: v.pipe(v.string(), v.maxLength(LIMITS.messageBody)) });

export const unlockAccountRequest = v.object({ email: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.email)) });

/** The work accounts' passwords at their home tenant (addendum §14.2, AADSTS50055): expired or not, last changed. */
export const workPasswordView = v.object({ email: v.string(), expired: v.boolean(), changedAt: v.optional(v.string()) });
export type WorkPasswordView = v.InferOutput<typeof workPasswordView>;
export const workPasswordsView = v.object({ accounts: v.array(workPasswordView) });
export type WorkPasswordsView = v.InferOutput<typeof workPasswordsView>;
/** The home tenant's admin expires a work account's password (studio action): its next sign-in asks for a new one. */
export const expirePasswordRequest = v.object({ email: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.email)) });

export const faultEndpoints = v.picklist(["invitation", "sessions", "session-actions", "mailbox", "graph", "token"]);
export const faultSettings = v.object({
  latencyMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  jitterMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  failureRate: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  failingEndpoint: v.optional(faultEndpoints),
  offline: v.boolean(),
  /** Fail only the next N requests to `failingEndpoint`, then stop (unset: every request fails). */
  failCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  /** The status of an injected failure: 503 (default) or 429; both carry Retry-After. */
  failStatus: v.optional(v.picklist([429, 503])),
  /** The Retry-After of an injected failure, in seconds (default 5). */
  retryAfterSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3600))),
});
export type FaultSettings = v.InferOutput<typeof faultSettings>;
/** The demo admin's bearer token for the fake Graph (POST /api/demo/graph-token). */
export const graphToken = v.object({ accessToken: v.string(), expiresOn: v.string() });
/** Time travel: move the fake clock forward (never back: codes and sessions only expire). */
export const advanceClockRequest = v.object({ minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60 * 24 * 366)) });
/** How far the fake clock may run from the real one, in all: 100 years (dates stay four-digit years). */
export const MAX_CLOCK_OFFSET_MS = 100 * 366 * 24 * 60 * 60_000;

export const demoState = v.object({
  scenarioId: scenarioId,
  guestEmail: v.string(),
  now: v.string(),
  /** Where the scenario starts: the guest's mailbox, or a direct / common sign-in link. */
  startPath: v.string(),
  faults: faultSettings,
  /** Set when persisted state was unreadable or from an older version and had to be reset. */
  recoveredFrom: v.optional(v.string()),
});
export type DemoState = v.InferOutput<typeof demoState>;

// ---------------------------------------------------------------------------------------------------
// Company branding (spec §1.4, addendum §13.1): a tenant's organizationalBranding as the fake world keeps it.

/** Addendum §13.1: the limits of each element (bytes for images, characters for texts). */
export const BRANDING_LIMITS = {
  bannerLogo: { width: 245, height: 36, bytes: 50 * 1024 },
  squareLogo: { width: 240, height: 240, bytes: 50 * 1024 },
  backgroundImage: { width: 1920, height: 1080, bytes: 300 * 1024 },
  usernameHintText: 64,
  signInPageText: 1024,
  footerText: 256,
  footerUrl: 128,
} as const;
export type BrandingImage = "bannerLogo" | "squareLogo" | "backgroundImage";
export const BRANDING_IMAGES: readonly BrandingImage[] = ["bannerLogo", "squareLogo", "backgroundImage"];
/** The text properties Graph's PATCH takes (organizationalBrandingProperties), with their limits. */
export const BRANDING_TEXT_LIMITS = {
  signInPageText: BRANDING_LIMITS.signInPageText,
  usernameHintText: BRANDING_LIMITS.usernameHintText,
  customPrivacyAndCookiesText: BRANDING_LIMITS.footerText,
  customPrivacyAndCookiesUrl: BRANDING_LIMITS.footerUrl,
  customTermsOfUseText: BRANDING_LIMITS.footerText,
  customTermsOfUseUrl: BRANDING_LIMITS.footerUrl,
} as const;
export type BrandingText = keyof typeof BRANDING_TEXT_LIMITS;

/** What a page needs to draw a tenant's branding; images as data URLs (fetched with the page's data, never bundled). */
export const brandingView = v.object({
  backgroundColor: v.optional(v.string()),
  bannerLogo: v.optional(v.string()),
  squareLogo: v.optional(v.string()),
  backgroundImage: v.optional(v.string()),
  signInPageText: v.optional(v.string()),
  usernameHintText: v.optional(v.string()),
  customPrivacyAndCookiesText: v.optional(v.string()),
  customPrivacyAndCookiesUrl: v.optional(v.string()),
  customTermsOfUseText: v.optional(v.string()),
  customTermsOfUseUrl: v.optional(v.string()),
  hidePrivacyAndCookies: v.optional(v.boolean()),
  hideTermsOfUse: v.optional(v.boolean()),
  hideKeepMeSignedIn: v.optional(v.boolean()),
});
export type BrandingView = v.InferOutput<typeof brandingView>;

/** The studio's branding editor: every tenant of the world with its branding (GET/PUT /api/demo/branding). */
export const tenantBranding = v.object({ tenantId: v.string(), name: v.string(), branding: brandingView });
export type TenantBranding = v.InferOutput<typeof tenantBranding>;
export const tenantBrandings = v.array(tenantBranding);
