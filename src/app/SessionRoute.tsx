// "/session/:sessionId/:step" — the step guard. The backend says which step is current; any other step in
// the URL (typed by hand, a back button, a stale tab) is replaced by it, so nothing can skip consent.
import { useQuery } from "@tanstack/react-query";
import { Link, Navigate, useParams } from "react-router";
import { ApiError } from "../api/client";
import type { SessionView } from "../api/contract";
import type { StepName } from "../api/flow";
import { sessionQuery } from "../api/queries";
import { BlockedStep } from "../features/errors/BlockedStep";
import { MfaStep } from "../features/mfa/MfaStep";
import { TermsDeclined, TermsStep } from "../features/terms/TermsStep";
import { ChooseAccountStep } from "../features/account-chooser/ChooseAccountStep";
import { CreateAccountStep } from "../features/create-account/CreateAccountStep";
import { NoIdentityProviderStep } from "../features/errors/NoIdentityProviderStep";
import { PasscodeEnterStep } from "../features/passcode/PasscodeEnterStep";
import { PasscodeSendStep } from "../features/passcode/PasscodeSendStep";
import { ConsentCancelled } from "../features/consent/ConsentCancelled";
import { ConsentStep } from "../features/consent/ConsentStep";
import { WrongAccountStep } from "../features/errors/WrongAccountStep";
import { DoneStep } from "../features/landing/DoneStep";
import { SignInStep } from "../features/sign-in/SignInStep";
import { guardQuery } from "../ui/QueryGuard";
import { useTranslation } from "../i18n";

/** The screen of every step of the flow table (a step without one fails the typecheck). */
export const stepScreens: Record<StepName, (props: { session: SessionView }) => React.JSX.Element> = {
  "sign-in": SignInStep,
  "choose-account": ChooseAccountStep,
  "otp-send": PasscodeSendStep,
  "otp-enter": PasscodeEnterStep,
  "create-account": CreateAccountStep,
  "no-identity-provider": NoIdentityProviderStep,
  "mfa-register": MfaStep,
  "mfa-challenge": MfaStep,
  terms: TermsStep,
  "terms-declined": TermsDeclined,
  blocked: BlockedStep,
  consent: ConsentStep,
  "consent-cancelled": ConsentCancelled,
  "wrong-account": WrongAccountStep,
  done: DoneStep,
};

export function SessionRoute() {
  const { sessionId = "", step } = useParams();
  const { t } = useTranslation();
  const session = useQuery(sessionQuery(sessionId));
  // An ended or unknown session cannot come back by trying again: the way on is the invitation e-mail.
  const ended = session.error instanceof ApiError && (session.error.status === 404 || session.error.status === 410);
  const guard = guardQuery(
    session,
    ended
      ? {
          errorActions: (
            <Link className="button primary" to="/mailbox">
              {t("app.openMailbox")}
            </Link>
          ),
        }
      : {},
  );
  if (guard || !session.data) return guard;
  if (session.data.step !== step) {
    return <Navigate replace to={`/session/${encodeURIComponent(sessionId)}/${session.data.step}`} />;
  }
  const Step = stepScreens[session.data.step];
  // Keyed by step so each step mounts fresh and moves focus to its heading.
  return <Step key={session.data.step} session={session.data} />;
}
