// §4.6 P6 Create a Microsoft account: password → verification code → name → country and birth date.
import type { ActionName } from "../../../src/api/flow";
import { authorityFor, CONSUMERS_TENANT_ID } from "../accounts";
import { codeLocked, limitAttempts, lockedUntil } from "../attempts";
import { DomainError } from "../errors";
import { newId } from "../ids";
import type { PasswordHash } from "../passwords";
import type { WorldContext } from "../invitations";
import { sendCodeMail } from "../mail";
import {
  birthDateProblem,
  checkVerificationCode,
  isCountryCode,
  nameProblem,
  newVerificationCode,
  passwordProblems,
  SIGNUP_STEPS,
} from "../signup";
import type { RedemptionSession, SignupDraft, WorldState } from "../state";
import { findSession, invitationOf, moveTo, requireAction } from "./session";
import { completeSignIn } from "./sign-in";

const VERIFICATION_CODES = { incorrect: "VerificationCodeIncorrect", locked: "VerificationCodeLocked", field: "code" };

function requireSignupStep(session: RedemptionSession, action: ActionName, step: SignupDraft["step"]): SignupDraft {
  requireAction(session, action);
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

/** §4.6 S21: the password; a verification code goes to the invited address. */
export function signupSetPassword(
  state: WorldState,
  sessionId: string,
  { password, hash }: { password: string; hash: PasswordHash },
  ctx: WorldContext,
) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "signup/password", "password");
  const invitation = invitationOf(state, session);
  const problems = passwordProblems(password, invitation.invitedUserEmailAddress);
  if (problems.length > 0) throw invalid("PasswordRejected", "password", problems.join(","));
  draft.passwordHash = hash;
  draft.step = "verify";
  sendCodeMail(state, invitation, "account-verification", newVerificationCode(draft, ctx.now), ctx);
  return moveTo(session, "create-account", ctx);
}

export function signupResendCode(state: WorldState, sessionId: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "signup/resend-code", "verify");
  // A new code buys no new guesses: the lock-out holds for the guest, whatever the code.
  const email = invitationOf(state, session).invitedUserEmailAddress;
  const locked = lockedUntil(state, "account-verification", email, ctx.now);
  if (locked) throw codeLocked(VERIFICATION_CODES.locked, locked);
  sendCodeMail(state, invitationOf(state, session), "account-verification", newVerificationCode(draft, ctx.now), ctx);
  return moveTo(session, "create-account", ctx);
}

export function signupVerify(state: WorldState, sessionId: string, code: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "signup/verify", "verify");
  const email = invitationOf(state, session).invitedUserEmailAddress;
  limitAttempts(state, "account-verification", email, ctx.now, VERIFICATION_CODES, () => checkVerificationCode(draft, code, ctx.now));
  draft.verified = true;
  draft.verificationCode = undefined;
  draft.step = "name";
  return moveTo(session, "create-account", ctx);
}

export function signupName(state: WorldState, sessionId: string, firstName: string, lastName: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "signup/name", "name");
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

/** §4.6 S21: the last step creates the Microsoft account and signs the guest in with it. */
export function signupProfile(state: WorldState, sessionId: string, country: string, birthDate: string, ctx: WorldContext) {
  const session = findSession(state, sessionId);
  const draft = requireSignupStep(session, "signup/profile", "profile");
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
    passwordHash: draft.passwordHash,
  };
  state.accounts = state.accounts.filter((a) => !(a.kind === "msa" && a.email === email));
  state.accounts.push(account);
  draft.passwordHash = undefined;
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
  requireAction(session, "signup/back");
  const draft = session.signup;
  const index = draft ? SIGNUP_STEPS.indexOf(draft.step) : 0;
  if (!draft || index <= 0) throw new DomainError("StepConflict", 409, "This is the first step.", { currentStep: session.step });
  draft.step = SIGNUP_STEPS[index - 1] ?? "password";
  return moveTo(session, "create-account", ctx);
}
