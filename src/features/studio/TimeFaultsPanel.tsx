// Time travel (the fake clock only moves forward) and fault injection for developers.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { faultEndpoints, faultSettings, TELEPHONY_DATES, type FaultSettings } from "../../api/contract";
import { demoQuery, passwordsQuery, useAdvanceClock, useClearFaults, useExpirePassword, useSaveFaults } from "../../api/queries";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { guardQuery } from "../../ui/QueryGuard";

export function TimeFaultsPanel() {
  const { t, i18n } = useTranslation();
  const demo = useQuery(demoQuery());
  const clock = useAdvanceClock();
  const guard = guardQuery(demo, { bare: true, inline: true, retry: false });
  if (guard || !demo.data) return guard;
  const time = formatDate(demo.data.now, i18n.language, "clock");
  const now = Date.parse(demo.data.now);
  // Addendum §12.8: jump to the day the passkey campaign starts or telephony retires (forward only).
  const jumps = (["campaign", "retired"] as const)
    .map((key) => ({ key, minutes: Math.ceil((Date.parse(TELEPHONY_DATES[key]) - now) / 60_000) }))
    .filter((jump) => jump.minutes > 0);
  return (
    <>
      <section aria-labelledby="time-heading">
        <h2 id="time-heading">{t("studio.time.heading")}</h2>
        <p role="status">{t("studio.time.now", { time })}</p>
        <div className="actions start">
          {(
            [
              [30, "plus30m"],
              [24 * 60, "plus24h"],
              [30 * 24 * 60, "plus30d"],
            ] as const
          ).map(([minutes, label]) => (
            <button key={label} type="button" className="secondary" disabled={clock.isPending} onClick={() => clock.mutate(minutes)}>
              {t(`studio.time.${label}`)}
            </button>
          ))}
          {jumps.map(({ key, minutes }) => (
            <button key={key} type="button" className="secondary" disabled={clock.isPending} onClick={() => clock.mutate(minutes)}>
              {t(`studio.time.${key}`, { date: formatDate(TELEPHONY_DATES[key], i18n.language, "day") })}
            </button>
          ))}
        </div>
        {clock.isError ? <ErrorPanel inline error={clock.error} /> : null}
      </section>
      <HomePasswords />
      <FaultsForm key={JSON.stringify(demo.data.faults)} initial={demo.data.faults} />
    </>
  );
}

/** The home tenant's admin expires a work account's password (AADSTS50055, addendum §14.2; decision 0074). */
function HomePasswords() {
  const { t } = useTranslation();
  const passwords = useQuery(passwordsQuery());
  const expire = useExpirePassword();
  const accounts = passwords.data?.accounts ?? [];
  if (accounts.length === 0) return null;
  return (
    <section aria-labelledby="passwords-heading">
      <h2 id="passwords-heading">{t("studio.time.passwords")}</h2>
      <ul>
        {accounts.map((account) => (
          <li key={account.email}>
            <span>{t(account.expired ? "studio.time.passwordExpired" : "studio.time.passwordValid", { email: account.email })}</span>{" "}
            {account.expired ? null : (
              <button type="button" className="secondary" disabled={expire.isPending} onClick={() => expire.mutate(account.email)}>
                {t("studio.time.expirePassword", { email: account.email })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {expire.isError ? <ErrorPanel inline error={expire.error} /> : null}
    </section>
  );
}

function FaultsForm({ initial }: { initial: FaultSettings }) {
  const { t } = useTranslation();
  const save = useSaveFaults();
  const clear = useClearFaults();
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const on =
    initial.offline || initial.latencyMs > 0 || initial.jitterMs > 0 || initial.failureRate > 0 || Boolean(initial.failingEndpoint);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = v.safeParse(faultSettings, value);
    setInvalid(!parsed.success);
    if (parsed.success) save.mutate(parsed.output);
  }
  const number = (id: string, key: "latencyMs" | "jitterMs" | "failureRate", label: string, step = "1") => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min="0"
        step={step}
        value={value[key]}
        onChange={(e) => setValue({ ...value, [key]: Number(e.target.value) })}
      />
    </div>
  );
  // Empty means "not set" (the default: Retry-After 5 s; every request to the endpoint fails).
  const optionalNumber = (id: string, key: "retryAfterSeconds" | "failCount", label: string, placeholder?: number) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={key === "failCount" ? "1" : "0"}
        step="1"
        placeholder={placeholder === undefined ? undefined : String(placeholder)}
        value={value[key] ?? ""}
        onChange={(e) => setValue({ ...value, [key]: e.target.value === "" ? undefined : Number(e.target.value) })}
      />
    </div>
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="faults-heading">
      <h2 id="faults-heading">{t("studio.time.faults")}</h2>
      <p role="status">{on ? t("studio.time.faultsOn") : t("studio.time.faultsOff")}</p>
      {number("fault-latency", "latencyMs", t("studio.time.latency"))}
      {number("fault-jitter", "jitterMs", t("studio.time.jitter"))}
      {number("fault-rate", "failureRate", t("studio.time.failureRate"), "0.05")}
      <div className="field">
        <label htmlFor="fault-endpoint">{t("studio.time.endpoint")}</label>
        <select
          id="fault-endpoint"
          value={value.failingEndpoint ?? ""}
          onChange={(e) => setValue({ ...value, failingEndpoint: (e.target.value || undefined) as FaultSettings["failingEndpoint"] })}
        >
          <option value="">{t("studio.time.none")}</option>
          {faultEndpoints.options.map((endpoint) => (
            <option key={endpoint} value={endpoint}>
              {endpoint}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="fault-status">{t("studio.time.failStatus")}</label>
        <select
          id="fault-status"
          value={value.failStatus ?? 503}
          onChange={(e) => setValue({ ...value, failStatus: Number(e.target.value) === 429 ? 429 : undefined })}
        >
          <option value={503}>{t("studio.time.status503")}</option>
          <option value={429}>{t("studio.time.status429")}</option>
        </select>
      </div>
      {optionalNumber("fault-retry-after", "retryAfterSeconds", t("studio.time.retryAfter"), 5)}
      {optionalNumber("fault-count", "failCount", t("studio.time.failCount"))}
      <label className="check">
        <input type="checkbox" checked={value.offline} onChange={(e) => setValue({ ...value, offline: e.target.checked })} />{" "}
        {t("studio.time.offline")}
      </label>
      {invalid ? (
        <p className="alert" role="alert">
          {t("studio.settings.invalid", { fields: "latency, failure rate, Retry-After, N" })}
        </p>
      ) : null}
      {save.isError ? <ErrorPanel inline error={save.error} /> : null}
      <div className="actions start">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t("studio.time.applyFaults")}
        </button>
        <button type="button" className="secondary" disabled={clear.isPending} onClick={() => clear.mutate()}>
          {t("studio.time.clearFaults")}
        </button>
      </div>
    </form>
  );
}
