// §5 The steps after the identity is proven, in their order, and the redemption itself.
import { identityIssuer } from "../accounts";
import { appNeedingAdminConsent } from "../admin-consent";
import type { IdentityPath } from "../discovery";
import { DomainError } from "../errors";
import { findTenant, findUser, type WorldContext } from "../invitations";
import { automaticRedemption, mfaInHomeTenant, riskRequiresMfa } from "../policies";
import { dueAgreement } from "../terms-of-use";
import type { RedemptionSession, SignedInAccount, WorldState } from "../state";
import { enterMfa } from "./mfa";
import { passkeyBlocking, passkeyCampaignDue, signsInWithPasskey } from "./passkey";
import { invitationOf, moveTo } from "./session";

/**
 * After the identity is proven, the remaining steps in the order of spec §5 (SIM-ASSUMPTION for the
 * GAP): Review permissions (unless automatic redemption or given before) → MFA → terms of use → done.
 * The guest is redeemed (Accepted) when every step is passed.
 */
export function advance(state: WorldState, session: RedemptionSession, ctx: WorldContext): RedemptionSession {
  const invitation = invitationOf(state, session);
  const user = findUser(state, invitation.invitedUserId);
  const tenant = findTenant(state, invitation.tenantId);
  const account = session.signedInAs;
  if (!account) throw new DomainError("StepConflict", 409, "Nobody is signed in.", { currentStep: session.step });
  const autoRedeem = automaticRedemption(state, tenant, account.path === "entra" ? account.tenantId : undefined);
  if (!user.consentAcceptedAt && !autoRedeem) return moveTo(session, "consent", ctx);
  // MFA by a Conditional Access policy for guests, or by a risk-based one at high risk (decision 0085).
  if (tenant.policies.mfaRequiredForGuests || riskRequiresMfa(state, tenant, account)) {
    // Addendum §12.8: the passkey step, when the guest's own phone is all the resource tenant has.
    const inHome = mfaInHomeTenant(tenant, account);
    if (!session.mfa?.satisfied && !inHome && passkeyBlocking(user, ctx.now)) return moveTo(session, "passkey-register", ctx);
    if (!session.mfa?.satisfied && !inHome && signsInWithPasskey(user, ctx.now)) session.mfa = { satisfied: true, registering: false };
    if (!session.mfa?.satisfied) return enterMfa(state, session, ctx);
    // The campaign follows a challenge (not a registration in this sign-in), as registration campaigns do.
    const challenged = session.history.includes("mfa-challenge") && !session.history.includes("mfa-register");
    if (!inHome && challenged && passkeyCampaignDue(user, ctx.now)) return moveTo(session, "passkey-register", ctx);
  }
  // Each of the tenant's terms of use that is due, one page at a time (spec §5.2, docs/decisions/0091).
  if (dueAgreement(tenant, user, ctx.now)) return moveTo(session, "terms", ctx);
  if (user.externalUserState !== "Accepted") redeem(state, session, account, ctx);
  // Spec §5.4: the app the invitation leads to asks for permissions only an admin can grant (90094/90095).
  // The guest is redeemed by now; the app's own consent stops them, as often as they come, until it is granted.
  if (appNeedingAdminConsent(state, invitation)) return moveTo(session, "app-consent", ctx);
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
