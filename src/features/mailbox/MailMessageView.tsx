// S02 S03 S04 The invitation e-mail (and the code and notification e-mails), laid out with every element of spec §4.0, in the e-mail's own language (not
// necessarily the UI's). The personal message is plain text: HTML in it is shown, never interpreted.
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { Link } from "react-router";
import type { MailMessage } from "../../api/contract";
import { Initials } from "../../ui/Card";
import { ExternalLink } from "../../ui/ExternalLink";
import { StepHeading } from "../../ui/StepHeading";

/** Sender name and subject of any message, in the message's own language. */
export function useMailText(message: MailMessage) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(message.language);
  switch (message.kind) {
    case "invitation":
      return {
        t,
        from: t("email.fromOnBehalf", { org: message.invitation.organizationName }),
        subject: t("email.subject", { inviter: message.invitation.inviterName }),
      };
    case "passcode":
      return {
        t,
        from: t("codeEmail.passcodeFrom", { org: message.passcode.organizationName }),
        subject: t("codeEmail.passcodeSubject", { org: message.passcode.organizationName }),
      };
    case "account-verification":
      return { t, from: message.from.name, subject: t("codeEmail.verificationSubject") };
    case "notification":
      return {
        t,
        from: t("email.fromOnBehalf", { org: message.notification.organizationName }),
        subject: t("notificationEmail.subject", { org: message.notification.organizationName }),
      };
    case "consent-request":
      return {
        t,
        from: message.from.name,
        subject: t<"consentRequestEmail.subject">(`consentRequestEmail.subject.${message.consentRequest.event}`, {
          app: message.consentRequest.appName,
        }),
      };
  }
}

function blockLink(message: Of<"invitation">): string {
  const redeem = new URL(message.invitation.redeemUrl, window.location.origin);
  const params = new URLSearchParams({
    tenant: redeem.searchParams.get("tenant") ?? "",
    email: message.to,
    org: message.invitation.organizationName,
  });
  return `/block-invitations?${params.toString()}`;
}

/** Only the redeem link of this simulator is followed in-app; its path and query are kept verbatim. */
function inAppPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return parsed.origin === window.location.origin ? `${parsed.pathname}${parsed.search}` : "/";
}

export function MailMessageView({ message }: { message: MailMessage }) {
  const { i18n } = useTranslation();
  const { from, subject } = useMailText(message);
  const ui = i18n.t.bind(i18n);
  return (
    <article lang={message.language} aria-labelledby="mail-subject">
      <StepHeading>
        <span id="mail-subject">{subject}</span>
      </StepHeading>
      <dl className="mail-headers" lang={i18n.language}>
        <dt>{ui("mailbox.messageFrom")}</dt>
        <dd>
          {from} &lt;{message.from.address}&gt;
        </dd>
        {message.replyTo ? (
          <>
            <dt>{ui("mailbox.messageReplyTo")}</dt>
            <dd>{message.replyTo}</dd>
          </>
        ) : null}
        <dt>{ui("mailbox.messageTo")}</dt>
        <dd>{message.to}</dd>
        {message.cc ? (
          <>
            <dt>{ui("mailbox.messageCc")}</dt>
            <dd>{message.cc.join(", ")}</dd>
          </>
        ) : null}
        <dt>{ui("mailbox.messageDate")}</dt>
        <dd>{formatDate(message.receivedAt, i18n.language, "received")}</dd>
      </dl>
      {message.kind === "invitation" ? (
        <InvitationBody message={message} />
      ) : message.kind === "notification" ? (
        <NotificationBody message={message} />
      ) : message.kind === "consent-request" ? (
        <ConsentRequestBody message={message} />
      ) : (
        <CodeBody message={message} />
      )}
    </article>
  );
}

type Of<K extends MailMessage["kind"]> = Extract<MailMessage, { kind: K }>;

function CodeBody({ message }: { message: Of<"passcode"> | Of<"account-verification"> }) {
  const { t } = useMailText(message);
  const passcode = message.kind === "passcode" ? message.passcode : undefined;
  const code = passcode ? passcode.code : message.kind === "account-verification" ? message.verification.code : "";
  return (
    <div className="email-body">
      <p>{passcode ? t("codeEmail.passcodeBody", { org: passcode.organizationName }) : t("codeEmail.verificationBody")}</p>
      <p className="code-box">
        <span className="sr-only">{t("codeEmail.codeLabel")}: </span>
        {code}
      </p>
      {passcode ? <p>{t("codeEmail.passcodeExpiry", { count: passcode.validityMinutes })}</p> : null}
      <p className="muted">{passcode ? t("codeEmail.passcodeIgnore") : t("codeEmail.verificationIgnore")}</p>
    </div>
  );
}

/**
 * The admin consent workflow's e-mail to the requester (ED admin-consent-workflow-overview): on submission,
 * approval, denial and expiry. Its wording is not documented (GAP): the simulator's own, docs/decisions/0077.
 */
function ConsentRequestBody({ message }: { message: Of<"consent-request"> }) {
  const { t } = useMailText(message);
  const info = message.consentRequest;
  const values = {
    app: info.appName,
    org: info.organizationName,
    date: formatDate(info.expiresDateTime, message.language, "day"),
  };
  return (
    <div className="email-body">
      <p>{t<"consentRequestEmail.body">(`consentRequestEmail.body.${info.event}`, values)}</p>
      {info.event === "submitted" && info.reason ? (
        <>
          <p>{t("consentRequestEmail.yourReason")}</p>
          <p className="personal-message">{info.reason}</p>
        </>
      ) : null}
      {info.event === "denied" && info.reviewerJustification ? (
        <>
          <p>{t("consentRequestEmail.reviewerReason")}</p>
          <p className="personal-message">{info.reviewerJustification}</p>
        </>
      ) : null}
      <div className="email-footer">
        <p>{t("consentRequestEmail.footer")}</p>
      </div>
    </div>
  );
}

/** Automatic redemption's B2B notification (spec §5.1): informational, nothing to accept. */
function NotificationBody({ message }: { message: Of<"notification"> }) {
  const { t } = useMailText(message);
  const info = message.notification;
  return (
    <div className="email-body">
      <p>{t("notificationEmail.body", { org: info.organizationName, domain: info.organizationDomain })}</p>
      <p>
        <Link className="button primary" to={inAppPath(info.myAppsUrl)}>
          {t("notificationEmail.open")}
        </Link>
      </p>
      <div className="email-footer">
        <p>{t("email.sentBy")}</p>
      </div>
    </div>
  );
}

function InvitationBody({ message }: { message: Of<"invitation"> }) {
  const { t } = useMailText(message);
  const inv = message.invitation;
  return (
    <div className="email-body">
      <p className="phishing">{t("email.phishing")}</p>
      <p className="org-line">
        <Initials name={inv.inviterName} />
        <span>
          {inv.inviterEmail
            ? t("email.invitedBy", { inviter: inv.inviterName, inviterEmail: inv.inviterEmail })
            : t("email.invitedByNoEmail", { inviter: inv.inviterName })}
        </span>
      </p>
      <dl className="mail-headers">
        <dt>{t("email.organization")}</dt>
        <dd>{inv.organizationName}</dd>
        <dt>{t("email.domain")}</dt>
        <dd>{inv.organizationDomain}</dd>
      </dl>
      {inv.personalMessage ? (
        <>
          <p>{t("email.messageFrom", { inviter: inv.inviterName })}</p>
          <p className="personal-message">{inv.personalMessage}</p>
        </>
      ) : null}
      <p>
        <Link className="button primary" to={inAppPath(inv.redeemUrl)}>
          {t("email.accept")}
        </Link>
      </p>
      <p>{t("email.destination", { url: inv.redirectUrl })}</p>
      <div className="email-footer">
        <p>{t("email.footerInfo", { org: inv.organizationName })}</p>
        <p>
          <Link to={blockLink(message)}>{t("email.block")}</Link>
        </p>
        <p>
          {inv.privacyStatementUrl ? (
            <ExternalLink href={inv.privacyStatementUrl}>{t("email.privacyLink", { org: inv.organizationName })}</ExternalLink>
          ) : (
            t("email.privacyMissing", { org: inv.organizationName })
          )}
        </p>
        <p>{t("email.sentBy")}</p>
      </div>
    </div>
  );
}
