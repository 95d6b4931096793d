// The invite composer (portal-style "Invite external user") and a raw Graph console for
// POST /v1.0/invitations, request and response side by side, errors included.
import { useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n";
import { Link } from "react-router";
import { useGraphInvite } from "../../api/queries";
import { useDraft } from "../../ui/useDraft";

const EXAMPLE = JSON.stringify(
  {
    invitedUserEmailAddress: "kai@northwind.example",
    invitedUserDisplayName: "Kai Carter",
    inviteRedirectUrl: "https://myapps.microsoft.com",
    sendInvitationMessage: true,
    invitedUserMessageInfo: { customizedMessageBody: "Welcome!", messageLanguage: "nl-NL" },
  },
  null,
  2,
);

interface Composer {
  email: string;
  name: string;
  redirect: string;
  send: boolean;
  message: string;
  cc: string;
  language: string;
}

export function InvitePanel() {
  const { t } = useTranslation();
  const invite = useGraphInvite();
  const consoleCall = useGraphInvite();
  const [form, setForm] = useDraft<Composer>("studio-invite", {
    email: "",
    name: "",
    redirect: "https://myapps.microsoft.com",
    send: true,
    message: "",
    cc: "",
    language: "",
  });
  const [raw, setRaw] = useDraft("studio-graph-console", EXAMPLE);
  const [rawError, setRawError] = useState(false);
  // An edit makes the last answer stale: its "created" line or error goes until the next Invite.
  const set = <K extends keyof Composer>(key: K, value: Composer[K]) => {
    if (!invite.isPending) invite.reset();
    setForm({ ...form, [key]: value });
  };

  function compose(event: FormEvent) {
    event.preventDefault();
    invite.mutate({
      invitedUserEmailAddress: form.email,
      invitedUserDisplayName: form.name || undefined,
      inviteRedirectUrl: form.redirect,
      sendInvitationMessage: form.send,
      invitedUserMessageInfo: {
        customizedMessageBody: form.message || undefined,
        messageLanguage: form.language || undefined,
        ccRecipients: form.cc ? [{ emailAddress: { address: form.cc } }] : undefined,
      },
    });
  }
  function sendRaw(event: FormEvent) {
    event.preventDefault();
    try {
      JSON.parse(raw);
    } catch {
      setRawError(true);
      return;
    }
    setRawError(false);
    consoleCall.mutate(raw);
  }
  const createdEmail = (invite.data?.body as { invitedUserEmailAddress?: string } | null)?.invitedUserEmailAddress;
  const text = (id: string, label: string, key: "email" | "name" | "redirect" | "cc", type = "text") => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={form[key]} onChange={(e) => set(key, e.target.value)} />
    </div>
  );

  return (
    <>
      <form onSubmit={compose} noValidate aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("studio.invite.heading")}</h2>
        {text("inv-email", t("studio.invite.email"), "email", "email")}
        {text("inv-name", t("studio.invite.name"), "name")}
        {text("inv-redirect", t("studio.invite.redirect"), "redirect", "url")}
        <label className="check">
          <input type="checkbox" checked={form.send} onChange={(e) => set("send", e.target.checked)} /> {t("studio.invite.send")}
        </label>
        <div className="field">
          <label htmlFor="inv-message">{t("studio.invite.message")}</label>
          <textarea id="inv-message" rows={3} value={form.message} onChange={(e) => set("message", e.target.value)} />
        </div>
        {text("inv-cc", t("studio.invite.cc"), "cc", "email")}
        <div className="field">
          <label htmlFor="inv-language">{t("studio.invite.language")}</label>
          <select id="inv-language" value={form.language} onChange={(e) => set("language", e.target.value)}>
            <option value="">{t("studio.invite.languageDefault")}</option>
            <option value="en-US">English (en-US)</option>
            <option value="nl-NL">Nederlands (nl-NL)</option>
          </select>
        </div>
        <div className="actions start">
          <button type="submit" className="primary" disabled={invite.isPending}>
            {t("studio.invite.submit")}
          </button>
        </div>
        <div role="status">
          {invite.data && invite.data.status === 201 && createdEmail ? (
            <p>
              {t("studio.invite.created", { email: createdEmail })}{" "}
              <Link to={`/mailbox/${encodeURIComponent(createdEmail)}`}>{t("studio.invite.openMailbox", { email: createdEmail })}</Link>
            </p>
          ) : null}
        </div>
        {invite.data && invite.data.status !== 201 ? <pre className="json">{JSON.stringify(invite.data.body, null, 2)}</pre> : null}
      </form>
      <form onSubmit={sendRaw} noValidate aria-labelledby="console-heading">
        <h2 id="console-heading">{t("studio.invite.console")}</h2>
        <p className="muted">{t("studio.invite.consoleHelp")}</p>
        <div className="console">
          <div className="field">
            <label htmlFor="graph-request">{t("studio.invite.request")}</label>
            <textarea
              id="graph-request"
              rows={12}
              spellCheck={false}
              value={raw}
              aria-invalid={rawError ? true : undefined}
              aria-describedby={rawError ? "graph-request-error" : undefined}
              onChange={(e) => setRaw(e.target.value)}
            />
            {rawError ? (
              <p id="graph-request-error" className="field-error" role="alert">
                {t("studio.invite.notJson")}
              </p>
            ) : null}
          </div>
          <div className="actions start">
            <button type="submit" className="primary" disabled={consoleCall.isPending}>
              {t("studio.invite.sendRequest")}
            </button>
          </div>
          <div className="field">
            <p id="graph-response-label">{t("studio.invite.response")}</p>
            {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus */}
            <pre className="json" aria-labelledby="graph-response-label" tabIndex={0}>
              {consoleCall.data ? `HTTP ${consoleCall.data.status}\n${JSON.stringify(consoleCall.data.body, null, 2)}` : ""}
            </pre>
          </div>
        </div>
      </form>
    </>
  );
}
