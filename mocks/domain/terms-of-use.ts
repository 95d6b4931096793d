// Terms of use as Microsoft Graph shows them to the admin (spec §5.2, §7): the tenant's agreement
// (identityGovernance/termsOfUse/agreements, one per tenant here; Entra allows up to 40) with its file per
// language, and its acceptances (agreementAcceptance: who accepted or declined, when, and when it expires).
import { notFound } from "./errors";
import type { WorldContext } from "./invitations";
import type { Tenant, WorldState } from "./state";

/** Spec §7: at most 40 terms of use per tenant. */
export const TERMS_OF_USE_PER_TENANT = 40;
/** Spec §7: the terms-of-use audit log keeps 30 days (acceptance counts stay for the agreement's lifetime). */
export const TERMS_AUDIT_DAYS = 30;

const DAY_MS = 86_400_000;
const FREQUENCY = { monthly: "P1M", quarterly: "P3M", biannually: "P6M", annually: "P1Y" } as const;

export const agreementId = (tenantId: string) => `tou-${tenantId}`;

type Terms = NonNullable<Tenant["policies"]["termsOfUse"]>;

function resourceTenant(state: Readonly<WorldState>): Tenant {
  const tenant = state.tenants.find((t) => t.id === state.resourceTenantId);
  if (!tenant) throw notFound("Tenant", { tenantId: state.resourceTenantId });
  return tenant;
}

function graphAgreement(tenant: Tenant, terms: Terms) {
  const files = Object.entries(terms.documents).filter(([, text]) => text !== undefined);
  return {
    id: agreementId(tenant.id),
    displayName: terms.displayName,
    isViewingBeforeAcceptanceRequired: terms.requireExpand,
    // Spec §5.2: "Require users to consent on every device" is not supported for B2B users.
    isPerDeviceAcceptanceRequired: false,
    userReacceptRequiredFrequency: terms.reacceptAfterDays ? `P${terms.reacceptAfterDays}D` : null,
    termsExpiration: terms.expireConsents
      ? { startDateTime: terms.expireConsents.startsOn, frequency: FREQUENCY[terms.expireConsents.frequency] }
      : null,
    // The first uploaded file is the default one (spec §5.2: no match for the browser's language → the default).
    files: files.map(([language], index) => ({
      id: `${agreementId(tenant.id)}-${language}`,
      language,
      fileName: `${terms.displayName} (${language}).pdf`,
      displayName: terms.displayName,
      isDefault: index === 0,
      isMajorVersion: false,
    })),
  };
}

/** GET identityGovernance/termsOfUse/agreements: the resource tenant's agreements. */
export function listAgreements(state: Readonly<WorldState>) {
  const tenant = resourceTenant(state);
  const terms = tenant.policies.termsOfUse;
  return terms ? [graphAgreement(tenant, terms)] : [];
}

/** GET …/agreements/{id}: one agreement, or Graph's 404. */
export function getAgreement(state: Readonly<WorldState>, id: string) {
  const found = listAgreements(state).find((a) => a.id === id);
  if (!found) throw notFound("Agreement", { agreementId: id });
  return found;
}

/**
 * GET …/agreements/{id}/acceptances: each guest's latest decision. An acceptance's expirationDateTime is
 * when "Duration before re-acceptance required" runs out (null without one). The audit log's 30 days
 * (TERMS_AUDIT_DAYS) bound which entries are listed; the decision itself stays on the user.
 */
export function listAcceptances(state: Readonly<WorldState>, id: string, ctx: WorldContext) {
  const agreement = getAgreement(state, id);
  const tenant = resourceTenant(state);
  const reaccept = tenant.policies.termsOfUse?.reacceptAfterDays;
  const recent = (at: string) => ctx.now.getTime() - Date.parse(at) <= TERMS_AUDIT_DAYS * DAY_MS;
  return state.users
    .filter((u) => u.tenantId === tenant.id && !u.deletedDateTime)
    .flatMap((u) => {
      const accepted = u.termsAcceptedAt && (!u.termsDeclinedAt || u.termsAcceptedAt >= u.termsDeclinedAt);
      const at = accepted ? u.termsAcceptedAt : u.termsDeclinedAt;
      if (!at || !recent(at)) return [];
      return [
        {
          id: `${agreement.id}_${u.id}`,
          agreementId: agreement.id,
          agreementFileId: agreement.files.find((f) => u.preferredLanguage?.startsWith(f.language))?.id ?? agreement.files[0]?.id ?? null,
          userId: u.id,
          userDisplayName: u.displayName,
          userEmail: u.mail,
          userPrincipalName: u.userPrincipalName,
          state: accepted ? "accepted" : "declined",
          recordedDateTime: at,
          expirationDateTime: accepted && reaccept ? new Date(Date.parse(at) + reaccept * DAY_MS).toISOString() : null,
          deviceDisplayName: null,
          deviceId: null,
          deviceOSType: null,
          deviceOSVersion: null,
        },
      ];
    });
}
