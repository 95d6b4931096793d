// S33 Where policy stops a guest after sign-in (spec §6): Conditional Access (AADSTS53003), cross-tenant access
// (AADSTS500212 outbound, AADSTS500213 inbound), a disabled account (AADSTS50057), and a domain blocked
// after the invitation (D12). Each cause has its own title, explanation and next step.
import { useState } from "react";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { Card } from "../../ui/Card";
import { TechnicalDetails } from "../../ui/ErrorPanel";
import { StepHeading } from "../../ui/StepHeading";

export function BlockedStep({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const [shownAt] = useState(() => new Date().toISOString());
  const blocked = session.blocked ?? { code: "Unknown", details: {} };
  const key: `blocked.${string}` | "errors.Unknown" = i18n.exists(`blocked.${blocked.code}.title`)
    ? `blocked.${blocked.code}`
    : "errors.Unknown";
  const values = { ...blocked.details, code: blocked.code };
  return (
    <Card organization={session.invitation.organization.name}>
      <StepHeading>{t<"blocked" | "errors">(`${key}.title`, values)}</StepHeading>
      <p>{t<"blocked" | "errors">(`${key}.body`, values)}</p>
      <p>{t("blocked.next")}</p>
      <TechnicalDetails facts={{ code: blocked.code, details: {}, correlationId: session.id, timestamp: shownAt }} />
    </Card>
  );
}
