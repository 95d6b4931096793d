// What the MFA pages share: the identity banner, the code box, polling while a notification waits on the phone, and the
// simulator strip's way to the simulated phone (outside the card: a real Entra page has no such link).
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { sessionQuery } from "../../api/queries";
import { Field } from "../../ui/Field";
import { SimulatorStrip } from "../../ui/SimulatorStrip";
import type { Form } from "../../ui/useForm";

/** The signed-in account above the heading, as Entra's MFA pages show it. */
export function IdentityBanner({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const email = session.signedInAs?.email ?? session.invitation.invitedEmail;
  return <p className="identity-banner">{t("mfa.signedInAs", { email })}</p>;
}

/** While a notification or a scan waits on the phone, the session is polled: the phone's answer moves it on. */
export function usePhonePolling(session: SessionView, waiting: boolean) {
  useQuery({ ...sessionQuery(session.id), refetchInterval: waiting ? 1000 : false, refetchIntervalInBackground: true });
}

export function PhoneStrip() {
  const { t } = useTranslation();
  return (
    <SimulatorStrip>
      <Link to="/phone" target="_blank" rel="noreferrer">
        {t("mfa.openPhone")}
      </Link>
    </SimulatorStrip>
  );
}

/** The verification-code box of the challenge and of the wizard's phone and app pages. */
export function CodeField({ length, field }: { length: number; field: ReturnType<Form<{ code: string }>["field"]> }) {
  const { t } = useTranslation();
  return (
    <Field
      id="mfa-code"
      label={t("mfa.challenge.codeLabel")}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={length + 4}
      {...field}
    />
  );
}
