// S23 P5, second screen (spec §4.5): type or paste the code from the e-mail. Wrong, expired, malformed and locked codes
// are explained at the field; what was typed stays (also across a reload).
import { useEffect, useState } from "react";
import { useTranslation } from "../../i18n";
import { Link } from "react-router";
import type { SessionView } from "../../api/contract";
import { useQuery } from "@tanstack/react-query";
import { sessionQuery, useSessionAction } from "../../api/queries";
import { Card } from "../../ui/Card";
import { SimulatorStrip } from "../../ui/SimulatorStrip";
import { ActionError } from "../../ui/ActionError";
import { Field } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";

/** Counts down from the server's number (the fake clock may run ahead of this browser's). */
function useCountdown(seconds: number, since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [seconds]);
  if (seconds <= 0) return 0;
  return Math.max(0, seconds - Math.max(0, Math.floor((now - since) / 1000)));
}

export function PasscodeEnterStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const verify = useSessionAction(session.id);
  const resend = useSessionAction(session.id);
  const form = useForm({ draft: `passcode/${session.id}`, initial: { code: "" }, serverError: verify.error });
  const [resent, setResent] = useState(false);
  const passcode = session.passcode;
  const org = session.invitation.organization.name;
  const { dataUpdatedAt } = useQuery(sessionQuery(session.id));
  const waitSeconds = useCountdown(passcode?.resendInSeconds ?? 0, dataUpdatedAt);

  return (
    <>
      <Card organization={org} branding={session.invitation.organization.branding} signInText>
        <StepHeading>{t("passcode.enterHeading")}</StepHeading>
        <p>{t("passcode.enterBody", { email: passcode?.sentTo ?? "", count: passcode?.validityMinutes ?? 30 })}</p>
        <p className="muted">{t("passcode.sender", { sender: passcode?.sender ?? "" })}</p>
        <form onSubmit={form.submit(({ code }) => verify.mutate({ kind: "passcode/verify", code }, { onSuccess: form.clear }))} noValidate>
          <Field
            id="passcode"
            label={t("passcode.codeLabel")}
            help={t("passcode.codeHelp", { count: passcode?.codeLength ?? 8 })}
            inputMode="numeric"
            autoComplete="one-time-code"
            {...form.field("code")}
          />
          <ActionError error={form.actionError} />
          {passcode && passcode.attemptsLeft < 5 && !passcode.lockedUntil ? (
            <p className="muted">{t("passcode.attemptsLeft", { count: passcode.attemptsLeft })}</p>
          ) : null}
          <FormFooter primary={{ label: t("passcode.signIn") }} busy={verify.isPending} />
        </form>
        <p role="status" className="muted">
          {resent ? t("passcode.newCodeSent") : ""} {waitSeconds > 0 ? t("passcode.resendIn", { count: waitSeconds }) : ""}
        </p>
        <ActionError error={resend.error} />
        <p>
          <button
            type="button"
            className="link-button"
            disabled={resend.isPending || waitSeconds > 0}
            onClick={() => {
              setResent(false);
              verify.reset();
              resend.mutate({ kind: "passcode/send" }, { onSuccess: () => setResent(true) });
            }}
          >
            {t("passcode.resend")}
          </button>
        </p>
      </Card>
      <SimulatorStrip>
        <Link to={`/mailbox/${encodeURIComponent(passcode?.sentTo ?? "")}`} target="_blank" rel="noreferrer">
          {t("passcode.openMailbox")}
        </Link>
      </SimulatorStrip>
    </>
  );
}
