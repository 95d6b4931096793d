// Company branding (spec §1.4, addendum §13): a tenant's organizationalBranding, checked against the limits
// of §13.1 when it is written. Images are kept as data URLs in the world (they travel with the page's data,
// never in the bundle); a too-large or wrong-type image or an over-long text is Graph's 400, naming the property.
import { BRANDING_LIMITS, BRANDING_TEXT_LIMITS, type BrandingImage, type BrandingText, type BrandingView } from "../../src/api/contract";
import { DomainError } from "./errors";
import { findTenant } from "./invitations";
import type { StoredBranding, WorldState } from "./state";

/** PNG and JPG as Entra takes them (§13.1); SVG too, for the seeded logos of our own drawing (decision 0053). */
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/svg+xml"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const invalid = (target: string, message: string) => new DomainError("Request_BadRequest", 400, message, { [target]: message });

/** The width and height of a PNG, JPEG or SVG image, or undefined when the bytes are not one. */
export function imageSize(type: ImageType, bytes: Uint8Array): { width: number; height: number } | undefined {
  if (type === "image/png") {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (type === "image/jpeg") {
    if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1] ?? 0;
      const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
      // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0);
        const width = ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0);
        return { width, height };
      }
      at += 2 + length;
    }
    return undefined;
  }
  const source = new TextDecoder().decode(bytes);
  const tag = /<svg\b[^>]*>/i.exec(source)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(tag)?.[1] ?? NaN);
  const box = /\sviewBox="[\d.\s-]*?([\d.]+)\s+([\d.]+)"/.exec(tag);
  const width = attribute("width") || Number(box?.[1] ?? NaN);
  const height = attribute("height") || Number(box?.[2] ?? NaN);
  return Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined;
}

/** Checks an image against its element's limits (§13.1) and returns it as the data URL the world stores. */
export function checkedImage(property: BrandingImage, type: string, bytes: Uint8Array): string {
  const limit = BRANDING_LIMITS[property];
  if (!(IMAGE_TYPES as readonly string[]).includes(type)) {
    throw invalid(property, `The ${property} must be a PNG or JPG image.`);
  }
  if (bytes.length > limit.bytes) {
    throw invalid(property, `The ${property} must be no larger than ${limit.bytes / 1024} KB.`);
  }
  const size = imageSize(type as ImageType, bytes);
  if (!size) throw invalid(property, `The ${property} is not a readable image.`);
  if (size.width > limit.width || size.height > limit.height) {
    throw invalid(property, `The ${property} must be no larger than ${limit.width}×${limit.height} pixels.`);
  }
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${type};base64,${btoa(binary)}`;
}

/** A data URL's type and bytes (what the studio uploads), or a 400 naming the property. */
export function decodeDataUrl(property: BrandingImage, dataUrl: string): { type: string; bytes: Uint8Array } {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/=]*)$/.exec(dataUrl);
  if (!match) throw invalid(property, `The ${property} must be a PNG or JPG image.`);
  let binary: string;
  try {
    binary = atob(match[2] ?? "");
  } catch {
    throw invalid(property, `The ${property} is not a readable image.`);
  }
  return { type: match[1] ?? "", bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
}

/** Graph's organizationalBranding update: the text properties, the background colour and the footer switches. */
export interface BrandingPatch {
  backgroundColor?: string | null;
  signInPageText?: string | null;
  usernameHintText?: string | null;
  customPrivacyAndCookiesText?: string | null;
  customPrivacyAndCookiesUrl?: string | null;
  customTermsOfUseText?: string | null;
  customTermsOfUseUrl?: string | null;
  loginPageTextVisibilitySettings?: { hidePrivacyAndCookies?: boolean; hideTermsOfUse?: boolean; hideKeepMeSignedIn?: boolean } | null;
}

function checkText(property: BrandingText, value: string): void {
  const max = BRANDING_TEXT_LIMITS[property];
  if (value.length > max) throw invalid(property, `The ${property} must be at most ${max} characters.`);
  if (property.endsWith("Url")) {
    // §13.1: an ASCII URL; the page links to it, so only http(s).
    if (!/^[\x21-\x7e]*$/.test(value) || !/^https?:\/\//i.test(value)) {
      throw invalid(property, `The ${property} must be an http or https URL in ASCII characters.`);
    }
  } else if (property === "usernameHintText" && /<|>|https?:\/\//i.test(value)) {
    throw invalid(property, `The ${property} may not contain links or code.`);
  }
}

/** Applies a PATCH to a tenant's branding (all or nothing: every value is checked first). */
export function patchBranding(state: WorldState, tenantId: string, patch: BrandingPatch): void {
  const tenant = findTenant(state, tenantId);
  const next: StoredBranding = { ...tenant.branding };
  if (patch.backgroundColor !== undefined) {
    if (patch.backgroundColor !== null && !/^#[0-9a-fA-F]{6}$/.test(patch.backgroundColor)) {
      throw invalid("backgroundColor", "The backgroundColor must be a colour in hex, such as #FFFFFF.");
    }
    next.backgroundColor = patch.backgroundColor ?? undefined;
  }
  for (const property of Object.keys(BRANDING_TEXT_LIMITS) as BrandingText[]) {
    const value = patch[property];
    if (value === undefined) continue;
    if (value !== null && value !== "") checkText(property, value);
    next[property] = value || undefined;
  }
  if (patch.loginPageTextVisibilitySettings !== undefined) {
    next.hidePrivacyAndCookies = patch.loginPageTextVisibilitySettings?.hidePrivacyAndCookies || undefined;
    next.hideTermsOfUse = patch.loginPageTextVisibilitySettings?.hideTermsOfUse || undefined;
    next.hideKeepMeSignedIn = patch.loginPageTextVisibilitySettings?.hideKeepMeSignedIn || undefined;
  }
  tenant.branding = next;
}

/** Sets or removes (`undefined`) one image of a tenant's branding; the image is already checked. */
export function setBrandingImage(state: WorldState, tenantId: string, property: BrandingImage, dataUrl: string | undefined): void {
  const tenant = findTenant(state, tenantId);
  tenant.branding = { ...tenant.branding, [property]: dataUrl };
}

/** Graph's DELETE: back to the Microsoft default look (§13.3). */
export function deleteBranding(state: WorldState, tenantId: string): void {
  delete findTenant(state, tenantId).branding;
}

/** Whether a tenant has set anything at all (Graph answers 404 for a tenant without branding). */
export function hasBranding(branding: StoredBranding | undefined): branding is StoredBranding {
  return Boolean(branding && Object.values(branding).some((value) => value !== undefined));
}

/** The branding a page draws, or undefined for the Microsoft default (§13.3). */
export function brandingOf(state: Readonly<WorldState>, tenantId: string | undefined): BrandingView | undefined {
  const branding = state.tenants.find((t) => t.id === tenantId)?.branding;
  if (!hasBranding(branding)) return undefined;
  return Object.fromEntries(Object.entries(branding).filter(([, value]) => value !== undefined)) as BrandingView;
}

/** The studio's editor: a tenant's whole branding at once, checked as Graph checks it; all or nothing. */
export function replaceBranding(state: WorldState, tenantId: string, view: BrandingView): void {
  deleteBranding(state, tenantId);
  patchBranding(state, tenantId, {
    backgroundColor: view.backgroundColor ?? null,
    signInPageText: view.signInPageText ?? null,
    usernameHintText: view.usernameHintText ?? null,
    customPrivacyAndCookiesText: view.customPrivacyAndCookiesText ?? null,
    customPrivacyAndCookiesUrl: view.customPrivacyAndCookiesUrl ?? null,
    customTermsOfUseText: view.customTermsOfUseText ?? null,
    customTermsOfUseUrl: view.customTermsOfUseUrl ?? null,
    loginPageTextVisibilitySettings: {
      hidePrivacyAndCookies: view.hidePrivacyAndCookies,
      hideTermsOfUse: view.hideTermsOfUse,
      hideKeepMeSignedIn: view.hideKeepMeSignedIn,
    },
  });
  for (const image of ["bannerLogo", "squareLogo", "backgroundImage"] as const) {
    const dataUrl = view[image];
    if (!dataUrl) continue;
    const { type, bytes } = decodeDataUrl(image, dataUrl);
    setBrandingImage(state, tenantId, image, checkedImage(image, type, bytes));
  }
  if (!hasBranding(findTenant(state, tenantId).branding)) deleteBranding(state, tenantId);
}

/** Graph's organizationalBranding resource (v1.0): the properties, with the images' relative URLs. */
export function graphBranding(state: Readonly<WorldState>, tenantId: string, base: string) {
  const branding = findTenant(state, tenantId).branding;
  if (!hasBranding(branding)) {
    throw new DomainError("Request_ResourceNotFound", 404, "Resource 'organizationalBranding' does not exist.");
  }
  const relative = (property: BrandingImage) => (branding[property] ? `${base}/localizations/0/${property}` : null);
  return {
    "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#organization('${tenantId}')/branding/$entity`,
    id: "0",
    backgroundColor: branding.backgroundColor ?? null,
    signInPageText: branding.signInPageText ?? null,
    usernameHintText: branding.usernameHintText ?? null,
    customPrivacyAndCookiesText: branding.customPrivacyAndCookiesText ?? null,
    customPrivacyAndCookiesUrl: branding.customPrivacyAndCookiesUrl ?? null,
    customTermsOfUseText: branding.customTermsOfUseText ?? null,
    customTermsOfUseUrl: branding.customTermsOfUseUrl ?? null,
    loginPageTextVisibilitySettings: {
      hidePrivacyAndCookies: branding.hidePrivacyAndCookies ?? false,
      hideTermsOfUse: branding.hideTermsOfUse ?? false,
      hideKeepMeSignedIn: branding.hideKeepMeSignedIn ?? false,
    },
    bannerLogoRelativeUrl: relative("bannerLogo"),
    squareLogoRelativeUrl: relative("squareLogo"),
    backgroundImageRelativeUrl: relative("backgroundImage"),
    cdnList: [],
  };
}
