// S01 The simulated mailbox. `/mailbox` opens the current scenario's guest; `/mailbox/<address>` any address.
// It polls, so a second tab can watch mail arrive while the flow runs in the first.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useLanguagesReady, useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { Link, Navigate, useNavigate, useParams } from "react-router";
import { emailAddress, type MailMessage } from "../../api/contract";
import { demoQuery, mailboxQuery } from "../../api/queries";
import { Field } from "../../ui/Field";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";
import { MailMessageView, useMailText } from "./MailMessageView";

const inMailbox = (content: ReactNode) => <section className="mailbox">{content}</section>;

export function CurrentMailboxRedirect() {
  const demo = useQuery(demoQuery());
  const guard = guardQuery(demo, { bare: true });
  if (guard || !demo.data) return inMailbox(guard);
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
  const guard = guardQuery(mailbox, { bare: true, ready: languagesReady });
  if (guard || !mailbox.data) return inMailbox(guard);

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
  const form = useForm({
    draft: "mailbox-address",
    initial: { address: "" },
    validate: ({ address }) => ({ address: v.is(emailAddress, address) ? undefined : t("mailbox.invalidAddress") }),
  });
  return (
    <form
      className="inline-form"
      onSubmit={form.submit(({ address }) => navigate(`/mailbox/${encodeURIComponent(v.parse(emailAddress, address))}`))}
      noValidate
      aria-label={t("mailbox.otherAddress")}
    >
      <h2 className="sr-heading">{t("mailbox.otherAddress")}</h2>
      <Field id="mailbox-address" type="email" label={t("mailbox.addressLabel")} {...form.field("address")} />
      <button type="submit" className="secondary">
        {t("mailbox.go")}
      </button>
    </form>
  );
}
