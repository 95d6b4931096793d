// "Block future invitations" from the e-mail footer (spec §4.0) and the manage page where blocked
// organisations are listed and unblocked after a one-time passcode (spec §2 E8).
import * as v from "valibot";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { Link, useSearchParams } from "react-router";
import { emailAddress } from "../../api/contract";
import { useBlockInvitations, useManageBlocked } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Field } from "../../ui/Field";
import { fieldErrorMessage } from "../../ui/fieldError";
import { StepHeading } from "../../ui/StepHeading";
import { useDraft } from "../../ui/useDraft";

export function BlockInvitationsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const block = useBlockInvitations();
  const tenantId = params.get("tenant") ?? "";
  const email = v.safeParse(emailAddress, params.get("email") ?? "");
  const org = params.get("org") ?? "";
  if (!tenantId || !email.success) {
    return (
      <Card>
        <ErrorPanel error={{ code: "BadRequest" }} />
      </Card>
    );
  }
  if (block.data) {
    return (
      <Card>
        <StepHeading>{t("blockInvitations.done", { org: block.data.organization, email: email.output })}</StepHeading>
        <p>
          <Link to="/unsubscribe/manage">{t("blockInvitations.manage")}</Link>
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <StepHeading>{t("blockInvitations.heading", { org })}</StepHeading>
      <p>{t("blockInvitations.body", { org, email: email.output })}</p>
      {block.isError ? <ErrorPanel inline error={block.error} /> : null}
      <div className="actions">
        <Link className="button secondary" to={`/mailbox/${encodeURIComponent(email.output)}`}>
          {t("blockInvitations.cancel")}
        </Link>
        <button
          type="button"
          className="primary"
          disabled={block.isPending}
          onClick={() => block.mutate({ tenantId, email: email.output })}
        >
          {t("blockInvitations.block")}
        </button>
      </div>
    </Card>
  );
}

export function ManageBlockedPage() {
  const { t, i18n } = useTranslation();
  const manage = useManageBlocked();
  const [email, setEmail] = useDraft("unsubscribe-manage/email", "");
  const [code, setCode] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const list = manage.unblock.data ?? manage.verify.data;
  const codeError = fieldErrorMessage(t, i18n.language, manage.verify.error);

  function sendCode(event: FormEvent) {
    event.preventDefault();
    const parsed = v.safeParse(emailAddress, email);
    setInvalid(!parsed.success);
    if (parsed.success) manage.sendCode.mutate(parsed.output);
  }
  if (list) {
    return (
      <Card>
        <StepHeading>{t("manageBlocked.heading")}</StepHeading>
        {list.organizations.length === 0 ? <p>{t("manageBlocked.none")}</p> : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            manage.unblock.mutate({ email: list.email, tenantIds: selected }, { onSuccess: () => setSelected([]) });
          }}
        >
          <fieldset>
            <legend className="sr-only">{t("manageBlocked.listLabel")}</legend>
            {list.organizations.map((org) => (
              <label key={org.tenantId} className="check">
                <input
                  type="checkbox"
                  checked={selected.includes(org.tenantId)}
                  onChange={(e) =>
                    setSelected(e.target.checked ? [...selected, org.tenantId] : selected.filter((id) => id !== org.tenantId))
                  }
                />
                {org.name}{" "}
                <span className="muted">({t("manageBlocked.blockedOn", { date: formatDate(org.blockedAt, i18n.language, "day") })})</span>
              </label>
            ))}
          </fieldset>
          {list.organizations.length > 0 ? (
            <div className="actions">
              <button type="submit" className="primary" disabled={selected.length === 0 || manage.unblock.isPending}>
                {t("manageBlocked.unblock")}
              </button>
            </div>
          ) : null}
        </form>
      </Card>
    );
  }
  return (
    <Card>
      <StepHeading>{t("manageBlocked.heading")}</StepHeading>
      <p>{t("manageBlocked.emailIntro")}</p>
      <form onSubmit={sendCode} noValidate>
        <Field
          id="manage-email"
          type="email"
          label={t("mailbox.addressLabel")}
          value={email}
          error={invalid ? t("mailbox.invalidAddress") : fieldErrorMessage(t, i18n.language, manage.sendCode.error)}
          onChange={(e) => setEmail(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className={manage.sendCode.isSuccess ? "secondary" : "primary"} disabled={manage.sendCode.isPending}>
            {t("manageBlocked.sendCode")}
          </button>
        </div>
      </form>
      {manage.sendCode.isSuccess ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            manage.verify.mutate({ email, code });
          }}
          noValidate
        >
          <p role="status">{t("manageBlocked.codeSent", { email })}</p>
          <Field
            id="manage-code"
            label={t("passcode.codeLabel")}
            inputMode="numeric"
            value={code}
            error={codeError}
            onChange={(e) => setCode(e.target.value)}
          />
          {manage.verify.isError && !codeError ? <ErrorPanel inline error={manage.verify.error} /> : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={manage.verify.isPending}>
              {t("manageBlocked.verify")}
            </button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
