// The sign-in challenge after registration (addendum §12.4), in the resource tenant, or the home tenant's with
// MFA trust (spec §5.3: then the home organization's page and name): S44 "Approve sign in request" with the
// number to type on the phone, S49 "We didn't hear from you" when no answer comes, S45 "Verify your identity"
// (the registered methods, system-preferred first, §12.7), S46 "Enter code" (TOTP or a texted code). A denied
// request ends at the error page (500121, the blocked step). "I can't use my Microsoft Authenticator app right
// now" shows only with another method registered (§12.5 SIM-ASSUMPTION). Why MFA runs here is the explain panel's.
import { mfaBranding } from "./mfaBranding";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import type { MfaChallengeMethod } from "../../api/flow";
import { useSessionAction } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { ExternalLink } from "../../ui/ExternalLink";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";
import { CodeField, IdentityBanner, PhoneStrip, usePhonePolling } from "./parts";

type Mfa = NonNullable<SessionView["mfa"]>;
type PageProps = { session: SessionView; mfa: Mfa };

const MORE_INFORMATION = "https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-number-match";

export function MfaChallenge({ session }: { session: SessionView }) {
  const mfa = session.mfa;
  if (!mfa)
    return (
      <Card>
        <ErrorPanel error={{ code: "Unknown" }} />
      </Card>
    );
  const method = mfa.challenge ?? "picker";
  const page = method === "authenticator" && mfa.push === "timed-out" ? "timed-out" : method;
  const Page = PAGES[page];
  return (
    <>
      <Card organization={mfa.homeOrganization ?? session.invitation.organization.name} branding={mfaBranding(session)}>
        <IdentityBanner session={session} />
        <Page key={page} session={session} mfa={mfa} />
      </Card>
      <PhoneStrip />
    </>
  );
}

function MoreInformation() {
  const { t } = useTranslation();
  return (
    <p>
      <ExternalLink href={MORE_INFORMATION}>{t("mfa.challenge.moreInformation")}</ExternalLink>
    </p>
  );
}

function OtherWay({ session, mfa, label }: PageProps & { label: "cantUseApp" | "otherWay" | "troubleOtherWay" }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  if (mfa.methods.length < 2) return null;
  return (
    <>
      <p>
        <button
          type="button"
          className="link-button"
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: "mfa/method", method: "picker" })}
        >
          {t(`mfa.challenge.${label}`)}
        </button>
      </p>
      <ActionError error={action.error} />
    </>
  );
}

/** S44: the number to type into the Authenticator notification. */
function Approve(props: PageProps) {
  const { t } = useTranslation();
  const { session, mfa } = props;
  const resend = useSessionAction(session.id);
  usePhonePolling(session, mfa.push === "pending");
  return (
    <>
      <StepHeading>{t("mfa.challenge.approveHeading")}</StepHeading>
      <p>{t("mfa.challenge.approveBody")}</p>
      {mfa.matchNumber !== undefined ? (
        // An output (a status) may carry a name, and announces the number when it comes.
        <output className="match-number" aria-label={t("mfa.challenge.numberLabel")}>
          {mfa.matchNumber}
        </output>
      ) : null}
      <p className="muted">{t("mfa.challenge.noNumbers")}</p>
      {mfa.push === "none" ? (
        <FormFooter
          primary={{ label: t("mfa.challenge.sendAnother"), onClick: () => resend.mutate({ kind: "mfa/push" }) }}
          busy={resend.isPending}
          start
        />
      ) : null}
      <ActionError error={resend.error} />
      <OtherWay {...props} label="cantUseApp" />
      <MoreInformation />
    </>
  );
}

/** S49: the notification got no answer in time. */
function TimedOut(props: PageProps) {
  const { t } = useTranslation();
  const resend = useSessionAction(props.session.id);
  return (
    <>
      <StepHeading>{t("mfa.challenge.timedOutHeading")}</StepHeading>
      <p>{t("mfa.challenge.timedOutBody")}</p>
      <ActionError error={resend.error} />
      <FormFooter
        primary={{ label: t("mfa.challenge.sendAnother"), onClick: () => resend.mutate({ kind: "mfa/push" }) }}
        busy={resend.isPending}
        start
      />
      <OtherWay {...props} label="otherWay" />
      <MoreInformation />
    </>
  );
}

/** S45: one row per registered method, system-preferred order (the backend's). */
function Picker({ session, mfa }: PageProps) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const label = (method: MfaChallengeMethod) =>
    method === "authenticator"
      ? t("mfa.challenge.pickAuthenticator")
      : method === "totp"
        ? t("mfa.challenge.pickTotp")
        : method === "sms"
          ? t("mfa.challenge.pickSms", { phone: mfa.registeredPhone ?? "" })
          : t("mfa.challenge.pickCall", { phone: mfa.registeredPhone ?? "" });
  // A registered phone takes texts and calls: two rows (system-preferred order, §12.7).
  const order: MfaChallengeMethod[] = ["authenticator", "totp", "sms", "voice"];
  const methods = order.filter((m) => mfa.methods.includes(m === "voice" ? "sms" : (m as Mfa["methods"][number])));
  return (
    <>
      <StepHeading>{t("mfa.challenge.pickerHeading")}</StepHeading>
      <ul className="choice-list">
        {methods.map((method) => (
          <li key={method}>
            <button
              type="button"
              className="choice"
              disabled={action.isPending}
              onClick={() => action.mutate({ kind: "mfa/method", method })}
            >
              <strong>{label(method)}</strong>
            </button>
          </li>
        ))}
      </ul>
      <ActionError error={action.error} />
      <MoreInformation />
      <FormFooter
        primary={{
          label: t("mfa.challenge.cancel"),
          onClick: () => action.mutate({ kind: "mfa/method", method: methods[0] ?? "authenticator" }),
        }}
        quiet
        busy={action.isPending}
      />
    </>
  );
}

/** S47: Entra calls the registered phone; the guest answers and presses #. */
function Calling(props: PageProps) {
  const { t } = useTranslation();
  const { session, mfa } = props;
  const again = useSessionAction(session.id);
  usePhonePolling(session, mfa.call === "ringing" || mfa.call === "answered");
  return (
    <>
      <StepHeading>{t("mfa.challenge.callHeading")}</StepHeading>
      <p>{t("mfa.calling", { phone: mfa.smsSentTo ?? mfa.registeredPhone ?? "" })}</p>
      <p role="status" className="muted">
        {mfa.call === "declined" ? t("mfa.callDeclined") : ""}
      </p>
      {mfa.call === "declined" ? (
        <FormFooter
          primary={{ label: t("mfa.callAgain"), onClick: () => again.mutate({ kind: "mfa/call" }) }}
          busy={again.isPending}
          start
        />
      ) : null}
      <ActionError error={again.error} />
      <OtherWay {...props} label="troubleOtherWay" />
      <MoreInformation />
    </>
  );
}

/** S46: a TOTP code from the authenticator app, or the texted code. */
function EnterCode(props: PageProps) {
  const { t } = useTranslation();
  const { session, mfa } = props;
  const verify = useSessionAction(session.id);
  const form = useForm({ draft: `mfa-code/${session.id}`, initial: { code: "" }, serverError: verify.error });
  return (
    <>
      <StepHeading>{t("mfa.challenge.codeHeading")}</StepHeading>
      <form onSubmit={form.submit(({ code }) => verify.mutate({ kind: "mfa/verify", code }, { onSuccess: form.clear }))} noValidate>
        <p>
          {mfa.challenge === "totp"
            ? t("mfa.challenge.totpBody")
            : t("mfa.challenge.smsBody", { phone: mfa.smsSentTo ?? mfa.registeredPhone ?? "" })}
        </p>
        <CodeField length={mfa.codeLength} field={form.field("code")} />
        <ActionError error={form.actionError} />
        <FormFooter primary={{ label: t("mfa.challenge.verify") }} busy={verify.isPending} />
      </form>
      <OtherWay {...props} label="troubleOtherWay" />
      <MoreInformation />
    </>
  );
}

const PAGES: Record<MfaChallengeMethod | "timed-out", (props: PageProps) => React.JSX.Element> = {
  authenticator: Approve,
  "timed-out": TimedOut,
  picker: Picker,
  totp: EnterCode,
  sms: EnterCode,
  voice: Calling,
};
