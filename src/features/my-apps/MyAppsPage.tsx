// S29 S56 S10 S11 S12 S13 The simulated My Apps (https://myapps.microsoft.com). After redemption (`?session=`) it is the
// landing page (spec §5.4, addendum §15.2). As a direct link (`?tenantid=`, spec §2 E3) it asks who is signing in to that
// organisation; without a tenant (the common endpoint, E4) it leads to "Sign in to an organization".
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { emailAddress, type SessionView } from "../../api/contract";
import { signOutUrl } from "../../api/endpoints";
import { myAppsQuery, myOrganizationsQuery, organizationQuery, sessionQuery, useStartDirectSession } from "../../api/queries";
import { useAuthReady } from "../../auth/context";
import { ActionError } from "../../ui/ActionError";
import { Card, Initials, initialsOf } from "../../ui/Card";
import { ExternalLink } from "../../ui/ExternalLink";
import { Field } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";
import "./my-apps.css";

export function MyAppsPage() {
  const [params] = useSearchParams();
  const sessionId = params.get("session");
  const tenantId = params.get("tenantid") ?? params.get("tenantId");
  if (sessionId) return <Landing sessionId={sessionId} />;
  if (tenantId) return <TenantSignIn tenantId={tenantId} />;
  return <CommonSignIn />;
}

/**
 * My Apps as a newly redeemed guest sees it (addendum §15.2): the header with the resource tenant's banner logo (when
 * its company branding has one), Search apps and the account menu, the apps visible to users and assigned to the guest as tiles (grid or list), or the empty state.
 */
function Landing({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery(sessionId));
  const apps = useQuery(myAppsQuery(sessionId));
  const [search, setSearch] = useState("");
  const [view, setView] = useState<"grid" | "list">("grid");
  const guard = guardQuery(session) ?? guardQuery(apps);
  if (guard || !session.data || !apps.data) return guard;
  const org = session.data.invitation.organization;
  const all = apps.data.apps;
  const shown = all.filter((app) => app.displayName.toLowerCase().includes(search.trim().toLowerCase()));
  return (
    <div className="myapps">
      <header className="myapps-bar">
        {/* The resource tenant's banner logo, from the branding its sign-in page uses (addendum §15.2, §13.2). */}
        {org.branding?.bannerLogo ? (
          <img className="myapps-banner-logo ext-header-logo" src={org.branding.bannerLogo} alt={org.name} />
        ) : null}
        <strong className="myapps-product">{t("myApps.heading")}</strong>
        <input
          type="search"
          className="myapps-search"
          aria-label={t("myApps.search")}
          placeholder={t("myApps.search")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <AccountMenu session={session.data} />
      </header>
      {all.length === 0 ? (
        <div className="myapps-empty">
          <StepHeading>{t("myApps.noApps")}</StepHeading>
          <p className="muted">{t("myApps.noAppsHelp", { org: org.name })}</p>
          {org.privacy.statementUrl ? (
            <p>
              <ExternalLink href={org.privacy.statementUrl}>{t("myApps.privacy", { org: org.name })}</ExternalLink>
            </p>
          ) : null}
        </div>
      ) : (
        <div className="myapps-main">
          <div className="myapps-tools">
            <StepHeading>{t("myApps.apps")}</StepHeading>
            <div role="group" aria-label={t("myApps.apps")}>
              {(["grid", "list"] as const).map((mode) => (
                <button key={mode} type="button" className="secondary" aria-pressed={view === mode} onClick={() => setView(mode)}>
                  {t(mode === "grid" ? "myApps.gridView" : "myApps.listView")}
                </button>
              ))}
            </div>
          </div>
          {shown.length === 0 ? (
            <p role="status">{t("myApps.noMatch", { search: search.trim() })}</p>
          ) : (
            <ul className={`app-tiles ${view}`}>
              {shown.map((app) => (
                <li key={app.id}>
                  <ExternalLink href={app.homepage}>
                    <Initials name={app.displayName} />
                    <span>{app.displayName}</span>
                  </ExternalLink>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The account menu of My Apps (addendum §15.2): the organization, Sign out (the login host's end-session
 * endpoint), the guest's name and username, View account, Switch organization, Sign in with a different account.
 */
function AccountMenu({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const orgs = useQuery({ ...myOrganizationsQuery(session.id), enabled: open });
  const org = session.invitation.organization;
  const account = session.signedInAs;
  const name = account?.displayName ?? session.invitation.invitedEmail;
  const email = account?.email ?? session.invitation.invitedEmail;
  const signOut = signOutUrl(org.tenantId, email, i18n.language);
  // Escape closes the open menu and gives the focus back to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="account-menu">
      <button
        ref={button}
        type="button"
        className="avatar-button"
        aria-label={t("myApps.accountManager", { name })}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {/* The picture's letters are drawn by CSS: the button's name is what it does, not "AW". */}
        <span className="avatar" data-initials={initialsOf(name)} aria-hidden="true" />
      </button>
      {open ? (
        <div id={menuId} className="account-panel">
          <p className="account-org">
            <span>{org.name}</span>
            <a href={signOut}>{t("myApps.signOut")}</a>
          </p>
          <p>
            <strong>{name}</strong>
            <br />
            <span className="muted">{email}</span>
          </p>
          <ul className="account-links">
            <li>
              <Link to={`/myaccount/organizations?session=${encodeURIComponent(session.id)}`}>{t("myApps.viewAccount")}</Link>
            </li>
            <li>
              <details>
                <summary>{t("myApps.switchOrganization")}</summary>
                <ul>
                  {[...(orgs.data?.home ? [{ name: orgs.data.home.name, tenantId: undefined }] : []), ...(orgs.data?.others ?? [])].map(
                    (o) =>
                      o.tenantId === org.tenantId ? (
                        <li key={o.name} aria-current="true">
                          {o.name} ({t("myApps.current")})
                        </li>
                      ) : (
                        <li key={o.name}>
                          <Link to={o.tenantId ? `/myapps?tenantid=${encodeURIComponent(o.tenantId)}` : "/myapps"}>{o.name}</Link>
                        </li>
                      ),
                  )}
                </ul>
              </details>
            </li>
            <li>
              <Link to={`/myapps?tenantid=${encodeURIComponent(org.tenantId)}`}>{t("myApps.differentAccount")}</Link>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** An e-mail form that keeps what was typed and checks the address before anything is sent. */
function useEmailForm(key: string, serverError?: unknown) {
  const { t } = useTranslation();
  return useForm({
    draft: key,
    initial: { email: "" },
    validate: ({ email }) => ({ email: v.is(emailAddress, email) ? undefined : t("mailbox.invalidAddress") }),
    serverError,
  });
}

function TenantSignIn({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = useQuery(organizationQuery({ tenantId }));
  const start = useStartDirectSession();
  const form = useEmailForm(`direct-link/${tenantId}`, start.error);
  useAuthReady(); // the next step may be a popup sign-in
  const guard = guardQuery(org, { errorActions: <Link to="/myapps">{t("directory.signInOptions")}</Link> });
  if (guard || !org.data) return guard;

  const submit = form.submit(({ email }) =>
    start.mutate({ tenantId, email: v.parse(emailAddress, email) }, { onSuccess: (s) => navigate(`/session/${s.id}/${s.step}`) }),
  );
  return (
    <Card organization={org.data.name}>
      <StepHeading>{t("directory.tenantHeading")}</StepHeading>
      <p>{t("directory.tenantBody", { org: org.data.name })}</p>
      <form onSubmit={submit} noValidate>
        <Field id="direct-email" type="email" autoComplete="username" label={t("directory.emailLabel")} {...form.field("email")} />
        <ActionError error={form.actionError} />
        <FormFooter primary={{ label: t("directory.next") }} busy={start.isPending} />
      </form>
    </Card>
  );
}

function CommonSignIn() {
  const { t } = useTranslation();
  const form = useEmailForm("common-endpoint");
  const [noTenantFor, setNoTenantFor] = useState<string>();
  // Without tenant context a guest cannot be signed in here (spec §4.8): say so, and show the way.
  const submit = form.submit(({ email }) => setNoTenantFor(v.parse(emailAddress, email)));
  const field = form.field("email");
  return (
    <Card>
      <StepHeading>{t("directory.commonHeading")}</StepHeading>
      <p>{t("directory.commonBody")}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id="common-email"
          type="email"
          autoComplete="username"
          label={t("directory.emailLabel")}
          {...field}
          error={field.error ?? (noTenantFor ? t("directory.noTenant", { email: noTenantFor }) : undefined)}
        />
        <FormFooter primary={{ label: t("directory.next") }} />
      </form>
      <p>
        <Link to="/myapps/sign-in-options">{t("directory.signInOptions")}</Link>
      </p>
    </Card>
  );
}

export function SignInOptionsPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <StepHeading>{t("directory.optionsHeading")}</StepHeading>
      <ul className="choice-list">
        <li>
          <Link className="choice" to="/myapps/find-organization">
            <strong>{t("directory.signInToOrg")}</strong>
            <span className="muted">{t("directory.signInToOrgHelp")}</span>
          </Link>
        </li>
      </ul>
      <p>
        <Link to="/myapps">{t("directory.back")}</Link>
      </p>
    </Card>
  );
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export function FindOrganizationPage() {
  const { t } = useTranslation();
  const form = useForm({
    draft: "find-organization",
    initial: { domain: "" },
    validate: ({ domain }) => ({ domain: DOMAIN.test(domain.trim()) ? undefined : t("directory.domainInvalid") }),
  });
  const [searched, setSearched] = useState<string>();
  const org = useQuery({ ...organizationQuery({ domain: searched ?? "" }), enabled: Boolean(searched) });

  if (org.data) return <Navigate to={`/myapps?tenantid=${encodeURIComponent(org.data.tenantId)}`} />;

  const field = form.field("domain");
  // The domain is looked up with a query, not an action: its "not found" belongs at the field.
  const error = field.error ?? (org.isError ? t("directory.orgNotFound", { domain: searched ?? "" }) : undefined);
  return (
    <Card>
      <StepHeading>{t("directory.findHeading")}</StepHeading>
      <form onSubmit={form.submit(({ domain }) => setSearched(domain.trim().toLowerCase()))} noValidate>
        <Field id="org-domain" label={t("directory.domainLabel")} help={t("directory.domainHelp")} {...field} error={error} />
        <FormFooter
          primary={{ label: t("directory.find") }}
          secondary={{ label: t("directory.back"), to: "/myapps/sign-in-options" }}
          busy={org.isFetching}
        />
      </form>
    </Card>
  );
}
