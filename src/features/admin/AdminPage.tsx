// A02 "/admin" — what the inviting organisation's administrator does in the Entra admin center, through the
// fake Microsoft Graph: resend an invitation, reset redemption (optionally to a new address), delete the
// guest, block or allow sign-in (spec §8). Part of the simulator's chrome, not the guest's view.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useTranslation } from "../../i18n";
import { emailAddress } from "../../api/contract";
import {
  appsQuery,
  assignmentsQuery,
  consentRequestsQuery,
  guestsQuery,
  termsOfUseQuery,
  useAdminAction,
  useConsentDecision,
  type AdminAction,
} from "./queries";
import { formatDate } from "../../i18n/format";
import { ActionError } from "../../ui/ActionError";
import { Field } from "../../ui/Field";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";

/**
 * The admin center's tables: a header row of `columns`, the rows as children. A wide table scrolls sideways on a
 * phone instead of widening the page. One without controls of its own is a focusable `region`, so the keyboard can
 * scroll it (axe scrollable-region-focusable); one with controls scrolls as Tab reaches them, with no extra stop.
 */
function DataTable(props: { columns: string[]; region?: string; caption?: string; children: ReactNode }) {
  return (
    // Only a table without controls is a named, focusable region: the others sit in sections their headings name.
    <div
      className="table-scroll"
      role={props.region ? "region" : undefined}
      aria-label={props.region}
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
      tabIndex={props.region ? 0 : undefined}
    >
      <table className="guests">
        {props.caption ? <caption className="sr-only">{props.caption}</caption> : null}
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

export function AdminPage() {
  const { t } = useTranslation();
  const guests = useQuery(guestsQuery());
  const action = useAdminAction();
  const [newEmail, setNewEmail] = useState<Record<string, string>>({});
  const [invalidFor, setInvalidFor] = useState<string>();
  const [done, setDone] = useState<string>();
  /** The guest whose Delete waits for its confirmation. */
  const [deleting, setDeleting] = useState<string>();

  function run(input: AdminAction, label: string) {
    setDone(undefined);
    action.mutate(input, { onSuccess: () => setDone(label) });
  }
  function reset(userId: string, current: string) {
    const typed = newEmail[userId]?.trim();
    const parsed = v.safeParse(emailAddress, typed || current);
    setInvalidFor(parsed.success ? undefined : userId);
    if (parsed.success) run({ kind: "reset", userId, email: parsed.output }, t("admin.reset"));
  }

  return (
    <section className="admin">
      <StepHeading>{t("admin.heading")}</StepHeading>
      <p className="muted">{t("admin.intro")}</p>
      <p role="status">{done ? t("admin.done", { action: done }) : ""}</p>
      <ActionError error={action.error} />
      {guardQuery(guests, { bare: true, inline: true, retry: false }) ??
        (guests.data?.value.length === 0 ? (
          <p>{t("admin.none")}</p>
        ) : (
          <DataTable
            columns={[
              t("admin.name"),
              t("admin.email"),
              t("admin.state"),
              t("admin.identities"),
              t("admin.signIn"),
              t("admin.apps"),
              t("admin.actions"),
            ]}
          >
            {guests.data?.value.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.mail}</td>
                <td>{user.externalUserState}</td>
                <td>{user.identities.map((i) => i.issuer).join(", ")}</td>
                <td>{user.accountEnabled ? t("admin.enabled") : t("admin.disabled")}</td>
                <td>
                  <UserApps userId={user.id} name={user.displayName} busy={action.isPending} run={run} />
                </td>
                <td>
                  <div className="actions">
                    {user.externalUserState === "PendingAcceptance" ? (
                      <button
                        type="button"
                        className="secondary"
                        disabled={action.isPending}
                        onClick={() => run({ kind: "resend", userId: user.id, email: user.mail }, t("admin.resend"))}
                      >
                        {t("admin.resend")}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="secondary"
                      disabled={action.isPending}
                      onClick={() =>
                        run(
                          { kind: "enable", userId: user.id, enabled: !user.accountEnabled },
                          user.accountEnabled ? t("admin.block") : t("admin.unblock"),
                        )
                      }
                    >
                      {user.accountEnabled ? t("admin.block") : t("admin.unblock")}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={action.isPending}
                      onClick={() => run({ kind: "revoke", userId: user.id }, t("admin.revoke"))}
                    >
                      {t("admin.revoke")}
                    </button>
                    {deleting === user.id ? (
                      <span role="group" aria-label={t("admin.confirmDelete", { name: user.displayName })}>
                        <span>{t("admin.confirmDelete", { name: user.displayName })}</span>{" "}
                        <button
                          type="button"
                          className="danger"
                          disabled={action.isPending}
                          onClick={() => {
                            setDeleting(undefined);
                            run({ kind: "delete", userId: user.id }, t("admin.delete"));
                          }}
                        >
                          {t("admin.delete")}
                        </button>{" "}
                        <button type="button" className="secondary" onClick={() => setDeleting(undefined)}>
                          {t("admin.keep")}
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="secondary" disabled={action.isPending} onClick={() => setDeleting(user.id)}>
                        {t("admin.delete")}
                      </button>
                    )}
                  </div>
                  {user.externalUserState === "Accepted" ? (
                    <div className="inline-form">
                      <Field
                        id={`reset-${user.id}`}
                        type="email"
                        label={t("admin.newEmail")}
                        value={newEmail[user.id] ?? ""}
                        error={invalidFor === user.id ? t("mailbox.invalidAddress") : undefined}
                        onChange={(e) => setNewEmail({ ...newEmail, [user.id]: e.target.value })}
                      />
                      <button type="button" className="secondary" disabled={action.isPending} onClick={() => reset(user.id, user.mail)}>
                        {t("admin.reset")}
                      </button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ))}
      <ConsentRequests />
      <TermsOfUse />
    </section>
  );
}

/** Identity Governance > Terms of use: who accepted or declined each agreement, when, and until when (spec §5.2, §7). */
function TermsOfUse() {
  const { t, i18n } = useTranslation();
  const terms = useQuery(termsOfUseQuery());
  const when = (iso: string) => formatDate(iso, i18n.language, "clock");
  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t("admin.terms.heading")}</h2>
      {guardQuery(terms, { bare: true, inline: true, retry: false }) ??
        (terms.data?.length === 0 ? (
          <p>{t("admin.terms.none")}</p>
        ) : (
          terms.data?.map((agreement) => (
            <section key={agreement.id} aria-labelledby={`terms-${agreement.id}`}>
              <h3 id={`terms-${agreement.id}`}>{agreement.displayName}</h3>
              <p>
                {t("admin.terms.counts", {
                  accepted: agreement.acceptances.filter((a) => a.state === "accepted").length,
                  declined: agreement.acceptances.filter((a) => a.state === "declined").length,
                })}
              </p>
              {agreement.acceptances.length === 0 ? null : (
                <DataTable
                  region={t("admin.terms.caption", { name: agreement.displayName })}
                  columns={[
                    t("admin.name"),
                    t("admin.email"),
                    t("admin.terms.decision"),
                    t("admin.terms.recorded"),
                    t("admin.terms.expires"),
                  ]}
                  caption={t("admin.terms.caption", { name: agreement.displayName })}
                >
                  {agreement.acceptances.map((acceptance) => (
                    <tr key={acceptance.id}>
                      <td>{acceptance.userDisplayName}</td>
                      <td>{acceptance.userEmail}</td>
                      <td>{t<"admin.terms.states">(`admin.terms.states.${acceptance.state}`)}</td>
                      <td>{when(acceptance.recordedDateTime)}</td>
                      <td>{acceptance.expirationDateTime ? when(acceptance.expirationDateTime) : t("admin.terms.never")}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
              <p className="muted">{t("admin.terms.auditDays")}</p>
            </section>
          ))
        ))}
    </section>
  );
}

/**
 * Enterprise applications > Admin consent requests (ED review-admin-consent-requests): who asked for which app
 * and why, and the reviewer's Approve (grants tenant-wide admin consent) or Deny (a justification is required,
 * and the requester reads it). Block is left out (docs/decisions/0077).
 */
function ConsentRequests() {
  const { t, i18n } = useTranslation();
  const requests = useQuery(consentRequestsQuery());
  const decide = useConsentDecision();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string>();
  const [done, setDone] = useState<string>();
  const day = (iso: string) => formatDate(iso, i18n.language, "day");
  return (
    <section aria-labelledby="consent-requests-heading">
      <h2 id="consent-requests-heading">{t("admin.consent.heading")}</h2>
      <p role="status">{done ?? ""}</p>
      <ActionError error={decide.error} />
      {guardQuery(requests, { bare: true, inline: true, retry: false }) ??
        (requests.data?.requests.length === 0 ? (
          <p>{t("admin.consent.none")}</p>
        ) : (
          <DataTable
            columns={[
              t("admin.consent.app"),
              t("admin.consent.requestedBy"),
              t("admin.consent.reason"),
              t("admin.consent.requested"),
              t("admin.consent.expires"),
              t("admin.consent.status"),
              t("admin.actions"),
            ]}
          >
            {requests.data?.requests.map((request) => (
              <tr key={request.id}>
                <td>
                  {request.appName}
                  <br />
                  <span className="muted">{request.permissions.join(", ")}</span>
                </td>
                <td>
                  {request.requestedBy}
                  <br />
                  <span className="muted">{request.requesterEmail}</span>
                </td>
                <td>{request.reason ?? "—"}</td>
                <td>{day(request.createdDateTime)}</td>
                <td>{day(request.expiresDateTime)}</td>
                <td>
                  {t<"admin.consent.statuses">(`admin.consent.statuses.${request.status}`)}
                  {request.reviewerJustification ? (
                    <>
                      <br />
                      <span className="muted">{request.reviewerJustification}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {request.status === "pending" ? (
                    <div className="inline-form">
                      <button
                        type="button"
                        className="secondary"
                        disabled={decide.isPending}
                        onClick={() =>
                          decide.mutate(
                            { kind: "approve", id: request.id },
                            { onSuccess: () => setDone(t("admin.consent.approved", { app: request.appName })) },
                          )
                        }
                      >
                        {t("admin.consent.approve", { app: request.appName })}
                      </button>
                      <Field
                        id={`deny-${request.id}`}
                        label={t("admin.consent.denyReason")}
                        value={reasons[request.id] ?? ""}
                        error={missing === request.id ? t("admin.consent.denyReasonMissing") : undefined}
                        onChange={(e) => setReasons({ ...reasons, [request.id]: e.target.value })}
                      />
                      <button
                        type="button"
                        className="secondary"
                        disabled={decide.isPending}
                        onClick={() => {
                          const justification = (reasons[request.id] ?? "").trim();
                          setMissing(justification ? undefined : request.id);
                          if (justification) {
                            decide.mutate(
                              { kind: "deny", id: request.id, justification },
                              { onSuccess: () => setDone(t("admin.consent.denied", { app: request.appName })) },
                            );
                          }
                        }}
                      >
                        {t("admin.consent.deny", { app: request.appName })}
                      </button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ))}
    </section>
  );
}

/** Assign or remove the tenant's apps for one guest (Graph appRoleAssignments): My Apps shows what is assigned. */
function UserApps({
  userId,
  name,
  busy,
  run,
}: {
  userId: string;
  name: string;
  busy: boolean;
  run: (input: AdminAction, label: string) => void;
}) {
  const { t } = useTranslation();
  const apps = useQuery(appsQuery());
  const assignments = useQuery(assignmentsQuery(userId));
  const guard =
    guardQuery(apps, { bare: true, inline: true, retry: false }) ?? guardQuery(assignments, { bare: true, inline: true, retry: false });
  if (guard || !apps.data || !assignments.data) return guard;
  return (
    <fieldset className="app-assignments">
      <legend className="sr-only">
        {t("admin.apps")}: {name}
      </legend>
      {apps.data.value.map((app) => {
        const assignment = assignments.data.value.find((a) => a.resourceId === app.id);
        const label = app.tags.includes("HideApp") ? t("admin.hidden", { app: app.displayName }) : app.displayName;
        return (
          <label key={app.id} className="check">
            <input
              type="checkbox"
              checked={Boolean(assignment)}
              disabled={busy}
              onChange={() =>
                assignment
                  ? run({ kind: "unassign", userId, assignmentId: assignment.id }, t("admin.unassigned", { app: app.displayName }))
                  : run({ kind: "assign", userId, appId: app.id }, t("admin.assigned", { app: app.displayName }))
              }
            />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}
