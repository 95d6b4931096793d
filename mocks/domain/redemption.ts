// Redemption sessions: the server-driven flow. A session knows the current step; the SPA only renders it.
// Nothing is redeemed until the guest has proven the invited identity and accepted consent.
import type { InvitationLocator, PopupIdp, SessionView } from "../../src/api/contract";
import { authorityFor, CONSUMERS_TENANT_ID, domainOf, GOOGLE_SEGMENT, identityIssuer, idpSegment, isGmail, samlSegment } from "./accounts";
import { DEFAULT_PRIMARY_ORDER, discoverIdentityProvider, type Discovery, type DiscoveryInput, type IdentityPath } from "./discovery";
import { DomainError, notFound } from "./errors";
import { newId } from "./ids";
import { findTenant, findUser, invitationView, locateInvitation, type WorldContext } from "./invitations";
import { INVITATIONS_SENDER, sendCodeMail } from "./mail";
import { checkSmsCode, createPush, normalizePhone, sendSms, SMS_CODE_LENGTH } from "./phone";
import { accessBlock, automaticRedemption, domainAllowed, mfaInHomeTenant } from "./policies";
import { hasPasscodeSession, issuePasscode, PASSCODE_LENGTH, PASSCODE_VALIDITY_MINUTES, passcodeStatus, verifyPasscode } from "./passcode";
import {
  birthDateProblem,
  checkVerificationCode,
  isCountryCode,
  nameProblem,
  newSignupDraft,
  newVerificationCode,
  passwordProblems,
  SIGNUP_CODE_LENGTH,
  SIGNUP_STEPS,
} from "./signup";
import type { GuestUser, Invitation, RedemptionSession, SignedInAccount, SignupDraft, Tenant, WorldState } from "./state";

export { authorityFor } from "./accounts";

type Entry = RedemptionSession["entry"];
type Step = RedemptionSession["step"];

export function discoverFor(state: Readonly<WorldState>, invitation: Invitation, entry: Entry): Discovery {
  return discoverIdentityProvider(discoveryInputOf(state, invitation, entry));
}

/** The facts discovery decided on, for the explain panel (booleans and the order, as shown). */
function discoveryInputs(state: Readonly<WorldState>, invitation: Invitation, entry: Entry): Record<string, string> {
  const input = discoveryInputOf(state, invitation, entry);
  return {
    entry: input.entry,
    redeemedWith: input.redeemedWith ?? "",
    hasManagedEntraAccount: String(input.hasManagedEntraAccount),
    hasMicrosoftAccount: String(input.hasMicrosoftAccount),
    samlFederation: input.samlFederation ? (input.samlFederation.verified ? "verified" : "unverified") : "false",
    googleFederation: String(input.googleFederation),
    emailOtpEnabled: String(input.emailOtpEnabled),
    primaryOrder: input.primaryOrder.join(" → "),
    msaFallbackEnabled: String(input.msaFallbackEnabled),
    domainBlocked: String(Boolean(input.domainBlocked)),
  };
}

function discoveryInputOf(state: Readonly<WorldState>, invitation: Invitation, entry: Entry): DiscoveryInput {
  const email = invitation.invitedUserEmailAddress;
  const policies = findTenant(state as WorldState, invitation.tenantId).policies;
  const user = findUser(state as WorldState, invitation.invitedUserId);
  const saml = policies.samlFederations.find((f) => f.domain === domainOf(email));
  return {
    entry,
    redeemedWith: user.redeemedWith?.path as IdentityPath | undefined,
    hasManagedEntraAccount: state.accounts.some((a) => a.kind === "entra" && a.email === email),
    hasMicrosoftAccount: state.accounts.some((a) => a.kind === "msa" && a.email === email),
    samlFederation: saml ? { verified: saml.verifiedInEntra } : undefined,
    googleFederation: policies.googleFederation && isGmail(email),
    emailOtpEnabled: policies.emailOtpEnabled,
    primaryOrder: policies.primaryOrder.length > 0 ? policies.primaryOrder : DEFAULT_PRIMARY_ORDER,
    msaFallbackEnabled: policies.msaFallbackEnabled,
    // A domain put on the block list after the invitation: a pending guest can no longer redeem (D12).
    domainBlocked: !domainAllowed(findTenant(state as WorldState, invitation.tenantId), email),
  };
}

/** The first step of a path. */
function firstStep(path: IdentityPath): Step {
  switch (path) {
    case "account-chooser":
      return "choose-account";
    case "email-otp":
      return "otp-send";
    case "create-microsoft-account":
      return "create-account";
    case "no-identity-provider":
      return "no-identity-provider";
    case "blocked-domain":
    case "cross-tenant-blocked":
      return "blocked";
    default:
      return "sign-in";
  }
}

function openSession(state: WorldState, invitation: Invitation, entry: Entry, ctx: WorldContext): RedemptionSession {
  const discovery = discoverFor(state, invitation, entry);
  const now = ctx.now.toISOString();
  const session: RedemptionSession = {
    id: newId(),
    invitationId: invitation.id,
    entry,
    step: firstStep(discovery.path),
    path: discovery.path,
    rule: discovery.rule,
    signup: discovery.path === "create-microsoft-account" ? newSignupDraft() : undefined,
    blocked:
      discovery.path === "blocked-domain"
        ? { code: "InvitationDomainBlocked", details: { domain: domainOf(invitation.invitedUserEmailAddress) } }
        : undefined,
    history: [firstStep(discovery.path)],
    createdAt: now,
    updatedAt: now,
  };
  state.sessions.push(session);
  // A returning passcode guest inside the 24-hour passcode session needs no new code (spec §4.5).
  if (session.path === "email-otp" && hasPasscodeSession(state, invitation.tenantId, invitation.invitedUserEmailAddress, ctx.now)) {
    return completeSignIn(state, session.id, passcodeAccount(state, invitation), ctx);
  }
  return session;
}

/** POST /api/sessions: the guest chose to continue on the invitation page (an explicit action, not a GET). */
export function startSession(state: WorldState, locator: InvitationLocator, ctx: WorldContext): RedemptionSession {
  return openSession(state, locateInvitation(state, locator), "email-link", ctx);
}

/**
 * A direct link (spec §2, E3/E4): the guest names the tenant and types an address. The guest must already
 * be in the directory; the user's latest invitation carries the redirect and the organisation.
 */
export function startDirectSession(state: WorldState, tenantId: string, email: string, ctx: WorldContext): RedemptionSession {
  const tenant = findTenant(state, tenantId);
  const user = state.users.find((u) => u.tenantId === tenant.id && u.mail === email);
  const invitation = user && state.invitations.findLast((i) => i.invitedUserId === user.id);
  if (!user || !invitation) {
    throw new DomainError("UserNotInTenant", 404, `The account ${email} does not exist in ${tenant.name}.`, {
      email,
      organization: tenant.name,
    });
  }
  return openSession(state, invitation, "direct-link", ctx);
}

export function findSession(state: Readonly<WorldState>, sessionId: string): RedemptionSession {
  const session = state.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound("Session", { sessionId });
  return session;
}

function invitationOf(state: Readonly<WorldState>, session: RedemptionSession): Invitation {
  const invitation = state.invitations.find((i) => i.id === session.invitationId);
  if (!invitation) throw notFound("Invitation", { invitationId: session.invitationId });
  return invitation;
}

function requireStep(session: RedemptionSession, ...allowed: Step[]): void {
  if (!allowed.includes(session.step)) {
    throw new DomainError("StepConflict", 409, `This action is not possible at step "${session.step}".`, {
      currentStep: session.step,
    });
  }
}

function moveTo(session: RedemptionSession, step: Step, ctx: WorldContext): RedemptionSession {
  if (session.history.at(-1) !== step) session.history.push(step);
  session.step = step;
  session.updatedAt = ctx.now.toISOString();
  return session;
}

/**
 * An identity provider vouched for `account`. Spec §4.9 SIM-ASSUMPTION: an invitation binds only to the
 * invited address, and after redemption only to the identity bound then; anything else is AADSTS50020.
 */
export function completeSignIn(state: WorldState, sessionId: string, account: SignedInAccount, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "sign-in", "otp-enter", "otp-send", "create-account");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  session.signedInAs = account;
  session.mfa = undefined;
  if (account.email !== invitation.invitedUserEmailAddress) return moveTo(session, "wrong-account", ctx);
  // Redeemed before with another identity of the same address: only the inviting admin can reset that.
  if (user.redeemedWith && user.redeemedWith.objectId !== account.objectId) {
    return moveTo(session, "redeemed-by-other-identity", ctx);
  }
  const tenant = findTenant(state, invitation.tenantId);
  const block = accessBlock(state, tenant, user, account);
  if (block) {
    session.blocked = block;
    return moveTo(session, "blocked", ctx);
  }
  return advance(state, session, ctx);
}

/**
 * After the identity is proven, the remaining steps in the order of spec §5 (SIM-ASSUMPTION for the
 * GAP): Review permissions (unless automatic redemption or given before) → MFA → terms of use → done.
 * The guest is redeemed (Accepted) when every step is passed.
 */
function advance(state: WorldState, session: RedemptionSession, ctx: WorldContext): RedemptionSession {
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  const account = session.signedInAs;
  if (!account) throw new DomainError("StepConflict", 409, "Nobody is signed in.", { currentStep: session.step });
  const autoRedeem = automaticRedemption(state, tenant, account.path === "entra" ? account.tenantId : undefined);
  if (!user.consentAcceptedAt && !autoRedeem) return moveTo(session, "consent", ctx);
  if (tenant.policies.mfaRequiredForGuests && !session.mfa?.satisfied) {
    const registered = user.mfaMethods.length > 0 || mfaInHomeTenant(tenant, account);
    session.mfa = { satisfied: false, registering: !registered };
    return moveTo(session, registered ? "mfa-challenge" : "mfa-register", ctx);
  }
  if (tenant.policies.termsOfUse && !user.termsAcceptedAt) return moveTo(session, "terms", ctx);
  if (user.externalUserState !== "Accepted") redeem(state, session, account, ctx);
  return moveTo(session, "done", ctx);
}

function redeem(state: WorldState, session: RedemptionSession, account: SignedInAccount, ctx: WorldContext): void {
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  const now = ctx.now.toISOString();
  user.externalUserState = "Accepted";
  user.externalUserStateChangeDateTime = now;
  // The path bound for every later sign-in (D1): a created MSA is an MSA from now on.
  const boundPath = account.path === "create-microsoft-account" ? "microsoft-account" : account.path;
  user.redeemedWith = { path: boundPath, issuer: account.issuer, email: account.email, objectId: account.objectId };
  user.identities.push({
    signInType: "federated",
    issuer: identityIssuer(account.path as IdentityPath, tenant, account.email),
    issuerAssignedId: account.objectId,
  });
  for (const other of state.invitations) {
    if (other.invitedUserId === user.id) other.status = "Completed";
  }
}

/** "Sign in with a different account", or "sign in and review again" after Cancel. */
export function restartSignIn(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "wrong-account", "consent-cancelled", "terms-declined", "redeemed-by-other-identity");
  session.signedInAs = undefined;
  session.mfa = undefined;
  const invitation = invitationOf(state, session);
  const discovery = discoverFor(state, invitation, session.entry);
  session.path = discovery.path;
  session.rule = discovery.rule;
  session.signup = discovery.path === "create-microsoft-account" ? newSignupDraft() : undefined;
  return moveTo(session, firstStep(discovery.path), ctx);
}

/** D2: the guest picks the work account or the personal Microsoft account. */
export function chooseAccount(
  state: WorldState,
  sessionId: string,
  account: "entra" | "microsoft-account",
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "choose-account");
  session.path = account;
  return moveTo(session, "sign-in", ctx);
}

// ---------------------------------------------------------------------------------------------------
// Email one-time passcode (P5)

export function passcodeAccount(state: Readonly<WorldState>, invitation: Invitation): SignedInAccount {
  const user = findUser(state as WorldState, invitation.invitedUserId);
  return {
    email: invitation.invitedUserEmailAddress,
    displayName: user.displayName,
    objectId: user.redeemedWith?.objectId ?? user.id,
    tenantId: invitation.tenantId,
    issuer: "mail",
    path: "email-otp",
  };
}

export function sendPasscode(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "otp-send", "otp-enter");
  const invitation = invitationOf(state, session);
  const code = issuePasscode(state, invitation.tenantId, invitation.invitedUserEmailAddress, ctx.now);
  sendCodeMail(state, invitation, "passcode", code, ctx);
  return moveTo(session, "otp-enter", ctx);
}

export function enterPasscode(state: WorldState, sessionId: string, code: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "otp-enter");
  const invitation = invitationOf(state, session);
  verifyPasscode(state, invitation.tenantId, invitation.invitedUserEmailAddress, code, ctx.now);
  return completeSignIn(state, session.id, passcodeAccount(state, invitation), ctx);
}

// ---------------------------------------------------------------------------------------------------
// Create a Microsoft account (P6)

function requireSignupStep(session: RedemptionSession, step: SignupDraft["step"]): SignupDraft {
  requireStep(session, "create-account");
  const draft = session.signup;
  if (!draft || draft.step !== step) {
    throw new DomainError("StepConflict", 409, `The account wizard is not at "${step}".`, {
      currentStep: session.step,
      signupStep: draft?.step ?? "none",
    });
  }
  return draft;
}

function invalid(code: string, field: string, problem: string): DomainError {
  return new DomainError(code, 400, `The ${field} is not valid (${problem}).`, { field, problem });
}

export function signupSetPassword(state: WorldState, sessionId: string, password: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "password");
  const invitation = invitationOf(state, session);
  const problems = passwordProblems(password, invitation.invitedUserEmailAddress);
  if (problems.length > 0) throw invalid("PasswordRejected", "password", problems.join(","));
  draft.password = password;
  draft.step = "verify";
  sendCodeMail(state, invitation, "account-verification", newVerificationCode(draft, ctx.now), ctx);
  return moveTo(session, "create-account", ctx);
}

export function signupResendCode(state: WorldState, sessionId: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "verify");
  sendCodeMail(state, invitationOf(state, session), "account-verification", newVerificationCode(draft, ctx.now), ctx);
  return moveTo(session, "create-account", ctx);
}

export function signupVerify(state: WorldState, sessionId: string, code: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "verify");
  checkVerificationCode(draft, code, ctx.now);
  draft.verified = true;
  draft.verificationCode = undefined;
  draft.step = "name";
  return moveTo(session, "create-account", ctx);
}

export function signupName(state: WorldState, sessionId: string, firstName: string, lastName: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "name");
  for (const [field, value] of [
    ["firstName", firstName],
    ["lastName", lastName],
  ] as const) {
    const problem = nameProblem(value);
    if (problem) throw invalid("NameRejected", field, problem);
  }
  draft.firstName = firstName.trim();
  draft.lastName = lastName.trim();
  draft.step = "profile";
  return moveTo(session, "create-account", ctx);
}

/** The last step creates the Microsoft account and signs the guest in with it. */
export function signupProfile(state: WorldState, sessionId: string, country: string, birthDate: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "profile");
  if (!isCountryCode(country)) throw invalid("ProfileRejected", "country", "unknown");
  const problem = birthDateProblem(birthDate, ctx.now);
  if (problem) throw invalid("ProfileRejected", "birthDate", problem);
  const invitation = invitationOf(state, session);
  const email = invitation.invitedUserEmailAddress;
  draft.country = country;
  draft.birthDate = birthDate;
  const account = {
    kind: "msa" as const,
    email,
    displayName: `${draft.firstName ?? ""} ${draft.lastName ?? ""}`.trim(),
    objectId: newId(),
    password: draft.password ?? "",
  };
  state.accounts = state.accounts.filter((a) => !(a.kind === "msa" && a.email === email));
  state.accounts.push(account);
  draft.password = undefined;
  return completeSignIn(
    state,
    session.id,
    {
      email,
      displayName: account.displayName,
      objectId: account.objectId,
      tenantId: CONSUMERS_TENANT_ID,
      issuer: authorityFor(CONSUMERS_TENANT_ID),
      path: "create-microsoft-account",
    },
    ctx,
  );
}

/** The wizard's Back button: one step back, keeping what was submitted. */
export function signupBack(state: WorldState, sessionId: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  requireStep(session, "create-account");
  const draft = session.signup;
  const index = draft ? SIGNUP_STEPS.indexOf(draft.step) : 0;
  if (!draft || index <= 0) throw new DomainError("StepConflict", 409, "This is the first step.", { currentStep: session.step });
  draft.step = SIGNUP_STEPS[index - 1] ?? "password";
  return moveTo(session, "create-account", ctx);
}

// ---------------------------------------------------------------------------------------------------
// Consent and the view

export function decideConsent(state: WorldState, sessionId: string, decision: "accept" | "cancel", ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  // A second tab that accepts after the first did sees the true state, and nothing is redeemed twice.
  if (session.step === "done") return session;
  if (session.step === "consent" && user.consentAcceptedAt && decision === "accept") return advance(state, session, ctx);
  requireStep(session, "consent");
  if (decision === "cancel") return moveTo(session, "consent-cancelled", ctx);
  user.consentAcceptedAt = ctx.now.toISOString();
  return advance(state, session, ctx);
}

// ---------------------------------------------------------------------------------------------------
// MFA (spec §5.3) and terms of use (spec §5.2)

export function startAuthenticatorPush(state: WorldState, sessionId: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "mfa-register", "mfa-challenge");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  const home = mfaInHomeTenant(tenant, session.signedInAs);
  if (session.step === "mfa-challenge" && !home && !user.mfaMethods.some((m) => m.kind === "authenticator")) {
    throw new DomainError("MfaMethodNotRegistered", 400, "No Authenticator app is registered.", { method: "authenticator" });
  }
  const organization = home ? (state.tenants.find((t) => t.id === session.signedInAs?.tenantId)?.name ?? tenant.name) : tenant.name;
  session.mfa = { ...(session.mfa ?? { satisfied: false, registering: false }), pushId: createPush(state, user.id, organization, ctx) };
  return moveTo(session, session.step, ctx);
}

export function sendMfaSms(state: WorldState, sessionId: string, phone: string | undefined, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "mfa-register", "mfa-challenge");
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const registered = user.mfaMethods.find((m) => m.kind === "sms");
  const target = session.step === "mfa-register" ? phone : registered?.kind === "sms" ? registered.phone : undefined;
  if (!target) throw new DomainError("MfaMethodNotRegistered", 400, "No phone number is registered.", { method: "sms" });
  const normalized = normalizePhone(target);
  const code = sendSms(state, normalized, findTenant(state, invitation.tenantId).name, ctx);
  session.mfa = {
    ...(session.mfa ?? { satisfied: false, registering: session.step === "mfa-register" }),
    smsPhone: normalized,
    smsCode: code,
    smsSentAt: ctx.now.toISOString(),
  };
  return moveTo(session, session.step, ctx);
}

export function verifyMfaSms(state: WorldState, sessionId: string, code: string, ctx: WorldContext): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "mfa-register", "mfa-challenge");
  const mfa = session.mfa;
  if (!mfa?.smsCode || !mfa.smsPhone) throw new DomainError("MfaCodeNotSent", 400, "Send a code first.");
  checkSmsCode(mfa.smsCode, mfa.smsSentAt ?? "", code, ctx.now);
  return mfaDone(state, session, { kind: "sms", phone: mfa.smsPhone }, ctx);
}

/** The simulated phone approved or denied an Authenticator notification. */
export function answerPush(state: WorldState, pushId: string, approve: boolean, ctx: WorldContext): void {
  const push = state.pushRequests.find((p) => p.id === pushId && p.status === "pending");
  if (!push) throw notFound("PushRequest", { pushId });
  push.status = approve ? "approved" : "denied";
  const session = state.sessions.find((s) => s.mfa?.pushId === pushId && (s.step === "mfa-register" || s.step === "mfa-challenge"));
  if (session && approve) mfaDone(state, session, { kind: "authenticator" }, ctx);
}

function mfaDone(
  state: WorldState,
  session: RedemptionSession,
  method: GuestUser["mfaMethods"][number],
  ctx: WorldContext,
): RedemptionSession {
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  // Registration happens in the resource tenant; with MFA trust the method lives in the home tenant.
  if (session.step === "mfa-register" && !mfaInHomeTenant(tenant, session.signedInAs)) {
    user.mfaMethods = [...user.mfaMethods.filter((m) => m.kind !== method.kind), method];
  }
  session.mfa = { satisfied: true, registering: false };
  return advance(state, session, ctx);
}

export function decideTerms(
  state: WorldState,
  sessionId: string,
  decision: "accept" | "decline",
  expanded: boolean,
  ctx: WorldContext,
): RedemptionSession {
  const session = findSession(state, sessionId);
  requireStep(session, "terms");
  const invitation = invitationOf(state, session);
  const terms = findTenant(state, invitation.tenantId).policies.termsOfUse;
  if (decision === "decline") return moveTo(session, "terms-declined", ctx);
  if (terms?.requireExpand && !expanded) {
    throw new DomainError("TermsNotExpanded", 400, "Open the terms of use before accepting them.");
  }
  findUser(state, invitation.invitedUserId).termsAcceptedAt = ctx.now.toISOString();
  return advance(state, session, ctx);
}

/** Where the popup goes for a path, and whose page the guest will see there. */
function popupTarget(state: Readonly<WorldState>, path: string, email: string, tenantId: string) {
  const tenant = findTenant(state as WorldState, tenantId);
  switch (path as PopupIdp) {
    case "entra": {
      const home = state.accounts.find((a) => a.kind === "entra" && a.email === email);
      const homeTenant = home ? state.tenants.find((t) => t.id === idpSegment(home)) : undefined;
      return homeTenant ? { idp: "entra" as const, segment: homeTenant.id, idpName: homeTenant.name } : undefined;
    }
    case "microsoft-account":
      return { idp: "microsoft-account" as const, segment: CONSUMERS_TENANT_ID, idpName: "Microsoft" };
    case "google":
      return { idp: "google" as const, segment: GOOGLE_SEGMENT, idpName: "Google" };
    case "saml": {
      const federation = tenant.policies.samlFederations.find((f) => f.domain === domainOf(email));
      return federation ? { idp: "saml" as const, segment: samlSegment(federation.domain), idpName: federation.idpName } : undefined;
    }
    default:
      return undefined;
  }
}

function mfaView(state: Readonly<WorldState>, session: RedemptionSession, user: GuestUser, tenant: Tenant) {
  const home = mfaInHomeTenant(tenant, session.signedInAs);
  const push = state.pushRequests.find((p) => p.id === session.mfa?.pushId);
  const phone = session.mfa?.smsPhone;
  return {
    registering: session.step === "mfa-register",
    homeOrganization: home ? state.tenants.find((t) => t.id === session.signedInAs?.tenantId)?.name : undefined,
    methods: home ? (["authenticator"] as const).slice() : user.mfaMethods.map((m) => m.kind),
    push: push?.status === "pending" ? ("pending" as const) : push?.status === "denied" ? ("denied" as const) : ("none" as const),
    // Only the last digits, as Entra shows them.
    smsSentTo: phone ? `${"•".repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}` : undefined,
    codeLength: SMS_CODE_LENGTH,
  };
}

export function sessionView(state: Readonly<WorldState>, session: RedemptionSession, ctx: WorldContext): SessionView {
  const invitation = invitationOf(state, session);
  const email = invitation.invitedUserEmailAddress;
  const account = session.signedInAs;
  const target = session.step === "sign-in" ? popupTarget(state, session.path, email, invitation.tenantId) : undefined;
  const passcode =
    session.step === "otp-send" || session.step === "otp-enter" ? passcodeStatus(state, invitation.tenantId, email, ctx.now) : undefined;
  const draft = session.step === "create-account" ? session.signup : undefined;
  const tenant = findTenant(state as WorldState, invitation.tenantId);
  const user = findUser(state as WorldState, invitation.invitedUserId);
  return {
    id: session.id,
    step: session.step,
    entry: session.entry,
    invitation: invitationView(state as WorldState, invitation),
    discovery: { path: session.path, rule: session.rule, inputs: discoveryInputs(state, invitation, session.entry) },
    history: session.history,
    signIn: target ? { authority: authorityFor(target.segment), loginHint: email, idp: target.idp, idpName: target.idpName } : undefined,
    passcode: passcode
      ? {
          sentTo: email,
          sender: INVITATIONS_SENDER,
          codeLength: PASSCODE_LENGTH,
          validityMinutes: PASSCODE_VALIDITY_MINUTES,
          ...passcode,
        }
      : undefined,
    signup: draft
      ? {
          step: draft.step,
          email,
          codeLength: SIGNUP_CODE_LENGTH,
          firstName: draft.firstName,
          lastName: draft.lastName,
          country: draft.country,
          birthDate: draft.birthDate,
        }
      : undefined,
    terms: session.step === "terms" && tenant.policies.termsOfUse ? tenant.policies.termsOfUse : undefined,
    mfa: session.step === "mfa-register" || session.step === "mfa-challenge" ? mfaView(state, session, user, tenant) : undefined,
    blocked: session.step === "blocked" ? session.blocked : undefined,
    boundTo:
      session.step === "redeemed-by-other-identity" && user.redeemedWith
        ? { email: user.redeemedWith.email, identityProvider: user.redeemedWith.issuer }
        : undefined,
    signedInAs: account ? { email: account.email, displayName: account.displayName, identityProvider: account.issuer } : undefined,
    sharedData:
      account && session.step === "consent"
        ? { name: account.displayName, email: account.email, objectId: account.objectId, tenantId: account.tenantId }
        : undefined,
    redirectUrl: session.step === "done" ? invitation.inviteRedirectUrl : undefined,
  };
}
