// Share links (scenario, language, start step, presenter mode, the company branding set in the studio: decision
// 0090), this browser's sessions at the fake login
// host, the API contract, and "reset all data".
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n";
import { scenarioId, startAt, type ScenarioId, type StartAt } from "../../api/contract";
import { useResetAll } from "../../api/queries";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { encodeBranding, SHARE_LINK_MAX } from "../../lib/shareBranding";
import { brandingsQuery } from "./brandingQuery";
import { BrowserSessions } from "./BrowserSessions";

export function DataPanel() {
  const { t, i18n } = useTranslation();
  const reset = useResetAll();
  const [scenario, setScenario] = useState<ScenarioId>("work-account");
  const [language, setLanguage] = useState<string>(i18n.language);
  const [step, setStep] = useState<StartAt>("mailbox");
  const [presenter, setPresenter] = useState(false);
  const [withBranding, setWithBranding] = useState(true);
  const [copied, setCopied] = useState(false);
  const brandings = useQuery({ ...brandingsQuery(), enabled: withBranding });
  const params = new URLSearchParams({ scenario, lang: language });
  if (step !== "mailbox") params.set("step", step);
  if (presenter) params.set("presenter", "1");
  const base = `${window.location.origin}/?${params.toString()}`;
  const shared = withBranding && brandings.data ? encodeBranding(brandings.data, base) : undefined;
  const link = shared ? `${base}&branding=${shared.param}` : base;
  return (
    <>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">{t("studio.data.heading")}</h2>
        <div className="field">
          <label htmlFor="share-scenario">{t("studio.data.scenario")}</label>
          <select id="share-scenario" value={scenario} onChange={(e) => setScenario(e.target.value as ScenarioId)}>
            {scenarioId.options.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="share-language">{t("studio.data.language")}</label>
          <select id="share-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="en">English</option>
            <option value="nl">Nederlands</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="share-step">{t("studio.data.step")}</label>
          <select id="share-step" value={step} onChange={(e) => setStep(e.target.value as StartAt)}>
            {startAt.options.map((option) => (
              <option key={option} value={option}>
                {t(`studio.data.stepOption.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={presenter} onChange={(e) => setPresenter(e.target.checked)} /> {t("studio.data.presenter")}
        </label>
        <label className="check">
          <input type="checkbox" checked={withBranding} onChange={(e) => setWithBranding(e.target.checked)} /> {t("studio.data.branding")}
        </label>
        {brandings.isError ? <ErrorPanel inline error={brandings.error} /> : null}
        {shared?.leftOut.length ? (
          <p className="muted" id="share-left-out">
            {t("studio.data.leftOut", {
              max: SHARE_LINK_MAX,
              images: shared.leftOut.map((x) => `${x.tenant}: ${t(`studio.branding.${x.image}`)}`).join(", "),
            })}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="share-link">{t("studio.data.link")}</label>
          <input
            id="share-link"
            readOnly
            value={link}
            aria-describedby={shared?.leftOut.length ? "share-left-out" : undefined}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <div className="actions start">
          <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>
            {copied ? t("studio.data.copied") : t("studio.data.copy")}
          </button>
        </div>
      </section>
      <BrowserSessions />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t("studio.data.reset")}</h2>
        <p>
          <a href="/openapi.json">{t("studio.data.contract")}</a>
        </p>
        {reset.isError ? <ErrorPanel inline error={reset.error} /> : null}
        <p role="status">{reset.isSuccess ? t("studio.data.resetDone") : ""}</p>
        <div className="actions start">
          <button type="button" className="secondary" disabled={reset.isPending} onClick={() => reset.mutate()}>
            {t("studio.data.reset")}
          </button>
        </div>
      </section>
    </>
  );
}
