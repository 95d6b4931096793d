// "/session/:sessionId/:step" — the step guard. The backend says which step is current; any other step in
// the URL (typed by hand, a back button, a stale tab) is replaced by it, so nothing can skip consent.
// Each step's screen is its own chunk (./steps.ts): usually loaded before it is needed (with the session's
// start, at boot for the URL's step, or as the likely next step); else the card says "Loading…" meanwhile.
import { useQuery } from "@tanstack/react-query";
import { Suspense, useCallback } from "react";
import { Link, Navigate, useParams } from "react-router";
import { ApiError } from "../api/client";
import type { StepName } from "../api/flow";
import { useWhenNetworkIdle } from "../api/idle";
import { sessionQuery } from "../api/queries";
import { Card, Loading } from "../ui/Card";
import { guardQuery } from "../ui/QueryGuard";
import { useTranslation } from "../i18n";
import { likelyNextStep, preloadStep, stepScreens } from "./steps";

/** The likely next step's screen, once this step has shown and its requests are done. */
function PrepareNextStep({ step }: { step: StepName }) {
  useWhenNetworkIdle(
    useCallback(() => {
      void preloadStep(likelyNextStep[step]).catch(() => undefined); // if it fails, it loads when it comes
    }, [step]),
  );
  return null;
}

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
  // Keyed by step so each step mounts fresh and moves focus to its heading. While a step's code loads, the
  // card shows "Loading…" as it did while the session loaded, so nothing on the page moves.
  return (
    <Suspense
      key={session.data.step}
      fallback={
        <Card>
          <Loading />
        </Card>
      }
    >
      <Step session={session.data} />
      <PrepareNextStep step={session.data.step} />
    </Suspense>
  );
}
