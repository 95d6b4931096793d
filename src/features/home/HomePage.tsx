// "/" — the scenario start. `/?scenario=<id>` resets the fake world to that story and opens the mailbox,
// so a link in a slide or a chat opens exactly that demo.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n";
import { Link, useNavigate, useSearchParams } from "react-router";
import { scenarioId, startAt, type ScenarioId } from "../../api/contract";
import { demoQuery, useStartScenario } from "../../api/queries";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { StepHeading } from "../../ui/StepHeading";

export function HomePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const requested = params.get("scenario");
  const parsed = requested === null ? undefined : v.safeParse(scenarioId, requested);
  const start = useStartScenario();
  const demo = useQuery(demoQuery());
  const started = useRef(false);

  useEffect(() => {
    if (!parsed?.success || started.current) return;
    started.current = true;
    const step = v.safeParse(startAt, params.get("step"));
    start.mutate(
      { scenarioId: parsed.output, startAt: step.success ? step.output : undefined },
      { onSuccess: (state) => navigate(state.startPath, { replace: true }) },
    );
  }, [parsed, start, navigate, params]);

  if (start.isError)
    return (
      <section className="card wide">
        <ErrorPanel error={start.error} />
      </section>
    );
  if (parsed?.success) {
    return (
      <section className="card wide">
        <p role="status">{t("home.starting")}</p>
      </section>
    );
  }

  return (
    <section className="card wide">
      <StepHeading>{t("home.heading")}</StepHeading>
      <p>{t("home.intro")}</p>
      {requested !== null ? (
        <p className="alert" role="alert">
          {t("home.unknownScenario", { id: requested })}
        </p>
      ) : null}
      <ul className="scenario-list">
        {scenarioId.options.map((id: ScenarioId) => (
          <li key={id}>
            <p>{t(`scenarios.${id}`)}</p>
            <button type="button" className="primary" disabled={start.isPending} onClick={() => navigateTo(id)}>
              {t("home.start", { id })}
            </button>
          </li>
        ))}
      </ul>
      {/* Below the list: it appears once the fake world answers, and must not push the list down. */}
      {demo.data ? (
        <p>
          {t("home.current", { id: demo.data.scenarioId, email: demo.data.guestEmail })} <Link to="/mailbox">{t("home.openMailbox")}</Link>
        </p>
      ) : null}
    </section>
  );

  function navigateTo(id: ScenarioId) {
    start.mutate({ scenarioId: id }, { onSuccess: (state) => navigate(state.startPath) });
  }
}
