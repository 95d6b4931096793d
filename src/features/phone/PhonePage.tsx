// "/phone" — the guest's simulated phone: an authenticator app (sign-in requests with number matching and
// additional context, addendum §12.4 S48; accounts added by scanning a sign-in page's QR code, §12.3 W3; TOTP
// codes per RFC 6238 that tick on the fake clock) and text messages. It polls, so it can sit in a second tab
// while the guest signs in in the first.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Secret, TOTP } from "otpauth";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import type { PhoneView } from "../../api/contract";
import { phoneQuery, useAnswerCall, useAnswerPush, useScanCode } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Field } from "../../ui/Field";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";

const PERIOD_SECONDS = 30;

export function PhonePage() {
  const { t, i18n } = useTranslation();
  const phone = useQuery(phoneQuery());
  const guard = guardQuery(phone, { bare: true });
  if (guard || !phone.data) return guard;
  return (
    <section className="phone" aria-labelledby="phone-heading">
      <div id="phone-heading">
        <StepHeading>{t("phone.heading")}</StepHeading>
      </div>
      <p className="muted">{t("phone.intro")}</p>
      <Calls phone={phone.data} />
      <h2>{t("phone.pushes")}</h2>
      {phone.data.pushes.length === 0 ? <p className="muted">{t("phone.noPushes")}</p> : null}
      <ul>
        {phone.data.pushes.map((push) => (
          <Push key={push.id} push={push} />
        ))}
      </ul>
      <h2>{t("phone.accounts")}</h2>
      <Accounts phone={phone.data} fetchedAt={phone.dataUpdatedAt} />
      <AddAccount phone={phone.data} />
      <h2>{t("phone.messages")}</h2>
      {phone.data.messages.length === 0 ? <p className="muted">{t("phone.noMessages")}</p> : null}
      <ul aria-label={t("phone.messages")}>
        {phone.data.messages.map((message) => (
          <li key={message.id}>
            <p className="muted">
              {message.to} · {formatDate(message.receivedAt, i18n.language, "received")}
            </p>
            <p>{message.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** S48: the request, its additional context, and the box for the number the sign-in page shows. */
function Push({ push }: { push: PhoneView["pushes"][number] }) {
  const { t } = useTranslation();
  const answer = useAnswerPush();
  const [number, setNumber] = useState("");
  const approve = (event: FormEvent) => {
    event.preventDefault();
    const value = Number.parseInt(number, 10);
    answer.mutate({ pushId: push.id, decision: "approve", number: Number.isFinite(value) ? value : undefined });
  };
  const fieldId = `push-number-${push.id}`;
  return (
    <li>
      <form onSubmit={approve} noValidate>
        <p>
          <strong>{t("phone.pushFor", { org: push.organization, account: push.account })}</strong>
        </p>
        {push.app ? <p className="muted">{t("phone.app", { app: push.app })}</p> : null}
        {push.location ? <p className="muted">{t("phone.location", { location: push.location })}</p> : null}
        <Field
          id={fieldId}
          label={t("phone.numberLabel")}
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          value={number}
          onChange={(event) => setNumber(event.target.value.replace(/\D/g, ""))}
        />
        <ActionError error={answer.error} />
        <div className="actions start">
          <button
            type="button"
            className="secondary"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ pushId: push.id, decision: "deny" })}
          >
            {t("phone.deny")}
          </button>
          <button type="submit" className="primary" disabled={answer.isPending}>
            {t("phone.approve")}
          </button>
        </div>
      </form>
    </li>
  );
}

/** S47: a verification call rings; answered, its script asks for the pound key. */
function Calls({ phone }: { phone: PhoneView }) {
  const { t } = useTranslation();
  const answer = useAnswerCall();
  const [ended, setEnded] = useState(false);
  return (
    <>
      <h2>{t("phone.calls")}</h2>
      {phone.calls.length === 0 ? <p className="muted">{ended ? t("phone.callVerified") : t("phone.noCalls")}</p> : null}
      <ul>
        {phone.calls.map((call) => (
          <li key={call.id}>
            <p>
              <strong>{t("phone.incoming", { from: call.from })}</strong>
            </p>
            {call.status === "answered" ? <p>{t("phone.callScript")}</p> : null}
            <ActionError error={answer.error} />
            <div className="actions start">
              {call.status === "ringing" ? (
                <>
                  <button
                    type="button"
                    className="secondary"
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ callId: call.id, action: "decline" })}
                  >
                    {t("phone.decline")}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ callId: call.id, action: "answer" })}
                  >
                    {t("phone.answer")}
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className="secondary"
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ callId: call.id, action: "decline" })}
                  >
                    {t("phone.hangUp")}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    aria-label={t("phone.pressPound")}
                    disabled={answer.isPending}
                    onClick={() => answer.mutate({ callId: call.id, action: "press", key: "#" }, { onSuccess: () => setEnded(true) })}
                  >
                    #
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The fake clock's time now: the backend's at the last poll, plus what has passed since. */
function useFakeNow(serverNow: string, fetchedAt: number): number {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Date.parse(serverNow) + Math.max(0, tick - fetchedAt);
}

function Accounts({ phone, fetchedAt }: { phone: PhoneView; fetchedAt: number }) {
  const { t } = useTranslation();
  const now = useFakeNow(phone.now, fetchedAt);
  if (phone.accounts.length === 0) return <p className="muted">{t("phone.noAccounts")}</p>;
  return (
    <ul aria-label={t("phone.accounts")}>
      {phone.accounts.map((account) => (
        <li key={account.id}>
          {account.kind === "totp" && account.secret ? (
            <TotpCode secret={account.secret} organization={account.organization} account={account.account} now={now} />
          ) : (
            <p>
              {t(account.kind === "passkey" ? "phone.accountPasskey" : "phone.accountPush", {
                org: account.organization,
                account: account.account,
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** RFC 6238 on the fake clock: 6 digits, a new code every 30 s (SHA-1), as an authenticator app shows it. */
function TotpCode({ secret, organization, account, now }: { secret: string; organization: string; account: string; now: number }) {
  const { t } = useTranslation();
  const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: PERIOD_SECONDS, algorithm: "SHA1" }).generate({
    timestamp: now,
  });
  const left = PERIOD_SECONDS - (Math.floor(now / 1000) % PERIOD_SECONDS);
  const label = t("phone.accountCode", { org: organization, account });
  return (
    <>
      <p>{label}</p>
      {/* Named, but not announced every 30 seconds. */}
      <output className="totp-code" aria-label={label} aria-live="off">
        {code.slice(0, 3)} {code.slice(3)}
      </output>
      <p className="muted">{t("phone.secondsLeft", { count: left })}</p>
    </>
  );
}

/** "Add account": the camera sees the QR codes of the sign-in pages open now; or the code typed in by hand. */
function AddAccount({ phone }: { phone: PhoneView }) {
  const { t } = useTranslation();
  const scan = useScanCode();
  const [camera, setCamera] = useState(false);
  const [manual, setManual] = useState("");
  return (
    <>
      <h3>{t("phone.addAccount")}</h3>
      <p>
        <button type="button" className="secondary" aria-expanded={camera} onClick={() => setCamera(!camera)}>
          {t("phone.scan")}
        </button>
      </p>
      {camera ? (
        phone.camera.length === 0 ? (
          <p className="muted">{t("phone.cameraEmpty")}</p>
        ) : (
          <ul>
            {phone.camera.map((code) => (
              <li key={code.payload}>
                <button type="button" className="primary" disabled={scan.isPending} onClick={() => scan.mutate(code.payload)}>
                  {t("phone.scanFrom", { org: code.organization })}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (manual.trim()) scan.mutate(manual, { onSuccess: () => setManual("") });
        }}
        noValidate
      >
        <Field
          id="phone-manual"
          label={t("phone.manualLabel")}
          help={t("phone.manual")}
          value={manual}
          onChange={(e) => setManual(e.target.value)}
        />
        <div className="actions start">
          <button type="submit" className="secondary" disabled={scan.isPending}>
            {t("phone.add")}
          </button>
        </div>
      </form>
      <p role="status" className="muted">
        {scan.isSuccess ? t("phone.scanned") : ""}
      </p>
      <ActionError error={scan.error} />
    </>
  );
}
