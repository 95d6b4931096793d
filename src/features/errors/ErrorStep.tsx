// S31 S33 The steps where the flow ends on Entra's error page (spec §4.7, §4.9, §6; addendum §14): the wrong
// account (AADSTS50020), no sign-in method on a direct link (D10, §4.7 SIM-ASSUMPTION: AADSTS50020), and the
// blocks after sign-in — Conditional Access (AADSTS53003), cross-tenant access (AADSTS500212 outbound,
// AADSTS500213 inbound), a disabled account (AADSTS50057), a denied Authenticator request (AADSTS500121), tenant
// restrictions on the guest's network (AADSTS500021, 5000211), an app not assigned (AADSTS50105), a device
// requirement (AADSTS53000, 53001; the Conditional Access variant with device fields), risk (AADSTS53004 proof-up
// blocked; 53011 with Identity Protection's "Your account is blocked"), an unmanaged home directory (AADSTS65005)
// — in the one layout (src/ui/EntraErrorPage.tsx). The
// backend words Entra's message and gives the troubleshooting facts; two blocks have no documented code (a
// domain blocked after the invitation, D12; a redemption method switched off, decision 0040): their page
// names them in the guest's language. Why it happened is the studio's explain panel's.
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { ActionError } from "../../ui/ActionError";
import { Card } from "../../ui/Card";
import { EntraErrorPage } from "../../ui/EntraErrorPage";

export function ErrorStep({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const action = useSessionAction(session.id);
  const error = session.entraError;
  const facts = error ?? { timestamp: new Date(0).toISOString() };
  const blocked = session.blocked;
  // Without a documented code, the page's own words (blocked.<name>), else "Something went wrong".
  const own: `blocked.${string}` | "errors.Unknown" | undefined =
    error?.code === undefined
      ? blocked && i18n.exists(`blocked.${blocked.code}.title`)
        ? `blocked.${blocked.code}`
        : "errors.Unknown"
      : undefined;
  const values = { ...blocked?.details, code: blocked?.code ?? "" };
  // A coded error with a page of its own: the risk block's "Your account is blocked" (decision 0085).
  const variant = error?.code && i18n.exists(`entraError.variant.${error.code}.title`) ? error.code : undefined;
  return (
    <Card organization={session.invitation.organization.name} branding={session.invitation.organization.branding}>
      <EntraErrorPage
        code={error?.code}
        message={own ? t<"blocked" | "errors">(`${own}.body`, values) : (error?.message ?? "")}
        heading={
          own
            ? t<"blocked" | "errors">(`${own}.title`, values)
            : variant
              ? t<"entraError">(`entraError.variant.${variant}.title`)
              : undefined
        }
        lead={variant ? t<"entraError">(`entraError.variant.${variant}.lead`) : undefined}
        facts={facts}
        signOut={error?.signOut ? { onClick: () => action.mutate({ kind: "restart-sign-in" }), busy: action.isPending } : undefined}
      >
        <ActionError error={action.error} />
      </EntraErrorPage>
    </Card>
  );
}
