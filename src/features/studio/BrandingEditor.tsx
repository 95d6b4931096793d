// The studio's company-branding editor (spec §1.4, addendum §13.1): every element of a tenant's branding, set
// live. Its own lazily loaded chunk inside the studio's Settings tab. Images are read from a file into a data
// URL (the fake world keeps them within §13.1's limits and answers a 400 otherwise); what was typed stays in
// the form when a save fails.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { apiRequest } from "../../api/client";
import {
  BRANDING_IMAGES,
  BRANDING_LIMITS,
  BRANDING_TEXT_LIMITS,
  tenantBrandings,
  type BrandingText,
  type BrandingImage,
  type BrandingView,
  type TenantBranding,
} from "../../api/contract";
import { useTranslation } from "../../i18n";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { guardQuery } from "../../ui/QueryGuard";
import { brandingsQuery } from "./brandingQuery";

function useSaveBranding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ tenantId, branding }: { tenantId: string; branding: BrandingView }) =>
      apiRequest(`/demo/branding/${encodeURIComponent(tenantId)}`, tenantBrandings, { method: "PUT", body: branding }),
    // The guest's page data carries the branding: every query refreshes, so the change shows at once.
    onSuccess: () => client.invalidateQueries(),
  });
}

/** A chosen file as the data URL the fake world stores (its type as the browser names it). */
async function readAsDataUrl(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${file.type || "application/octet-stream"};base64,${btoa(binary)}`;
}

type TextKey = BrandingText;
type FlagKey = "hidePrivacyAndCookies" | "hideTermsOfUse" | "hideKeepMeSignedIn";

export default function BrandingEditor() {
  const { t } = useTranslation();
  const brandings = useQuery(brandingsQuery());
  const guard = guardQuery(brandings, { bare: true, inline: true, retry: false });
  if (guard || !brandings.data) return guard;
  return <BrandingForm tenants={brandings.data} t={t} />;
}

function BrandingForm({ tenants, t }: { tenants: TenantBranding[]; t: ReturnType<typeof useTranslation>["t"] }) {
  const save = useSaveBranding();
  const [tenantId, setTenantId] = useState(tenants[0]?.tenantId ?? "");
  const stored = tenants.find((x) => x.tenantId === tenantId)?.branding ?? {};
  const [drafts, setDrafts] = useState<Record<string, BrandingView>>({});
  const value = drafts[tenantId] ?? stored;
  const [saved, setSaved] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const set = (next: BrandingView) => {
    setSaved(false);
    setDrafts({ ...drafts, [tenantId]: next });
  };
  const changed = (Object.keys({ ...stored, ...value }) as Array<keyof BrandingView>).filter((key) => stored[key] !== value[key]);

  async function pick(image: BrandingImage, event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileProblem(null);
    try {
      set({ ...value, [image]: await readAsDataUrl(file) });
    } catch {
      setFileProblem(t("studio.branding.unreadable"));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { tenantId, branding: value },
      {
        onSuccess: () => {
          setDrafts({ ...drafts, [tenantId]: undefined as unknown as BrandingView });
          setSaved(true);
        },
      },
    );
  }

  const text = (key: TextKey, multiline = false) => {
    const id = `brand-${key}`;
    const common = {
      id,
      value: value[key] ?? "",
      "aria-describedby": `${id}-limit`,
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set({ ...value, [key]: e.target.value || undefined }),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{t(`studio.branding.${key}`)}</label>
        {multiline ? <textarea rows={4} {...common} /> : <input type={key.endsWith("Url") ? "url" : "text"} {...common} />}
        <p className="muted" id={`${id}-limit`}>
          {t("studio.branding.characters", { count: (value[key] ?? "").length, max: BRANDING_TEXT_LIMITS[key] })}
        </p>
      </div>
    );
  };
  const flag = (key: FlagKey) => (
    <label className="check">
      <input type="checkbox" checked={Boolean(value[key])} onChange={(e) => set({ ...value, [key]: e.target.checked || undefined })} />{" "}
      {t(`studio.branding.${key}`)}
    </label>
  );

  return (
    <form onSubmit={submit} noValidate className="branding-editor">
      <h3>{t("studio.branding.heading")}</h3>
      <p className="muted">{t("studio.branding.note")}</p>
      <div className="field">
        <label htmlFor="brand-tenant">{t("studio.branding.tenant")}</label>
        <select
          id="brand-tenant"
          value={tenantId}
          onChange={(e) => {
            setSaved(false);
            setTenantId(e.target.value);
          }}
        >
          {tenants.map((x) => (
            <option key={x.tenantId} value={x.tenantId}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      {BRANDING_IMAGES.map((image) => {
        const limit = BRANDING_LIMITS[image];
        const id = `brand-${image}`;
        return (
          <fieldset key={image}>
            <legend>{t(`studio.branding.${image}`)}</legend>
            <p className="muted" id={`${id}-limit`}>
              {t("studio.branding.imageLimit", { width: limit.width, height: limit.height, kb: limit.bytes / 1024 })}
            </p>
            {value[image] ? <img className="branding-thumb" src={value[image]} alt={t("studio.branding.current")} /> : null}
            <div className="field">
              <label htmlFor={id}>{t("studio.branding.upload")}</label>
              <input
                id={id}
                type="file"
                accept="image/png,image/jpeg"
                aria-describedby={`${id}-limit`}
                onChange={(e) => void pick(image, e)}
              />
            </div>
            {value[image] ? (
              <button type="button" className="link-button" onClick={() => set({ ...value, [image]: undefined })}>
                {t("studio.branding.remove", { what: t(`studio.branding.${image}`) })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {/* Hex as the admin center takes it (addendum §13.1: "#FFFFFF"), typed or picked: a keyboard can type it. */}
      <div className="field">
        <label htmlFor="brand-background-color">{t("studio.branding.backgroundColor")}</label>
        <div className="color-field" style={{ display: "flex", gap: 8, alignItems: "center" }}>
          <input
            id="brand-background-color"
            type="text"
            inputMode="text"
            spellCheck={false}
            placeholder="#FFFFFF"
            maxLength={7}
            aria-describedby="brand-background-color-hint"
            value={value.backgroundColor ?? ""}
            onChange={(e) => set({ ...value, backgroundColor: e.target.value.trim() || undefined })}
          />
          <input
            type="color"
            aria-label={t("studio.branding.pickColor")}
            value={/^#[0-9a-f]{6}$/i.test(value.backgroundColor ?? "") ? value.backgroundColor!.toLowerCase() : "#f2f2f2"}
            onChange={(e) => set({ ...value, backgroundColor: e.target.value })}
          />
        </div>
        <p className="muted" id="brand-background-color-hint">
          {t("studio.branding.colorHint")}
        </p>
      </div>
      {text("usernameHintText")}
      {text("signInPageText", true)}
      <fieldset>
        <legend>{t("studio.branding.footer")}</legend>
        {flag("hidePrivacyAndCookies")}
        {text("customPrivacyAndCookiesText")}
        {text("customPrivacyAndCookiesUrl")}
        {flag("hideTermsOfUse")}
        {text("customTermsOfUseText")}
        {text("customTermsOfUseUrl")}
      </fieldset>
      {flag("hideKeepMeSignedIn")}
      <p role="status" className="muted">
        {saved
          ? t("studio.branding.saved")
          : changed.length > 0
            ? t("studio.branding.changed", { fields: changed.map((key) => t(`studio.branding.${key}`)).join(", ") })
            : ""}
      </p>
      {fileProblem ? (
        <p className="alert" role="alert">
          {fileProblem}
        </p>
      ) : null}
      {save.error ? <ErrorPanel error={save.error} /> : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t("studio.branding.save")}
        </button>
        <button type="button" className="secondary" disabled={save.isPending} onClick={() => set({})}>
          {t("studio.branding.reset")}
        </button>
      </div>
    </form>
  );
}
