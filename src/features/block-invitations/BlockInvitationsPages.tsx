// S05 S06 "Block future invitations" from the e-mail footer (spec §4.0) and the manage page where blocked
// organisations are listed and unblocked after a one-time passcode (spec §2 E8).
import * as v from "valibot";
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { Link, useSearchParams } from "react-router";
import { emailAddress } from "../../api/contract";
import { useBlockInvitations, useManageBlocked } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Field } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";

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
      <ActionError error={block.error} />
      <FormFooter
        primary={{ label: t("blockInvitations.block"), onClick: () => block.mutate({ tenantId, email: email.output }) }}
        secondary={{ label: t("blockInvitations.cancel"), to: `/mailbox/${encodeURIComponent(email.output)}` }}
        busy={block.isPending}
      />
    </Card>
  );
}

export function ManageBlockedPage() {
  const { t, i18n } = useTranslation();
  const manage = useManageBlocked();
  const emailForm = useForm({
    draft: "unsubscribe-manage/email",
    initial: { email: "" },
    validate: ({ email }) => ({ email: v.is(emailAddress, email) ? undefined : t("mailbox.invalidAddress") }),
    serverError: manage.sendCode.error,
  });
  const codeForm = useForm({ draft: "unsubscribe-manage/code", initial: { code: "" }, serverError: manage.verify.error });
  const email = emailForm.values.email;
  const [selected, setSelected] = useState<string[]>([]);
  const list = manage.unblock.data ?? manage.verify.data;
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
          <ActionError error={manage.unblock.error} />
          {list.organizations.length > 0 ? (
            <FormFooter primary={{ label: t("manageBlocked.unblock"), disabled: selected.length === 0 }} busy={manage.unblock.isPending} />
          ) : null}
        </form>
      </Card>
    );
  }
  return (
    <Card>
      <StepHeading>{t("manageBlocked.heading")}</StepHeading>
      <p>{t("manageBlocked.emailIntro")}</p>
      <form onSubmit={emailForm.submit((values) => manage.sendCode.mutate(v.parse(emailAddress, values.email)))} noValidate>
        <Field id="manage-email" type="email" label={t("mailbox.addressLabel")} {...emailForm.field("email")} />
        <ActionError error={emailForm.actionError} />
        <FormFooter primary={{ label: t("manageBlocked.sendCode") }} quiet={manage.sendCode.isSuccess} busy={manage.sendCode.isPending} />
      </form>
      {manage.sendCode.isSuccess ? (
        <form onSubmit={codeForm.submit(({ code }) => manage.verify.mutate({ email, code }, { onSuccess: codeForm.clear }))} noValidate>
          <p role="status">{t("manageBlocked.codeSent", { email })}</p>
          <Field id="manage-code" label={t("passcode.codeLabel")} inputMode="numeric" {...codeForm.field("code")} />
          <ActionError error={codeForm.actionError} />
          <FormFooter primary={{ label: t("manageBlocked.verify") }} busy={manage.verify.isPending} />
        </form>
      ) : null}
    </Card>
  );
}
