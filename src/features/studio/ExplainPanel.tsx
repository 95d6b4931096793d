// "Why am I seeing this?": the discovery rule that fired and its inputs, in plain words with the spec
// reference, and the redemption flow with the path taken highlighted and the current step marked.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n";
import { useLocation } from "react-router";
import { Fragment } from "react";
import type { SessionView } from "../../api/contract";
import { stepsIn } from "../../api/flow";
import { lockoutsQuery, passwordsQuery, sessionQuery, settingsQuery, useUnlockAccount } from "../../api/queries";
import { formatDate } from "../../i18n/format";
import { ActionError } from "../../ui/ActionError";
import { Facts } from "../../ui/Facts";

const IDENTITY_STEPS = stepsIn("identity");
const SIDE_STEPS = stepsIn("side");
const FINISH_STEPS = stepsIn("finish");

function sessionIdFrom(pathname: string, search: string): string | undefined {
  const match = /^\/session\/([^/]+)\//.exec(pathname);
  return match?.[1] ?? new URLSearchParams(search).get("session") ?? undefined;
}

export function ExplainPanel() {
  const { t } = useTranslation();
  const location = useLocation();
  const sessionId = sessionIdFrom(location.pathname, location.search);
  const session = useQuery({ ...sessionQuery(sessionId ?? ""), enabled: Boolean(sessionId) });
  const stage = location.pathname.startsWith("/redeem") ? "landing" : location.pathname.startsWith("/mailbox") ? "email" : undefined;

  return (
    <section aria-labelledby="explain-heading">
      <h2 id="explain-heading">{t("studio.explain.heading")}</h2>
      {session.data ? <Explanation session={session.data} /> : <p className="muted">{t("studio.explain.noSession")}</p>}
      <LockoutExplanation />
      <PasswordExpiryExplanation />
      <MsaFaultExplanation />
      <GoogleRefusalExplanation />
      <FlowDiagram session={session.data} stage={stage} />
      <p className="muted">{t("studio.explain.assumption")}</p>
    </section>
  );
}

function Explanation({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const { rule, path, inputs } = session.discovery;
  // Discovery's inputs arrive as text: an empty one is a dash, a boolean is said in words.
  const words: Record<string, string> = { "": "—", true: t("studio.explain.yes"), false: t("studio.explain.no") };
  const inputValue = (value: string) => words[value] ?? value;
  // What the guest's page leaves out because a real guest would not see it (issue 11 §1).
  const mfaStep = session.step === "mfa-interrupt" || session.step === "mfa-register" || session.step === "mfa-challenge";
  const note =
    session.step === "consent-cancelled"
      ? "consent-cancelled"
      : session.step === "blocked" && session.blocked?.code === "AADSTS500121"
        ? "AADSTS500121"
        : mfaStep
          ? session.mfa?.homeOrganization
            ? "mfaHomeTenant"
            : "mfaResourceTenant"
          : undefined;
  const noteValues = { home: session.mfa?.homeOrganization ?? "", org: session.invitation.organization.name };
  return (
    <>
      <p>
        <strong>
          {t("studio.explain.rule", {
            rule,
            reason: t<"discovery">(`discovery.${rule}`, { email: session.invitation.invitedEmail }),
          })}
        </strong>
      </p>
      <p>{t("studio.explain.path", { path })}</p>
      <h3>{t("studio.explain.inputs")}</h3>
      <Facts
        facts={Object.entries(inputs).map(([name, value]) => [
          t<"studio.explain.input">(`studio.explain.input.${name}`, { defaultValue: name }),
          inputValue(value),
        ])}
      />
      {note ? <p>{t<"studio.explain.note">(`studio.explain.note.${note}`, noteValues)}</p> : null}
      {session.step === "consent" && session.sharedData ? <SharedData data={session.sharedData} /> : null}
      <ErrorExplanation session={session} />
    </>
  );
}

/** Review permissions shows Entra's three lines; the documentation's list of the data, with the guest's values. */
function SharedData({ data }: { data: NonNullable<SessionView["sharedData"]> }) {
  const { t } = useTranslation();
  const facts: Array<[string, string]> = [
    [t("studio.explain.shared.name"), data.name],
    [t("studio.explain.shared.photo"), data.photoUrl ?? t("studio.explain.shared.noPhoto")],
    [t("studio.explain.shared.email"), data.email],
    [t("studio.explain.shared.identifiers"), `${data.objectId}, ${data.tenantId}`],
  ];
  return (
    <>
      <h3>{t("studio.explain.shared.heading")}</h3>
      <p>{t("studio.explain.shared.body")}</p>
      <Facts facts={facts} />
    </>
  );
}

/** Entra's error page says what Entra says; why it came, and who can fix it, is said here (issue 12 §3). */
function ErrorExplanation({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const key =
    session.step === "wrong-account"
      ? session.discovery.path === "google"
        ? "google"
        : "AADSTS50020"
      : session.step === "no-identity-provider"
        ? "noIdentityProvider"
        : session.step === "blocked"
          ? (session.blocked?.code ?? "")
          : session.step === "app-consent"
            ? session.appConsent?.code
            : undefined;
  if (key === undefined || !i18n.exists(`studio.explain.error.${key}`)) return null;
  const values = {
    organization: session.invitation.organization.name,
    signedIn: session.signedInAs?.email ?? "",
    invited: session.invitation.invitedEmail,
    app: session.appConsent?.appName ?? "",
    permissions: session.appConsent?.permissions.join(", ") ?? "",
    count: session.appConsent?.expiryDays ?? 0,
    // Last: a block's own details (50105 names its app there) win over the app-consent defaults.
    ...session.blocked?.details,
  };
  return (
    <>
      <h3>{t("studio.explain.error.heading")}</h3>
      <p>{t<"studio.explain.error">(`studio.explain.error.${key}`, { ...values, defaultValue: session.blocked?.code ?? "" })}</p>
      {session.entraError?.code ? <p className="muted">{t("studio.explain.error.language")}</p> : null}
    </>
  );
}

/**
 * AADSTS50053 shows inline on the home IdP's password page, without a code (addendum §14.1): the code, why
 * it came, and the admin's fix are said here, with the admin's Unlock (decision 0057).
 */
function LockoutExplanation() {
  const { t, i18n } = useTranslation();
  const lockouts = useQuery(lockoutsQuery());
  const unlock = useUnlockAccount();
  const counted = (lockouts.data?.lockouts ?? []).filter((l) => l.lockedUntil || l.failed > 0);
  if (counted.length === 0) return null;
  return (
    <>
      <h3>{t("studio.explain.lockout.heading")}</h3>
      <ActionError error={unlock.error} />
      <ul>
        {counted.map((lockout) => (
          <li key={lockout.email}>
            {lockout.lockedUntil ? (
              <>
                <p>
                  {t("studio.explain.lockout.locked", {
                    email: lockout.email,
                    until: formatDate(lockout.lockedUntil, i18n.language, "time"),
                    count: lockout.lockouts,
                  })}
                </p>
                <p>{t("studio.explain.lockout.fix")}</p>
                <button type="button" className="secondary" disabled={unlock.isPending} onClick={() => unlock.mutate(lockout.email)}>
                  {t("studio.explain.lockout.unlock", { email: lockout.email })}
                </button>
              </>
            ) : (
              <p>{t("studio.explain.lockout.counting", { email: lockout.email, count: lockout.failed })}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * AADSTS50055's page at the home tenant is a form without a code (addendum §14.2): the code, why it came and
 * the fix are said here, and, once the guest chose a new one, that only its salted hash is kept (decision 0074).
 */
function PasswordExpiryExplanation() {
  const { t, i18n } = useTranslation();
  const passwords = useQuery(passwordsQuery());
  const shown = (passwords.data?.accounts ?? []).filter((a) => a.expired || a.changedAt);
  if (shown.length === 0) return null;
  return (
    <>
      <h3>{t("studio.explain.passwordExpiry.heading")}</h3>
      <ul>
        {shown.map((account) => (
          <li key={account.email}>
            {account.expired ? (
              <>
                <p>{t("studio.explain.passwordExpiry.expired", { email: account.email })}</p>
                <p>{t("studio.explain.passwordExpiry.fix")}</p>
              </>
            ) : (
              <p>
                {t("studio.explain.passwordExpiry.changed", {
                  email: account.email,
                  when: formatDate(account.changedAt ?? "", i18n.language, "time"),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * AADSTS70012 refuses the sign-in action, not a step (the session does not record it): while the studio's
 * fault is set, the code, its cause and the way out are said here (decision 0075).
 */
function MsaFaultExplanation() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery());
  if (settings.data?.msaFault !== "AADSTS70012") return null;
  return (
    <>
      <h3>{t("studio.explain.msaFault.heading")}</h3>
      <p>{t("studio.explain.msaFault.cause")}</p>
      <p>{t("studio.explain.msaFault.fix")}</p>
    </>
  );
}

/**
 * Google's own refusals (spec §4.3) stop the guest on Google's page, which has no AADSTS code and is not a step the
 * session records: while the studio's switch is on, the cause and the way out are said here (decisions 0082, 0083).
 */
function GoogleRefusalExplanation() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery());
  const shown = (["googleHeaderTooLong", "embeddedWebView"] as const).filter((key) => settings.data?.[key]);
  return shown.map((key) => (
    <Fragment key={key}>
      <h3>{t(`studio.explain.${key}.heading`)}</h3>
      <p>{t(`studio.explain.${key}.code`)}</p>
      <p>{t(`studio.explain.${key}.cause`)}</p>
      <p>{t(`studio.explain.${key}.fix`)}</p>
    </Fragment>
  ));
}

function FlowDiagram({ session, stage }: { session?: SessionView; stage?: "email" | "landing" }) {
  const { t } = useTranslation();
  const visited = new Set<string>(session ? ["email", "landing", "discovery", ...session.history] : stage === "landing" ? ["email"] : []);
  const current = session?.step ?? stage;
  const node = (id: string) => {
    const state = id === current ? "current" : visited.has(id) ? "visited" : "idle";
    return (
      <li key={id} className={`flow-node ${state}`} aria-current={state === "current" ? "step" : undefined}>
        {t<"studio.explain.node">(`studio.explain.node.${id}`)}
        {state === "current" ? <span className="sr-only"> {t("studio.explain.current")}</span> : null}
        {state === "visited" ? <span className="sr-only"> {t("studio.explain.visited")}</span> : null}
      </li>
    );
  };
  const side = SIDE_STEPS.filter((s) => session?.history.includes(s));
  return (
    <figure className="flow" aria-labelledby="flow-caption">
      <figcaption id="flow-caption">
        <h3>{t("studio.explain.diagram")}</h3>
      </figcaption>
      <ol className="flow-row">{["email", "landing", "discovery"].map(node)}</ol>
      <ol className="flow-row branch">{IDENTITY_STEPS.map(node)}</ol>
      {side.length > 0 ? <ol className="flow-row side">{side.map(node)}</ol> : null}
      <ol className="flow-row">{FINISH_STEPS.map(node)}</ol>
    </figure>
  );
}
