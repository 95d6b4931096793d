// S51 "Keep your account secure" (addendum §12.3, combined registration in interrupt mode), one page at a time as
// the backend says (session.mfa.page): Microsoft Authenticator (W1 get the app, W2 set up the account, W3 scan the
// QR code, W4 a test notification with number matching, W5 approved), another authenticator app (Alt-A: a TOTP
// QR code, then its code), a different method (Alt-B: the phone, W6), and W7 Success!. Each page is its own
// component (key = page), so focus moves to its heading. The QR code's library loads only with a QR page.
import { mfaBranding } from "./mfaBranding";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import type { MfaWizardPage } from "../../api/flow";
import { useSessionAction } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card, Loading } from "../../ui/Card";
import { Field, SelectField } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";
import { CodeField, IdentityBanner, PhoneStrip, usePhonePolling } from "./parts";

const QrCode = lazy(() => import("./QrCode"));

type Mfa = NonNullable<SessionView["mfa"]>;
type PageProps = { session: SessionView; mfa: Mfa };

/** Country and region codes the phone page offers (the simulator's short list). */
const COUNTRY_CODES = [
  { value: "+31", label: "Netherlands (+31)" },
  { value: "+32", label: "Belgium (+32)" },
  { value: "+49", label: "Germany (+49)" },
  { value: "+44", label: "United Kingdom (+44)" },
  { value: "+1", label: "United States (+1)" },
] as const;

export function MfaWizard({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const mfa = session.mfa;
  const page = mfa?.page ?? "authenticator-start";
  const org = session.invitation.organization.name;
  const Page = PAGES[page];
  const method = page.startsWith("phone") || page === "choose-method" ? t("mfa.wizard.methodPhone") : t("mfa.wizard.methodApp");
  return (
    <>
      <Card organization={org} branding={mfaBranding(session)} logoAlt="">
        <IdentityBanner session={session} />
        <p className="wizard-title">{t("mfa.wizard.heading")}</p>
        <p className="muted">{t("mfa.wizard.body", { org })}</p>
        {page === "success" ? null : <p className="wizard-progress">{t("mfa.wizard.progress", { index: 1, count: 1, method })}</p>}
        {mfa ? <Page key={page} session={session} mfa={mfa} /> : null}
      </Card>
      <PhoneStrip />
    </>
  );
}

function useGo(session: SessionView) {
  const action = useSessionAction(session.id);
  return { action, go: (page: MfaWizardPage) => action.mutate({ kind: "mfa/wizard", page }) };
}

function OtherLinks({ session, links }: { session: SessionView; links: ReadonlyArray<["otherApp" | "otherMethod", MfaWizardPage]> }) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  return (
    <>
      {links.map(([label, page]) => (
        <p key={label}>
          <button type="button" className="link-button" disabled={action.isPending} onClick={() => go(page)}>
            {t(`mfa.wizard.${label}`)}
          </button>
        </p>
      ))}
      <ActionError error={action.error} />
    </>
  );
}

/** W1: get the Microsoft Authenticator app. */
function AuthenticatorStart({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  return (
    <>
      <StepHeading>{t("mfa.wizard.authenticator")}</StepHeading>
      <p>{t("mfa.wizard.getApp")}</p>
      <p>
        <a href="/phone" target="_blank" rel="noreferrer">
          {t("mfa.wizard.download")}
        </a>
      </p>
      <p>{t("mfa.wizard.afterInstall")}</p>
      <ActionError error={action.error} />
      <FormFooter primary={{ label: t("mfa.wizard.next"), onClick: () => go("authenticator-setup") }} busy={action.isPending} />
      <OtherLinks
        session={session}
        links={[
          ["otherApp", "totp-start"],
          ["otherMethod", "choose-method"],
        ]}
      />
    </>
  );
}

/** W2: add a work or school account in the app. */
function AuthenticatorSetup({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  return (
    <>
      <StepHeading>{t("mfa.wizard.setupHeading")}</StepHeading>
      <p>{t("mfa.wizard.setupBody")}</p>
      <ActionError error={action.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go("authenticator-start") }}
        primary={{ label: t("mfa.wizard.next"), onClick: () => go("authenticator-qr") }}
        busy={action.isPending}
      />
    </>
  );
}

/** W3 and Alt-A: the QR code, and what "Can't scan image?" shows instead. */
function ScanQr({ session, mfa, other }: PageProps & { other?: boolean }) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  const [manual, setManual] = useState(false);
  const qr = mfa.qr;
  return (
    <>
      <StepHeading>{t("mfa.wizard.scanHeading")}</StepHeading>
      <p>{other ? t("mfa.wizard.scanBodyOther") : t("mfa.wizard.scanBody")}</p>
      {qr ? (
        <Suspense fallback={<Loading />}>
          <QrCode value={qr.payload} label={t("mfa.wizard.qrLabel", { account: qr.account })} />
        </Suspense>
      ) : null}
      <p>{t("mfa.wizard.afterScan")}</p>
      <p>
        <button type="button" className="link-button" aria-expanded={manual} onClick={() => setManual(!manual)}>
          {t("mfa.wizard.cantScan")}
        </button>
      </p>
      {manual && qr ? (
        <>
          <p>{t("mfa.wizard.manualBody")}</p>
          <dl className="facts">
            {other ? (
              <>
                <div>
                  <dt>{t("mfa.wizard.accountName")}</dt>
                  <dd>{qr.account}</dd>
                </div>
                <div>
                  <dt>{t("mfa.wizard.secretKey")}</dt>
                  <dd className="code">{qr.code}</dd>
                </div>
              </>
            ) : (
              <>
                <div>
                  <dt>{t("mfa.wizard.code")}</dt>
                  <dd className="code">{qr.code}</dd>
                </div>
                <div>
                  <dt>{t("mfa.wizard.url")}</dt>
                  <dd className="code">{qr.url}</dd>
                </div>
              </>
            )}
          </dl>
        </>
      ) : null}
      <ActionError error={action.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go(other ? "totp-start" : "authenticator-setup") }}
        primary={{ label: t("mfa.wizard.next"), onClick: () => go(other ? "totp-code" : "authenticator-test") }}
        busy={action.isPending}
      />
    </>
  );
}

/** W4: the test notification; the guest types the number shown here into the app. */
function AuthenticatorTest({ session, mfa }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  const resend = useSessionAction(session.id);
  usePhonePolling(session, mfa.push === "pending");
  return (
    <>
      <StepHeading>{t("mfa.wizard.tryHeading")}</StepHeading>
      <p>{t("mfa.wizard.tryBody")}</p>
      {mfa.push === "pending" && mfa.matchNumber !== undefined ? (
        // An output (a status) may carry a name, and announces the number when it comes.
        <output className="match-number" aria-label={t("mfa.challenge.numberLabel")}>
          {mfa.matchNumber}
        </output>
      ) : null}
      <p role="status" className="muted">
        {mfa.push === "pending"
          ? t("mfa.wizard.waiting")
          : mfa.push === "denied"
            ? t("mfa.wizard.denied")
            : mfa.push === "timed-out"
              ? t("mfa.wizard.timedOut")
              : ""}
      </p>
      {mfa.push === "denied" || mfa.push === "timed-out" ? (
        <p>
          <button type="button" className="link-button" disabled={resend.isPending} onClick={() => resend.mutate({ kind: "mfa/push" })}>
            {t("mfa.wizard.resend")}
          </button>
        </p>
      ) : null}
      <ActionError error={action.error ?? resend.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go("authenticator-qr") }}
        primary={{ label: t("mfa.wizard.next"), disabled: true }}
        busy={action.isPending}
      />
    </>
  );
}

/** W5: approved on the phone. */
function AuthenticatorApproved({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  return (
    <>
      <StepHeading>{t("mfa.wizard.approvedHeading")}</StepHeading>
      <ActionError error={action.error} />
      <FormFooter primary={{ label: t("mfa.wizard.next"), onClick: () => go("success") }} busy={action.isPending} />
    </>
  );
}

/** Alt-A: another authenticator app. */
function TotpStart({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  return (
    <>
      <StepHeading>{t("mfa.wizard.otherAppHeading")}</StepHeading>
      <p>{t("mfa.wizard.otherAppBody")}</p>
      <ActionError error={action.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go("authenticator-start") }}
        primary={{ label: t("mfa.wizard.next"), onClick: () => go("totp-qr") }}
        busy={action.isPending}
      />
      <OtherLinks session={session} links={[["otherMethod", "choose-method"]]} />
    </>
  );
}

/** A code form: Alt-A's TOTP code, or W6's texted code. */
function CodeForm({ session, mfa, back, body }: PageProps & { back: MfaWizardPage; body: string }) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  const verify = useSessionAction(session.id);
  const form = useForm({ draft: `mfa-code/${session.id}`, initial: { code: "" }, serverError: verify.error });
  return (
    <form onSubmit={form.submit(({ code }) => verify.mutate({ kind: "mfa/verify", code }, { onSuccess: form.clear }))} noValidate>
      <p>{body}</p>
      <CodeField length={mfa.codeLength} field={form.field("code")} />
      <ActionError error={form.actionError ?? action.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go(back) }}
        primary={{ label: t("mfa.wizard.next") }}
        busy={verify.isPending || action.isPending}
      />
    </form>
  );
}

function TotpCode(props: PageProps) {
  const { t } = useTranslation();
  return (
    <>
      <StepHeading>{t("mfa.wizard.enterCodeHeading")}</StepHeading>
      <CodeForm {...props} back="totp-qr" body={t("mfa.wizard.enterCodeBody", { count: props.mfa.codeLength })} />
    </>
  );
}

/** Alt-B: "Choose a different method" (the methods T's policy offers a guest in interrupt mode). */
function ChooseMethod({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  const [choice, setChoice] = useState<"" | MfaWizardPage>("");
  const [tried, setTried] = useState(false);
  const options = [
    { value: "authenticator-start", label: t("mfa.wizard.chooseMicrosoftAuthenticator") },
    { value: "totp-start", label: t("mfa.wizard.chooseAuthenticatorApp") },
    { value: "phone", label: t("mfa.wizard.choosePhone") },
  ];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (choice) go(choice);
      }}
      noValidate
    >
      <StepHeading>{t("mfa.wizard.chooseHeading")}</StepHeading>
      <SelectField
        id="mfa-method"
        label={t("mfa.wizard.chooseLabel")}
        placeholder={t("mfa.wizard.choosePlaceholder")}
        options={options}
        value={choice}
        error={tried && !choice ? t("mfa.wizard.choosePlaceholder") : undefined}
        onChange={(event) => setChoice(event.target.value as MfaWizardPage)}
      />
      <ActionError error={action.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.cancel"), onClick: () => go("authenticator-start") }}
        primary={{ label: t("mfa.wizard.confirm") }}
        busy={action.isPending}
      />
    </form>
  );
}

/** W6: the phone number, and how to get the code. */
function PhonePage({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  const send = useSessionAction(session.id);
  const form = useForm({
    draft: `mfa-phone/${session.id}`,
    initial: { country: "+31", phone: "", how: "sms" },
    serverError: send.error,
  });
  return (
    <form
      onSubmit={form.submit(({ country, phone, how }) => {
        const number = `${country} ${phone.replace(/^0+/, "")}`;
        send.mutate(how === "call" ? { kind: "mfa/call", phone: number } : { kind: "mfa/sms", phone: number });
      })}
      noValidate
    >
      <StepHeading>{t("mfa.wizard.phoneHeading")}</StepHeading>
      <p>{t("mfa.wizard.phoneBody")}</p>
      <p>{t("mfa.wizard.phoneQuestion")}</p>
      <SelectField id="mfa-country" label={t("mfa.wizard.country")} options={COUNTRY_CODES} {...form.field("country")} />
      <Field
        id="mfa-phone"
        type="tel"
        autoComplete="tel-national"
        label={t("mfa.wizard.phoneLabel")}
        help={t("mfa.wizard.phoneHelp")}
        {...form.field("phone")}
      />
      <fieldset className="radio-group">
        <legend className="sr-only">{t("mfa.wizard.howLegend")}</legend>
        {(["sms", "call"] as const).map((how) => (
          <label key={how}>
            <input
              type="radio"
              name="mfa-phone-method"
              value={how}
              checked={form.values.how === how}
              onChange={() => form.set("how", how)}
            />{" "}
            {how === "sms" ? t("mfa.wizard.textMe") : t("mfa.wizard.callMe")}
          </label>
        ))}
      </fieldset>
      <ActionError error={form.actionError ?? action.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go("choose-method") }}
        primary={{ label: t("mfa.wizard.next") }}
        busy={send.isPending || action.isPending}
      />
    </form>
  );
}

function PhoneCode(props: PageProps) {
  const { t } = useTranslation();
  const resend = useSessionAction(props.session.id);
  return (
    <>
      <StepHeading>{t("mfa.wizard.phoneHeading")}</StepHeading>
      <CodeForm
        {...props}
        back="phone"
        body={t("mfa.wizard.phoneCodeBody", { count: props.mfa.codeLength, phone: props.mfa.smsSentTo ?? "" })}
      />
      <p>
        <button type="button" className="link-button" disabled={resend.isPending} onClick={() => resend.mutate({ kind: "mfa/sms" })}>
          {t("mfa.wizard.resendCode")}
        </button>
      </p>
      <ActionError error={resend.error} />
    </>
  );
}

/** W6 Call me: Entra calls; the guest answers on the phone and presses #. */
function PhoneCall({ session, mfa }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  const again = useSessionAction(session.id);
  usePhonePolling(session, mfa.call === "ringing" || mfa.call === "answered");
  return (
    <>
      <StepHeading>{t("mfa.wizard.phoneHeading")}</StepHeading>
      <p>{t("mfa.calling", { phone: mfa.smsSentTo ?? "" })}</p>
      <p role="status" className="muted">
        {mfa.call === "declined" ? t("mfa.callDeclined") : ""}
      </p>
      {mfa.call === "declined" ? (
        <p>
          <button type="button" className="link-button" disabled={again.isPending} onClick={() => again.mutate({ kind: "mfa/call" })}>
            {t("mfa.callAgain")}
          </button>
        </p>
      ) : null}
      <ActionError error={action.error ?? again.error} />
      <FormFooter
        secondary={{ label: t("mfa.wizard.back"), onClick: () => go("phone") }}
        primary={{ label: t("mfa.wizard.next"), disabled: true }}
        busy={action.isPending}
      />
    </>
  );
}

function PhoneVerified({ session }: PageProps) {
  const { t } = useTranslation();
  const { action, go } = useGo(session);
  return (
    <>
      <StepHeading>{t("mfa.wizard.phoneHeading")}</StepHeading>
      <p role="status">{t("mfa.wizard.phoneVerified")}</p>
      <ActionError error={action.error} />
      <FormFooter primary={{ label: t("mfa.wizard.next"), onClick: () => go("success") }} busy={action.isPending} />
    </>
  );
}

/** W7: what was set up, and the default sign-in method. */
function Success({ session, mfa }: PageProps) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const added = (mfa.added ?? []).filter((kind): kind is "authenticator" | "totp" | "sms" =>
    ["authenticator", "totp", "sms"].includes(kind),
  );
  return (
    <>
      <StepHeading>{t("mfa.wizard.successHeading")}</StepHeading>
      <p>{t("mfa.wizard.successBody")}</p>
      {added[0] ? (
        <p>
          {t("mfa.wizard.defaultMethod")} <strong>{t(`mfa.wizard.added.${added[0]}`)}</strong>
        </p>
      ) : null}
      <ul>
        {added.map((kind) => (
          <li key={kind}>{t(`mfa.wizard.added.${kind}`)}</li>
        ))}
      </ul>
      <ActionError error={action.error} />
      <FormFooter primary={{ label: t("mfa.wizard.done"), onClick: () => action.mutate({ kind: "mfa/done" }) }} busy={action.isPending} />
    </>
  );
}

const PAGES: Record<MfaWizardPage, (props: PageProps) => React.JSX.Element> = {
  "authenticator-start": AuthenticatorStart,
  "authenticator-setup": AuthenticatorSetup,
  "authenticator-qr": (props) => <ScanQr {...props} />,
  "authenticator-test": AuthenticatorTest,
  "authenticator-approved": AuthenticatorApproved,
  "totp-start": TotpStart,
  "totp-qr": (props) => <ScanQr {...props} other />,
  "totp-code": TotpCode,
  "choose-method": ChooseMethod,
  phone: PhonePage,
  "phone-code": PhoneCode,
  "phone-call": PhoneCall,
  "phone-verified": PhoneVerified,
  success: Success,
};
