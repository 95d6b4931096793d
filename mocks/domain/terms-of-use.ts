// Terms of use as Microsoft Graph shows them to the admin (spec §5.2, §7): the tenant's agreements
// (identityGovernance/termsOfUse/agreements, up to 40 per tenant) with their file per language, and their
// acceptances (agreementAcceptance: who accepted or declined, when, and when it expires). The first agreement
// is the one the studio switches on and off (`termsOfUse`); Graph adds more (`moreTermsOfUse`). A guest meets
// every one, one page at a time, in this order (docs/decisions/0091).
import { DomainError, notFound } from "./errors";
import { newId } from "./ids";
import type { WorldContext } from "./invitations";
import { termsDue } from "./policies";
import type { GuestUser, Tenant, WorldState } from "./state";

/** Spec §7: at most 40 terms of use per tenant. */
export const TERMS_OF_USE_PER_TENANT = 40;
/** Spec §7: the terms-of-use audit log keeps 30 days (acceptance counts stay for the agreement's lifetime). */
export const TERMS_AUDIT_DAYS = 30;

const DAY_MS = 86_400_000;
export const FREQUENCY = { monthly: "P1M", quarterly: "P3M", biannually: "P6M", annually: "P1Y" } as const;
type Frequency = keyof typeof FREQUENCY;

export const agreementId = (tenantId: string) => `tou-${tenantId}`;

export type Terms = NonNullable<Tenant["policies"]["termsOfUse"]>;
export type Agreement = Terms & { id: string };

function resourceTenant(state: Readonly<WorldState>): Tenant {
  const tenant = state.tenants.find((t) => t.id === state.resourceTenantId);
  if (!tenant) throw notFound("Tenant", { tenantId: state.resourceTenantId });
  return tenant;
}

/** Every agreement of the tenant, in the order the guest meets them. */
export function tenantAgreements(tenant: Tenant): Agreement[] {
  const first = tenant.policies.termsOfUse;
  return [...(first ? [{ id: agreementId(tenant.id), ...first }] : []), ...(tenant.policies.moreTermsOfUse ?? [])];
}

/** The guest's latest decision on one agreement. */
export function decisionOf(user: GuestUser, tenant: Tenant, id: string): { acceptedAt?: string; declinedAt?: string } {
  if (id === agreementId(tenant.id)) return { acceptedAt: user.termsAcceptedAt, declinedAt: user.termsDeclinedAt };
  return (user.termsDecisions ?? []).find((d) => d.agreementId === id) ?? {};
}

/** Record Accept or Decline of one agreement. */
export function recordDecision(user: GuestUser, tenant: Tenant, id: string, decision: "accept" | "decline", at: string): void {
  if (id === agreementId(tenant.id)) {
    if (decision === "accept") user.termsAcceptedAt = at;
    else user.termsDeclinedAt = at;
    return;
  }
  const decisions = (user.termsDecisions ??= []);
  let entry = decisions.find((d) => d.agreementId === id);
  if (!entry) decisions.push((entry = { agreementId: id }));
  if (decision === "accept") entry.acceptedAt = at;
  else entry.declinedAt = at;
}

/** The first agreement the guest must accept (again) now, if any (spec §5.2: accepted one at a time). */
export function dueAgreement(tenant: Tenant, user: GuestUser, now: Date): Agreement | undefined {
  return tenantAgreements(tenant).find((a) => termsDue(a, decisionOf(user, tenant, a.id).acceptedAt, now));
}

function graphAgreement(agreement: Agreement) {
  const files = Object.entries(agreement.documents).filter(([, text]) => text !== undefined);
  return {
    id: agreement.id,
    displayName: agreement.displayName,
    isViewingBeforeAcceptanceRequired: agreement.requireExpand,
    // Spec §5.2: "Require users to consent on every device" is not supported for B2B users.
    isPerDeviceAcceptanceRequired: false,
    userReacceptRequiredFrequency: agreement.reacceptAfterDays ? `P${agreement.reacceptAfterDays}D` : null,
    termsExpiration: agreement.expireConsents
      ? { startDateTime: agreement.expireConsents.startsOn, frequency: FREQUENCY[agreement.expireConsents.frequency] }
      : null,
    // The first uploaded file is the default one (spec §5.2: no match for the browser's language → the default).
    files: files.map(([language], index) => ({
      id: `${agreement.id}-${language}`,
      language,
      fileName: `${agreement.displayName} (${language}).pdf`,
      displayName: agreement.displayName,
      isDefault: index === 0,
      isMajorVersion: false,
    })),
  };
}
export type GraphAgreement = ReturnType<typeof graphAgreement>;

/** GET identityGovernance/termsOfUse/agreements: the resource tenant's agreements. */
export function listAgreements(state: Readonly<WorldState>) {
  return tenantAgreements(resourceTenant(state)).map(graphAgreement);
}

/** GET …/agreements/{id}: one agreement, or Graph's 404. */
export function getAgreement(state: Readonly<WorldState>, id: string) {
  const found = listAgreements(state).find((a) => a.id === id);
  if (!found) throw notFound("Agreement", { agreementId: id });
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Create, update, delete (Graph: POST …/agreements, PATCH and DELETE …/agreements/{id}).

/** The properties of a create or update, already checked for their types by the handler. */
export interface AgreementInput {
  displayName?: string;
  isViewingBeforeAcceptanceRequired?: boolean;
  isPerDeviceAcceptanceRequired?: boolean;
  userReacceptRequiredFrequency?: string | null;
  termsExpiration?: { startDateTime: string; frequency: string } | null;
  files?: { language: string; fileData: { data: string } }[];
}

const invalid = (target: string, message: string) => new DomainError("BadRequest", 400, message, { [target]: message });

/** "P30D" → 30 (the admin center's "Duration before re-acceptance required (days)"). */
function reacceptDays(value: string): number {
  const days = /^P(\d{1,4})D$/.exec(value);
  const n = days ? Number(days[1]) : Number.NaN;
  if (!(n >= 1 && n <= 3650)) {
    throw invalid(
      "userReacceptRequiredFrequency",
      `Invalid value '${value}' for userReacceptRequiredFrequency: use a duration of 1 to 3650 days, such as P30D.`,
    );
  }
  return n;
}

function expiration(value: { startDateTime: string; frequency: string }): NonNullable<Terms["expireConsents"]> {
  const frequency = (Object.keys(FREQUENCY) as Frequency[]).find((k) => FREQUENCY[k] === value.frequency);
  if (!frequency) {
    throw invalid(
      "termsExpiration.frequency",
      `Invalid value '${value.frequency}' for termsExpiration.frequency: use P1M, P3M, P6M or P1Y.`,
    );
  }
  const start = Date.parse(value.startDateTime);
  if (Number.isNaN(start))
    throw invalid("termsExpiration.startDateTime", `Invalid value '${value.startDateTime}' for termsExpiration.startDateTime.`);
  return { startsOn: new Date(start).toISOString(), frequency };
}

/** A file's text: fileData.data is base64 (Graph's Binary); the simulator shows its text (docs/decisions/0092). */
function fileText(file: { language: string; fileData: { data: string } }, index: number): string {
  const data = file.fileData.data.replace(/\s+/g, "");
  const bad = () => invalid(`files[${index}].fileData.data`, `files[${index}].fileData.data is not valid base64 data.`);
  if (data.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 === 1) throw bad();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
  } catch {
    throw bad();
  }
  if (text.trim().length === 0 || text.length > 10_000) {
    throw invalid(`files[${index}].fileData.data`, `files[${index}].fileData.data must hold a document of 1 to 10000 characters.`);
  }
  return text;
}

/** The documents per language: English (required) and Dutch, the simulator's two languages (decision 0092). */
function documentsOf(files: NonNullable<AgreementInput["files"]>): Terms["documents"] {
  if (files.length === 0) throw invalid("files", "An agreement needs at least one file.");
  const documents: { en?: string; nl?: string } = {};
  files.forEach((file, index) => {
    const language = file.language.toLowerCase().split("-")[0];
    if (language !== "en" && language !== "nl") {
      throw invalid(`files[${index}].language`, `Language '${file.language}' is not supported here: use en or nl (en-US, nl-NL).`);
    }
    if (documents[language] !== undefined)
      throw invalid(`files[${index}].language`, `There is already a file for language '${file.language}'.`);
    documents[language] = fileText(file, index);
  });
  if (documents.en === undefined) throw invalid("files", "An agreement needs an English (en) file, its default document here.");
  return { en: documents.en, ...(documents.nl === undefined ? {} : { nl: documents.nl }) };
}

function checkPerDevice(value: boolean | undefined) {
  // Spec §5.2: "Require users to consent on every device" is not supported for B2B users (decision 0092).
  if (value) throw invalid("isPerDeviceAcceptanceRequired", "isPerDeviceAcceptanceRequired is not supported for guest (B2B) users.");
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 256) throw invalid("displayName", "displayName must have 1 to 256 characters.");
  return trimmed;
}

/** POST …/agreements: a new agreement, after the tenant's others (at most 40 in all, spec §7). */
export function createAgreement(state: WorldState, input: AgreementInput) {
  const tenant = resourceTenant(state);
  if (input.displayName === undefined) throw invalid("displayName", "The property 'displayName' is required.");
  if (input.isViewingBeforeAcceptanceRequired === undefined) {
    throw invalid("isViewingBeforeAcceptanceRequired", "The property 'isViewingBeforeAcceptanceRequired' is required.");
  }
  if (input.files === undefined) throw invalid("files", "The property 'files' is required.");
  if (tenantAgreements(tenant).length >= TERMS_OF_USE_PER_TENANT) {
    throw new DomainError(
      "BadRequest",
      400,
      `This tenant already has ${TERMS_OF_USE_PER_TENANT} terms of use, the most a tenant can have. Delete one before you create another.`,
      { agreements: String(TERMS_OF_USE_PER_TENANT) },
    );
  }
  checkPerDevice(input.isPerDeviceAcceptanceRequired);
  const agreement: Agreement = {
    id: newId(),
    displayName: checkName(input.displayName),
    documents: documentsOf(input.files),
    requireExpand: input.isViewingBeforeAcceptanceRequired,
    ...(input.userReacceptRequiredFrequency ? { reacceptAfterDays: reacceptDays(input.userReacceptRequiredFrequency) } : {}),
    ...(input.termsExpiration ? { expireConsents: expiration(input.termsExpiration) } : {}),
  };
  (tenant.policies.moreTermsOfUse ??= []).push(agreement);
  return graphAgreement(agreement);
}

function storedAgreement(tenant: Tenant, id: string): Terms {
  const found = id === agreementId(tenant.id) ? tenant.policies.termsOfUse : tenant.policies.moreTermsOfUse?.find((a) => a.id === id);
  if (!found) throw notFound("Agreement", { agreementId: id });
  return found;
}

/** PATCH …/agreements/{id}: the properties sent change; files are not changed by PATCH (Graph: …/files). */
export function updateAgreement(state: WorldState, id: string, input: AgreementInput): void {
  const tenant = resourceTenant(state);
  const terms = storedAgreement(tenant, id);
  if (input.files !== undefined) throw invalid("files", "Files can't be changed with PATCH; add a file to the agreement's files instead.");
  checkPerDevice(input.isPerDeviceAcceptanceRequired);
  const name = input.displayName === undefined ? undefined : checkName(input.displayName);
  const days = input.userReacceptRequiredFrequency ? reacceptDays(input.userReacceptRequiredFrequency) : undefined;
  const expire = input.termsExpiration ? expiration(input.termsExpiration) : undefined;
  if (name !== undefined) terms.displayName = name;
  if (input.isViewingBeforeAcceptanceRequired !== undefined) terms.requireExpand = input.isViewingBeforeAcceptanceRequired;
  if (input.userReacceptRequiredFrequency !== undefined) terms.reacceptAfterDays = days;
  if (input.termsExpiration !== undefined) terms.expireConsents = expire;
}

/** DELETE …/agreements/{id}: the agreement and its acceptances go. */
export function deleteAgreement(state: WorldState, id: string): void {
  const tenant = resourceTenant(state);
  storedAgreement(tenant, id);
  if (id === agreementId(tenant.id)) {
    tenant.policies.termsOfUse = undefined;
    for (const u of state.users.filter((member) => member.tenantId === tenant.id)) {
      u.termsAcceptedAt = undefined;
      u.termsDeclinedAt = undefined;
    }
    return;
  }
  tenant.policies.moreTermsOfUse = (tenant.policies.moreTermsOfUse ?? []).filter((a) => a.id !== id);
  for (const u of state.users.filter((member) => member.tenantId === tenant.id)) {
    u.termsDecisions = (u.termsDecisions ?? []).filter((d) => d.agreementId !== id);
  }
}

/**
 * GET …/agreements/{id}/acceptances: each guest's latest decision on that agreement. An acceptance's
 * expirationDateTime is when "Duration before re-acceptance required" runs out (null without one). The audit
 * log's 30 days (TERMS_AUDIT_DAYS) bound which entries are listed; the decision itself stays on the user.
 */
export function listAcceptances(state: Readonly<WorldState>, id: string, ctx: WorldContext) {
  const agreement = getAgreement(state, id);
  const tenant = resourceTenant(state);
  const reaccept = tenantAgreements(tenant).find((a) => a.id === id)?.reacceptAfterDays;
  const recent = (at: string) => ctx.now.getTime() - Date.parse(at) <= TERMS_AUDIT_DAYS * DAY_MS;
  return state.users
    .filter((u) => u.tenantId === tenant.id && !u.deletedDateTime)
    .flatMap((u) => {
      const { acceptedAt, declinedAt } = decisionOf(u, tenant, id);
      const accepted = acceptedAt && (!declinedAt || acceptedAt >= declinedAt);
      const at = accepted ? acceptedAt : declinedAt;
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
