// The simulated mailbox. `/mailbox` opens the current scenario's guest; `/mailbox/<address>` any address.
// It polls, so a second tab can watch mail arrive while the flow runs in the first.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useLanguagesReady, useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { Link, Navigate, useNavigate, useParams } from "react-router";
import { emailAddress, type MailMessage } from "../../api/contract";
import { demoQuery, mailboxQuery } from "../../api/queries";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Loading } from "../../ui/Card";
import { StepHeading } from "../../ui/StepHeading";
import { MailMessageView, useMailText } from "./MailMessageView";

export function CurrentMailboxRedirect() {
  const demo = useQuery(demoQuery());
  if (demo.isError)
    return (
      <section className="mailbox">
        <ErrorPanel error={demo.error} onRetry={() => void demo.refetch()} />
      </section>
    );
  if (!demo.data) return <Loading />;
  return <Navigate replace to={`/mailbox/${encodeURIComponent(demo.data.guestEmail)}`} />;
}

export function MailboxPage() {
  const { t } = useTranslation();
  const { address = "", messageId } = useParams();
  const parsed = v.safeParse(emailAddress, address);
  const mailbox = useQuery({ ...mailboxQuery(parsed.success ? parsed.output : ""), enabled: parsed.success });
  const languagesReady = useLanguagesReady([...new Set(mailbox.data?.messages.map((m) => m.language) ?? [])]);

  if (!parsed.success) {
    return (
      <section className="mailbox">
        <StepHeading>{t("mailbox.heading", { address })}</StepHeading>
        <p className="alert" role="alert">
          {t("mailbox.invalidAddress")}
        </p>
        <OtherMailbox />
      </section>
    );
  }
  if (mailbox.isError)
    return (
      <section className="mailbox">
        <ErrorPanel error={mailbox.error} onRetry={() => void mailbox.refetch()} />
      </section>
    );
  if (!mailbox.data || !languagesReady) return <Loading />;

  const open = mailbox.data.messages.find((m) => m.id === messageId);
  if (open) {
    return (
      <section className="mailbox">
        <p>
          <Link to={`/mailbox/${encodeURIComponent(parsed.output)}`}>{t("mailbox.back")}</Link>
        </p>
        <MailMessageView message={open} />
      </section>
    );
  }
  return (
    <section className="mailbox">
      <StepHeading>{t("mailbox.heading", { address: parsed.output })}</StepHeading>
      {mailbox.data.messages.length === 0 ? (
        <p>{t("mailbox.empty", { address: parsed.output })}</p>
      ) : (
        <ul className="message-list" aria-label={t("mailbox.listLabel")}>
          {mailbox.data.messages.map((message) => (
            <MessageRow key={message.id} message={message} address={parsed.output} />
          ))}
        </ul>
      )}
      <OtherMailbox />
    </section>
  );
}

function MessageRow({ message, address }: { message: MailMessage; address: string }) {
  const { i18n } = useTranslation();
  const text = useMailText(message);
  return (
    <li>
      <Link to={`/mailbox/${encodeURIComponent(address)}/${message.id}`}>
        <span className="from">{text.from}</span>
        <span className="muted">{formatDate(message.receivedAt, i18n.language, "received")}</span>
        <span className="subject">{text.subject}</span>
      </Link>
    </li>
  );
}

function OtherMailbox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState("");
  const [error, setError] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = v.safeParse(emailAddress, value);
    setError(!parsed.success);
    if (parsed.success) navigate(`/mailbox/${encodeURIComponent(parsed.output)}`);
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t("mailbox.otherAddress")}>
      <h2 className="sr-heading">{t("mailbox.otherAddress")}</h2>
      <div className="field">
        <label htmlFor="mailbox-address">{t("mailbox.addressLabel")}</label>
        <input
          id="mailbox-address"
          type="email"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error}
          aria-describedby={error ? "mailbox-address-error" : undefined}
        />
        {error ? (
          <p id="mailbox-address-error" className="field-error" role="alert">
            {t("mailbox.invalidAddress")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="secondary">
        {t("mailbox.go")}
      </button>
    </form>
  );
}
