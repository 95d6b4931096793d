// The simulated My Apps (https://myapps.microsoft.com). After redemption (`?session=`) it is the landing
// page (spec §5.4). As a direct link (`?tenantid=`, spec §2 E3) it asks who is signing in to that
// organisation; without a tenant (the common endpoint, E4) it leads to "Sign in to an organization".
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { emailAddress } from "../../api/contract";
import { organizationQuery, sessionQuery, useStartDirectSession } from "../../api/queries";
import { useAuthReady } from "../../auth/context";
import { Card, Loading } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { ExternalLink } from "../../ui/ExternalLink";
import { Field } from "../../ui/Field";
import { StepHeading } from "../../ui/StepHeading";
import { useDraft } from "../../ui/useDraft";

export function MyAppsPage() {
  const [params] = useSearchParams();
  const sessionId = params.get("session");
  const tenantId = params.get("tenantid") ?? params.get("tenantId");
  if (sessionId) return <Landing sessionId={sessionId} />;
  if (tenantId) return <TenantSignIn tenantId={tenantId} />;
  return <CommonSignIn />;
}

function Landing({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery(sessionId));
  if (session.isError)
    return (
      <Card>
        <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />
      </Card>
    );
  if (!session.data) return <Loading />;
  const org = session.data.invitation.organization;
  return (
    <div>
      <div className="myapps-bar">
        <strong>{t("myApps.heading")}</strong>
        <span>{t("myApps.org", { org: org.name })}</span>
        {session.data.signedInAs ? <span>{t("myApps.signedInAs", { email: session.data.signedInAs.email })}</span> : null}
        <Link to={`/myaccount/organizations?session=${encodeURIComponent(sessionId)}`}>{t("myApps.manageOrganizations")}</Link>
      </div>
      <div className="myapps-empty">
        <StepHeading>{t("myApps.noApps")}</StepHeading>
        <p className="muted">{t("myApps.noAppsHelp", { org: org.name })}</p>
        {org.privacy.statementUrl ? (
          <p>
            <ExternalLink href={org.privacy.statementUrl}>{t("myApps.privacy", { org: org.name })}</ExternalLink>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** An e-mail field that keeps what was typed and checks the address before anything is sent. */
function useEmailField(key: string) {
  const [email, setEmail] = useDraft(key, "");
  const [invalid, setInvalid] = useState(false);
  const check = () => {
    const parsed = v.safeParse(emailAddress, email);
    setInvalid(!parsed.success);
    return parsed.success ? parsed.output : undefined;
  };
  return { email, setEmail, invalid, check };
}

function TenantSignIn({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = useQuery(organizationQuery({ tenantId }));
  const start = useStartDirectSession();
  const field = useEmailField(`direct-link/${tenantId}`);
  useAuthReady(); // the next step may be a popup sign-in
  if (org.isError)
    return (
      <Card>
        <ErrorPanel error={org.error} actions={<Link to="/myapps">{t("directory.signInOptions")}</Link>} />
      </Card>
    );
  if (!org.data)
    return (
      <Card>
        <Loading />
      </Card>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    const email = field.check();
    if (email) start.mutate({ tenantId, email }, { onSuccess: (s) => navigate(`/session/${s.id}/${s.step}`) });
  }
  return (
    <Card organization={org.data.name}>
      <StepHeading>{t("directory.tenantHeading")}</StepHeading>
      <p>{t("directory.tenantBody", { org: org.data.name })}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id="direct-email"
          type="email"
          autoComplete="username"
          label={t("directory.emailLabel")}
          value={field.email}
          error={field.invalid ? t("mailbox.invalidAddress") : undefined}
          onChange={(e) => field.setEmail(e.target.value)}
        />
        {start.isError ? <ErrorPanel inline error={start.error} /> : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={start.isPending}>
            {t("directory.next")}
          </button>
        </div>
      </form>
    </Card>
  );
}

function CommonSignIn() {
  const { t } = useTranslation();
  const field = useEmailField("common-endpoint");
  const [noTenantFor, setNoTenantFor] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    // Without tenant context a guest cannot be signed in here (spec §4.8): say so, and show the way.
    setNoTenantFor(field.check());
  }
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
          value={field.email}
          error={field.invalid ? t("mailbox.invalidAddress") : noTenantFor ? t("directory.noTenant", { email: noTenantFor }) : undefined}
          onChange={(e) => field.setEmail(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("directory.next")}
          </button>
        </div>
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
  const [domain, setDomain] = useDraft("find-organization", "");
  const [searched, setSearched] = useState<string>();
  const [invalid, setInvalid] = useState(false);
  const org = useQuery({ ...organizationQuery({ domain: searched ?? "" }), enabled: Boolean(searched) });

  if (org.data) return <Navigate to={`/myapps?tenantid=${encodeURIComponent(org.data.tenantId)}`} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = domain.trim();
    setInvalid(!DOMAIN.test(value));
    if (DOMAIN.test(value)) setSearched(value.toLowerCase());
  }
  const error = invalid ? t("directory.domainInvalid") : org.isError ? t("directory.orgNotFound", { domain: searched ?? "" }) : undefined;
  return (
    <Card>
      <StepHeading>{t("directory.findHeading")}</StepHeading>
      <form onSubmit={submit} noValidate>
        <Field
          id="org-domain"
          label={t("directory.domainLabel")}
          help={t("directory.domainHelp")}
          value={domain}
          error={error}
          onChange={(e) => setDomain(e.target.value)}
        />
        <div className="actions">
          <Link className="button secondary" to="/myapps/sign-in-options">
            {t("directory.back")}
          </Link>
          <button type="submit" className="primary" disabled={org.isFetching}>
            {t("directory.find")}
          </button>
        </div>
      </form>
    </Card>
  );
}
