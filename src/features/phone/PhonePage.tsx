// "/phone" — the guest's simulated phone: Authenticator sign-in requests to approve or deny, and text
// messages. It polls, so it can sit in a second tab while the guest signs in in the first.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { phoneQuery, useAnswerPush } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";

export function PhonePage() {
  const { t, i18n } = useTranslation();
  const phone = useQuery(phoneQuery());
  const answer = useAnswerPush();
  const guard = guardQuery(phone, { bare: true });
  if (guard || !phone.data) return guard;
  return (
    <section className="phone" aria-labelledby="phone-heading">
      <div id="phone-heading">
        <StepHeading>{t("phone.heading")}</StepHeading>
      </div>
      <p className="muted">{t("phone.intro")}</p>
      <h2>{t("phone.pushes")}</h2>
      {phone.data.pushes.length === 0 ? <p className="muted">{t("phone.noPushes")}</p> : null}
      <ul>
        {phone.data.pushes.map((push) => (
          <li key={push.id}>
            <p>{t("phone.pushFor", { org: push.organization, account: push.account })}</p>
            <div className="actions start">
              <button
                type="button"
                className="primary"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ pushId: push.id, decision: "approve" })}
              >
                {t("phone.approve")}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ pushId: push.id, decision: "deny" })}
              >
                {t("phone.deny")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ActionError error={answer.error} />
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
