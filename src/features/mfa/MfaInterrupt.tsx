// S50 "More information required" (addendum §12.2): the interrupt before "Keep your account secure". Next opens
// the wizard; "Use a different account" signs in again; "Learn more" (a GAP, SIM-ASSUMPTION: shown) opens the
// combined-registration doc. "Skip for now" belongs to registration campaigns only, not to an MFA requirement.
import { mfaBranding } from "./mfaBranding";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { ExternalLink } from "../../ui/ExternalLink";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { IdentityBanner } from "./parts";

const LEARN_MORE = "https://learn.microsoft.com/entra/identity/authentication/concept-registration-mfa-sspr-combined";

export function MfaInterrupt({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const org = session.invitation.organization.name;
  return (
    <Card organization={org} branding={mfaBranding(session)} logoAlt="">
      <IdentityBanner session={session} />
      <StepHeading>{t("mfa.interrupt.heading")}</StepHeading>
      <p>{t("mfa.interrupt.body", { org })}</p>
      <p>
        <button
          type="button"
          className="link-button"
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: "restart-sign-in" })}
        >
          {t("mfa.interrupt.otherAccount")}
        </button>
      </p>
      <p>
        <ExternalLink href={LEARN_MORE}>{t("mfa.interrupt.learnMore")}</ExternalLink>
      </p>
      <ActionError error={action.error} />
      <FormFooter
        primary={{ label: t("mfa.interrupt.next"), onClick: () => action.mutate({ kind: "mfa/proof-up" }) }}
        busy={action.isPending}
      />
    </Card>
  );
}
