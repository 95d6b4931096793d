// Live tenant settings: Contoso's policies as one form; saved settings apply from the next step on.
import * as v from "valibot";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState, type FormEvent, type ReactNode } from "react";
import { Loading } from "../../ui/Card";
import { useTranslation } from "../../i18n";
import { tenantSettings, type TenantSettings } from "../../api/contract";
import { settingsQuery, useResetSettings, useSaveSettings } from "../../api/queries";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { guardQuery } from "../../ui/QueryGuard";
import { useDraft } from "../../ui/useDraft";

const BrandingEditor = lazy(() => import("./BrandingEditor"));

function field(id: string, label: string, input: ReactNode) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
    </div>
  );
}

const lines = (value: string) =>
  value
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export function SettingsPanel() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery());
  const guard = guardQuery(settings, { bare: true, inline: true, retry: false });
  if (guard || !settings.data) return guard;
  return (
    <>
      <SettingsForm initial={settings.data} t={t} />
      {/* Company branding (addendum §13.1): its own chunk, loaded with this tab. */}
      <Suspense fallback={<Loading />}>
        <BrandingEditor />
      </Suspense>
    </>
  );
}

function SettingsForm({ initial, t }: { initial: TenantSettings; t: ReturnType<typeof useTranslation>["t"] }) {
  const save = useSaveSettings();
  const reset = useResetSettings();
  // What is typed survives a reload until saved; a fresh server state replaces an older draft.
  const [draft, setDraft, clearDraft] = useDraft<{ base: TenantSettings; value: TenantSettings }>("studio-settings", {
    base: initial,
    value: initial,
  });
  const value = JSON.stringify(draft.base) === JSON.stringify(initial) ? draft.value : initial;
  const [samlText, setSamlText] = useState(() => value.samlDomains.map((d) => `${d.domain} = ${d.idpName}`).join("\n"));
  const [domainsText, setDomainsText] = useState(() => value.collaborationDomains.join("\n"));
  // Kept as typed (an empty or wrong entry stays on screen with its error), a number once it is saved.
  const [expiryText, setExpiryText] = useState(() => String(value.consentRequestExpiryDays));
  // The terms of use's expiry (spec §5.2), kept as typed in the same way.
  const [expireOn, setExpireOn] = useState(() => Boolean(value.termsExpireConsents));
  const [expireStart, setExpireStart] = useState(() => value.termsExpireConsents?.startsOn ?? "");
  const [expireFrequency, setExpireFrequency] = useState(() => value.termsExpireConsents?.frequency ?? "monthly");
  const [reacceptText, setReacceptText] = useState(() => (value.termsReacceptAfterDays ? String(value.termsReacceptAfterDays) : ""));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof TenantSettings>(key: K, next: TenantSettings[K]) => {
    setSaved(false);
    setDraft({ base: initial, value: { ...value, [key]: next } });
  };
  const check = (key: keyof TenantSettings, label: string) => (
    <label className="check">
      <input type="checkbox" checked={Boolean(value[key])} onChange={(e) => set(key, e.target.checked as never)} /> {label}
    </label>
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      ...value,
      samlDomains: lines(samlText).map((line) => {
        const [domain = "", idpName = ""] = line.split("=").map((p) => p.trim());
        return { domain, idpName: idpName || domain };
      }),
      collaborationDomains: lines(domainsText),
      consentRequestExpiryDays: /^\d+$/.test(expiryText.trim()) ? Number(expiryText.trim()) : Number.NaN,
      termsReacceptAfterDays:
        reacceptText.trim() === "" ? null : /^\d+$/.test(reacceptText.trim()) ? Number(reacceptText.trim()) : Number.NaN,
      termsExpireConsents: expireOn ? { startsOn: expireStart.trim(), frequency: expireFrequency } : null,
    };
    const parsed = v.safeParse(tenantSettings, candidate);
    if (!parsed.success) {
      setProblems([...new Set(parsed.issues.map((i) => String(i.path?.[0]?.key ?? "")))]);
      return;
    }
    setProblems([]);
    save.mutate(parsed.output, { onSuccess: () => (clearDraft(), setSaved(true)) });
  }
  const order = value.primaryOrder;
  const invalid = (key: string) => (problems.includes(key) ? true : undefined);

  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t("studio.settings.heading")}</h2>
      <p className="muted">{t("studio.settings.note")}</p>
      <fieldset>
        <legend>{t("studio.settings.branding")}</legend>
        {field(
          "set-name",
          t("studio.settings.name"),
          <input
            id="set-name"
            value={value.brandingName}
            aria-invalid={invalid("brandingName")}
            onChange={(e) => set("brandingName", e.target.value)}
          />,
        )}
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.identityProviders")}</legend>
        {check("emailOtpEnabled", t("studio.settings.otp"))}
        {check("googleFederation", t("studio.settings.google"))}
        {check("msaFallbackEnabled", t("studio.settings.msaFallback"))}
        {field(
          "set-saml",
          t("studio.settings.samlDomains"),
          <textarea
            id="set-saml"
            rows={2}
            value={samlText}
            aria-invalid={invalid("samlDomains")}
            onChange={(e) => setSamlText(e.target.value)}
          />,
        )}
        <p id="order-label">{t("studio.settings.order")}</p>
        <ol aria-labelledby="order-label" className="order-list">
          {order.map((provider, index) => (
            <li key={provider}>
              {t(`studio.settings.provider.${provider}`)}{" "}
              {index > 0 ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const next = [...order];
                    [next[index - 1], next[index]] = [provider, next[index - 1] ?? provider];
                    set("primaryOrder", next);
                  }}
                >
                  {t("studio.settings.moveUp", { name: t(`studio.settings.provider.${provider}`) })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.access")}</legend>
        {check("mfaRequiredForGuests", t("studio.settings.mfa"))}
        {check("trustHomeTenantMfa", t("studio.settings.trustMfa"))}
        {check("blockGuestsByConditionalAccess", t("studio.settings.caBlock"))}
        {field(
          "set-device",
          t("studio.settings.device"),
          <select
            id="set-device"
            value={value.deviceRequirementForGuests}
            onChange={(e) => set("deviceRequirementForGuests", e.target.value as TenantSettings["deviceRequirementForGuests"])}
          >
            {(["none", "compliant", "hybrid-joined"] as const).map((d) => (
              <option key={d} value={d}>
                {t(`studio.settings.deviceOption.${d}`)}
              </option>
            ))}
          </select>,
        )}
        {check("trustHomeTenantDevices", t("studio.settings.trustDevices"))}
        {field(
          "set-risk-policy",
          t("studio.settings.riskPolicy"),
          <select
            id="set-risk-policy"
            value={value.riskPolicyForGuests}
            onChange={(e) => set("riskPolicyForGuests", e.target.value as TenantSettings["riskPolicyForGuests"])}
          >
            {(["none", "require-mfa", "block"] as const).map((r) => (
              <option key={r} value={r}>
                {t(`studio.settings.riskPolicyOption.${r}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "set-network",
          t("studio.settings.network"),
          <select
            id="set-network"
            value={value.guestNetworkRestriction}
            onChange={(e) => set("guestNetworkRestriction", e.target.value as TenantSettings["guestNetworkRestriction"])}
          >
            {(["none", "v1", "v2"] as const).map((n) => (
              <option key={n} value={n}>
                {t(`studio.settings.networkOption.${n}`)}
              </option>
            ))}
          </select>,
        )}
        {check("allowSelfLeave", t("studio.settings.leave"))}
      </fieldset>
      <fieldset>
        {/* Entra admin center, Conditional Access → Terms of use (spec §5.2, §7; decision 0092). */}
        <legend>{t("studio.settings.termsHeading")}</legend>
        <p className="muted">{t("studio.settings.termsHint")}</p>
        {check("termsOfUse", t("studio.settings.terms"))}
        {check("termsRequireExpand", t("studio.settings.termsExpand"))}
        <label className="check">
          <input type="checkbox" checked={expireOn} onChange={(e) => (setSaved(false), setExpireOn(e.target.checked))} />{" "}
          {t("studio.settings.termsExpire")}
        </label>
        {expireOn ? (
          <>
            {field(
              "set-terms-expire-start",
              t("studio.settings.termsExpireStart"),
              <input
                id="set-terms-expire-start"
                value={expireStart}
                aria-invalid={invalid("termsExpireConsents")}
                onChange={(e) => (setSaved(false), setExpireStart(e.target.value))}
              />,
            )}
            {field(
              "set-terms-expire-frequency",
              t("studio.settings.termsExpireFrequency"),
              <select
                id="set-terms-expire-frequency"
                value={expireFrequency}
                onChange={(e) => (setSaved(false), setExpireFrequency(e.target.value as typeof expireFrequency))}
              >
                {(["monthly", "quarterly", "biannually", "annually"] as const).map((f) => (
                  <option key={f} value={f}>
                    {t(`studio.settings.termsFrequency.${f}`)}
                  </option>
                ))}
              </select>,
            )}
          </>
        ) : null}
        {field(
          "set-terms-reaccept",
          t("studio.settings.termsReacceptDays"),
          <input
            id="set-terms-reaccept"
            inputMode="numeric"
            value={reacceptText}
            aria-invalid={invalid("termsReacceptAfterDays")}
            aria-describedby="set-terms-reaccept-hint"
            onChange={(e) => (setSaved(false), setReacceptText(e.target.value))}
          />,
        )}
        <p id="set-terms-reaccept-hint" className="muted">
          {t("studio.settings.termsReacceptHint")}
        </p>
      </fieldset>
      <fieldset>
        {/* Entra admin center, Enterprise applications → Admin consent settings (decisions 0076, 0077). */}
        <legend>{t("studio.settings.adminConsent")}</legend>
        {check("adminConsentRequests", t("studio.settings.adminConsentRequests"))}
        {field(
          "set-consent-expiry",
          t("studio.settings.consentRequestExpiryDays"),
          <input
            id="set-consent-expiry"
            inputMode="numeric"
            value={expiryText}
            aria-invalid={invalid("consentRequestExpiryDays")}
            aria-describedby="set-consent-expiry-hint"
            onChange={(e) => (setSaved(false), setExpiryText(e.target.value))}
          />,
        )}
        <p id="set-consent-expiry-hint" className="muted">
          {t("studio.settings.consentRequestExpiryHint")}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.homeTenant")}</legend>
        {field(
          "set-home-risk",
          t("studio.settings.homeRisk"),
          <select
            id="set-home-risk"
            value={value.guestUserRiskAtHome}
            onChange={(e) => set("guestUserRiskAtHome", e.target.value as TenantSettings["guestUserRiskAtHome"])}
          >
            {(["none", "high"] as const).map((r) => (
              <option key={r} value={r}>
                {t(`studio.settings.homeRiskOption.${r}`)}
              </option>
            ))}
          </select>,
        )}
        {check("guestHomeDirectoryUnmanaged", t("studio.settings.unmanagedDirectory"))}
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.sessions")}</legend>
        {check("showKeepSignedInFabrikam", t("studio.settings.keepSignedInFabrikam"))}
        {check("kmsiInGuestFlows", t("studio.settings.kmsiInGuestFlows"))}
        {check("signOutLinkOnErrors", t("studio.settings.signOutLink"))}
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.collaboration")}</legend>
        {field(
          "set-mode",
          t("studio.settings.collaboration"),
          <select
            id="set-mode"
            value={value.collaborationMode}
            onChange={(e) => set("collaborationMode", e.target.value as TenantSettings["collaborationMode"])}
          >
            {(["allow-all", "deny-listed", "allow-listed-only"] as const).map((mode) => (
              <option key={mode} value={mode}>
                {t(`studio.settings.mode.${mode}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "set-domains",
          t("studio.settings.domains"),
          <textarea
            id="set-domains"
            rows={2}
            value={domainsText}
            aria-invalid={invalid("collaborationDomains")}
            onChange={(e) => setDomainsText(e.target.value)}
          />,
        )}
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.crossTenant")}</legend>
        {field(
          "set-cross",
          t("studio.settings.crossTenant"),
          <select
            id="set-cross"
            value={value.crossTenantBlockFabrikam}
            onChange={(e) => set("crossTenantBlockFabrikam", e.target.value as TenantSettings["crossTenantBlockFabrikam"])}
          >
            {(["none", "inbound", "outbound"] as const).map((b) => (
              <option key={b} value={b}>
                {t(`studio.settings.block.${b}`)}
              </option>
            ))}
          </select>,
        )}
        {check("autoRedeemWithFabrikam", t("studio.settings.autoRedeem"))}
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.idpFaults")}</legend>
        {field(
          "set-saml-fault",
          t("studio.settings.samlFault"),
          <select
            id="set-saml-fault"
            value={value.samlPartnerFault}
            onChange={(e) => set("samlPartnerFault", e.target.value as TenantSettings["samlPartnerFault"])}
          >
            {(["none", "AADSTS5000819", "AADSTS50008", "AADSTS20001", "AADSTS20012", "AADSTS50107"] as const).map((f) => (
              <option key={f} value={f}>
                {f === "none" ? t("studio.settings.noFault") : f}
              </option>
            ))}
          </select>,
        )}
        {field(
          "set-google-fault",
          t("studio.settings.googleFault"),
          <select
            id="set-google-fault"
            value={value.googleFault}
            onChange={(e) => set("googleFault", e.target.value as TenantSettings["googleFault"])}
          >
            {(["none", "AADSTS40008", "AADSTS40009", "AADSTS40010", "AADSTS40015"] as const).map((f) => (
              <option key={f} value={f}>
                {f === "none" ? t("studio.settings.noFault") : f}
              </option>
            ))}
          </select>,
        )}
        {check("googleHeaderTooLong", t("studio.settings.googleHeaderTooLong"))}
        {check("embeddedWebView", t("studio.settings.embeddedWebView"))}
        {check("deviceSignInFlow", t("studio.settings.deviceSignInFlow"))}
        {field(
          "set-msa-fault",
          t("studio.settings.msaFault"),
          <select id="set-msa-fault" value={value.msaFault} onChange={(e) => set("msaFault", e.target.value as TenantSettings["msaFault"])}>
            {(["none", "AADSTS70012"] as const).map((f) => (
              <option key={f} value={f}>
                {f === "none" ? t("studio.settings.noFault") : f}
              </option>
            ))}
          </select>,
        )}
      </fieldset>
      <fieldset>
        <legend>{t("studio.settings.privacy")}</legend>
        {field(
          "set-privacy-url",
          t("studio.settings.privacyUrl"),
          <input
            id="set-privacy-url"
            type="url"
            value={value.privacyStatementUrl}
            aria-invalid={invalid("privacyStatementUrl")}
            onChange={(e) => set("privacyStatementUrl", e.target.value)}
          />,
        )}
        {field(
          "set-privacy-contact",
          t("studio.settings.privacyContact"),
          <input
            id="set-privacy-contact"
            type="email"
            value={value.privacyContact}
            aria-invalid={invalid("privacyContact")}
            onChange={(e) => set("privacyContact", e.target.value)}
          />,
        )}
      </fieldset>
      {problems.length > 0 ? (
        <p className="alert" role="alert">
          {t("studio.settings.invalid", { fields: problems.join(", ") })}
        </p>
      ) : null}
      {save.isError ? <ErrorPanel inline error={save.error} /> : null}
      <p role="status">{saved ? t("studio.settings.saved") : ""}</p>
      <div className="actions start">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t("studio.settings.save")}
        </button>
        <button type="button" className="secondary" disabled={reset.isPending} onClick={() => (clearDraft(), reset.mutate())}>
          {t("studio.settings.reset")}
        </button>
      </div>
    </form>
  );
}
