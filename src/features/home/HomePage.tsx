// "/" — the scenario picker, grouped by what the scenarios show, each with its guest, path, outcome, spec rows
// and password (issue 12 §5). The scenario start: `/?scenario=<id>` resets the fake world to that story and opens the mailbox,
// so a link in a slide or a chat opens exactly that demo; `&branding=` brings the sender's company branding along.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../../i18n";
import { Link, useNavigate, useSearchParams } from "react-router";
import { scenarioId, startAt, type ScenarioId } from "../../api/contract";
import { demoQuery, useStartScenario } from "../../api/queries";
import { passwordOf, SCENARIO_CARDS, SCENARIO_GROUPS, type ScenarioCard } from "./catalogue";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Facts } from "../../ui/Facts";
import { StepHeading } from "../../ui/StepHeading";

const scenariosIn = (group: ScenarioCard["group"]) => scenarioId.options.filter((id) => SCENARIO_CARDS[id].group === group);

export function HomePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const requested = params.get("scenario");
  const parsed = requested === null ? undefined : v.safeParse(scenarioId, requested);
  const start = useStartScenario();
  const demo = useQuery(demoQuery());
  const started = useRef(false);
  const [brandingError, setBrandingError] = useState<unknown>();

  useEffect(() => {
    if (!parsed?.success || started.current) return;
    started.current = true;
    const step = v.safeParse(startAt, params.get("step"));
    const branding = params.get("branding");
    start.mutate(
      { scenarioId: parsed.output, startAt: step.success ? step.output : undefined },
      {
        onSuccess: (state) => {
          if (!branding) return navigate(state.startPath, { replace: true });
          // The sender's company branding (decision 0090), before the first page shows.
          import("./applySharedBranding")
            .then((m) => m.applySharedBranding(branding))
            .then(() => navigate(state.startPath, { replace: true }), setBrandingError);
        },
      },
    );
  }, [parsed, start, navigate, params]);

  if (start.isError || brandingError)
    return (
      <section className="card wide">
        <ErrorPanel error={start.error ?? brandingError} />
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
      {SCENARIO_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`home.group.${group}`)}</h2>
          <ul className="scenario-list">
            {scenariosIn(group).map((id: ScenarioId) => (
              <li key={id}>
                <p>{t(`scenarios.${id}`)}</p>
                <ScenarioFacts card={SCENARIO_CARDS[id]} />
                <button type="button" className="primary" disabled={start.isPending} onClick={() => navigateTo(id)}>
                  {t("home.start", { id })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
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

/** Who the guest is, the path, how the scenario ends, the spec rows and the password: all a presenter needs. */
function ScenarioFacts({ card }: { card: ScenarioCard }) {
  const { t } = useTranslation();
  const facts: Array<[string, string]> = [
    [t("home.guest"), card.guest],
    [t("home.path"), t(`home.paths.${card.path}`)],
    [t("home.outcome"), t(`home.outcomes.${card.outcome}`, { code: card.code ?? "" })],
    [t("home.rows"), card.rows],
    [t("home.password"), passwordOf(card) ?? t("home.noPassword")],
  ];
  return <Facts facts={facts} />;
}
