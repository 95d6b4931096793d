// S24 S25 MFA in the resource tenant (spec §5.3): "More information required" registers a method (Authenticator
// push approved on the simulated phone, or an SMS code), later sign-ins only get the challenge. With MFA
// trust, a work account's own organisation does the MFA, and the screen says so.
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import type { SessionView } from "../../api/contract";
import { sessionQuery, useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Field } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";

type Method = "authenticator" | "sms";

export function MfaStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const mfa = session.mfa;
  const org = session.invitation.organization.name;
  // While a push waits on the phone, the session is polled: the phone's approval moves it on.
  useQuery({ ...sessionQuery(session.id), refetchInterval: mfa?.push === "pending" ? 1000 : false, refetchIntervalInBackground: true });
  const registered = (mfa?.methods ?? []) as Method[];
  const [method, setMethod] = useState<Method | undefined>(() =>
    mfa?.smsSentTo ? "sms" : mfa?.push !== "none" ? "authenticator" : mfa?.registering ? undefined : registered[0],
  );
  if (!mfa)
    return (
      <Card>
        <ErrorPanel error={{ code: "Unknown" }} />
      </Card>
    );
  const choices: Method[] = mfa.registering ? ["authenticator", "sms"] : registered;
  return (
    <Card organization={mfa.homeOrganization ?? org}>
      <StepHeading>{mfa.registering ? t("mfa.registerHeading") : t("mfa.challengeHeading")}</StepHeading>
      <p>{mfa.registering ? t("mfa.registerBody", { org }) : t("mfa.challengeBody", { org })}</p>
      {mfa.homeOrganization ? <p className="notice">{t("mfa.homeTenant", { home: mfa.homeOrganization, org })}</p> : null}
      {!method ? (
        <MethodChoice choices={choices} onChoose={setMethod} />
      ) : method === "authenticator" ? (
        <AuthenticatorPush session={session} />
      ) : (
        <SmsCode session={session} />
      )}
      {method && choices.length > 1 ? (
        <p>
          <button type="button" className="link-button" onClick={() => setMethod(method === "sms" ? "authenticator" : "sms")}>
            {method === "sms" ? t("mfa.useAuthenticator") : t("mfa.useSms")}
          </button>
        </p>
      ) : null}
    </Card>
  );
}

function MethodChoice({ choices, onChoose }: { choices: Method[]; onChoose: (m: Method) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t("mfa.chooseMethod")}</h2>
      <ul className="choice-list">
        {choices.map((m) => (
          <li key={m}>
            <button type="button" className="choice" onClick={() => onChoose(m)}>
              <strong>{t(`mfa.${m}`)}</strong>
              <span className="muted">{t(`mfa.${m}Help`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function PhoneLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/phone" target="_blank" rel="noreferrer">
        {t("mfa.openPhone")}
      </Link>
    </p>
  );
}

function AuthenticatorPush({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const push = session.mfa?.push ?? "none";
  return (
    <>
      <h2>{t("mfa.approveHeading")}</h2>
      <p>{t("mfa.approveBody")}</p>
      <PhoneLink />
      <p role="status" className="muted">
        {push === "pending" ? t("mfa.waiting") : push === "denied" ? t("mfa.denied") : ""}
      </p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{
          label: push === "none" ? t("passcode.send") : t("mfa.sendAnother"),
          onClick: () => action.mutate({ kind: "mfa/push" }),
          disabled: push === "pending",
        }}
        busy={action.isPending}
      />
    </>
  );
}

function SmsCode({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const send = useSessionAction(session.id);
  const verify = useSessionAction(session.id);
  const mfa = session.mfa;
  const phoneForm = useForm({ draft: `mfa-phone/${session.id}`, initial: { phone: "" }, serverError: send.error });
  const codeForm = useForm({ draft: `mfa-code/${session.id}`, initial: { code: "" }, serverError: verify.error });
  return (
    <>
      <form
        onSubmit={phoneForm.submit(({ phone }) => send.mutate({ kind: "mfa/sms", phone: mfa?.registering ? phone : undefined }))}
        noValidate
      >
        {mfa?.registering ? (
          <Field
            id="mfa-phone"
            type="tel"
            autoComplete="tel"
            label={t("mfa.phoneLabel")}
            help={t("mfa.phoneHelp")}
            {...phoneForm.field("phone")}
          />
        ) : null}
        <ActionError error={phoneForm.actionError} />
        <FormFooter
          primary={{ label: mfa?.smsSentTo ? t("passcode.resend") : t("mfa.sendSms") }}
          quiet={Boolean(mfa?.smsSentTo)}
          busy={send.isPending}
          start
        />
      </form>
      {mfa?.smsSentTo ? (
        <form
          onSubmit={codeForm.submit(({ code }) => verify.mutate({ kind: "mfa/verify", code }, { onSuccess: codeForm.clear }))}
          noValidate
        >
          <p>{t("mfa.codeSentTo", { phone: mfa.smsSentTo })}</p>
          <PhoneLink />
          <Field id="mfa-code" label={t("mfa.codeLabel")} inputMode="numeric" autoComplete="one-time-code" {...codeForm.field("code")} />
          <ActionError error={codeForm.actionError} />
          <FormFooter primary={{ label: t("mfa.verify") }} busy={verify.isPending} />
        </form>
      ) : null}
    </>
  );
}
