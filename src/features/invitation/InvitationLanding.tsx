// E1 "/redeem?tenant&user&ticket" — what Accept invitation opens. GET only shows who invited whom to what;
// nothing is redeemed until the guest continues (mail scanners pre-open links).
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n";
import { useNavigate, useSearchParams } from "react-router";
import { invitationLocator } from "../../api/contract";
import { ApiError } from "../../api/client";
import { invitationQuery, useStartSession } from "../../api/queries";
import { useAuthReady } from "../../auth/context";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { FormFooter } from "../../ui/FormFooter";
import { guardQuery } from "../../ui/QueryGuard";
import { StepHeading } from "../../ui/StepHeading";

export function InvitationLanding() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const locator = v.safeParse(invitationLocator, Object.fromEntries(params));
  const invitation = useQuery({
    ...invitationQuery(locator.success ? locator.output : { tenant: "", user: "", ticket: "" }),
    enabled: locator.success,
  });
  const start = useStartSession();
  // Prefetch the sign-in library after first paint: the next click may open its popup.
  useAuthReady();

  if (!locator.success) {
    return (
      <Card>
        <ErrorPanel error={new ApiError("InvitationNotFound", 400, "The link is incomplete.")} />
      </Card>
    );
  }
  const guard = guardQuery(invitation);
  if (guard || !invitation.data) return guard;

  const view = invitation.data;
  const org = view.organization;
  const redeemed = view.status === "Completed";
  return (
    <Card organization={org.name}>
      <StepHeading>{t("landing.heading", { org: org.name })}</StepHeading>
      <p>
        {view.inviter
          ? t("landing.body", { inviter: view.inviter.name, org: org.name, domain: org.domain, email: view.invitedEmail })
          : t("landing.bodyNoInviter", { org: org.name, domain: org.domain, email: view.invitedEmail })}
      </p>
      <p className="muted">{redeemed ? t("landing.alreadyRedeemed", { org: org.name }) : t("landing.scannerNote")}</p>
      <ActionError error={start.error} />
      <FormFooter
        primary={{
          label: redeemed ? t("landing.continueSignIn") : t("landing.continue"),
          onClick: () => start.mutate(locator.output, { onSuccess: (session) => navigate(`/session/${session.id}/${session.step}`) }),
        }}
        busy={start.isPending}
      />
    </Card>
  );
}
