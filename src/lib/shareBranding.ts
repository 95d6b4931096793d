// Company branding in a share link (issue 12 §2, docs/decisions/0090): the studio's current branding of every tenant,
// as base64url JSON in `&branding=`, so the receiver's fake world wears the same pages. A link stays within
// SHARE_LINK_MAX characters: the texts, colour and switches always travel; the images (data URLs up to 300 KB,
// addendum §13.1) only while they fit, largest left out first. A left-out image is named in the link (`keep`), and
// the receiver keeps the scenario's own image there.
import * as v from "valibot";
import { BRANDING_IMAGES, brandingView, type BrandingImage, type BrandingView, type TenantBranding } from "../api/contract";

/** A link's length at most: what every HTTP implementation is advised to accept (RFC 9110 §4.1: 8000 octets). */
export const SHARE_LINK_MAX = 8000;

const sharedTenant = v.object({
  tenantId: v.pipe(v.string(), v.maxLength(64)),
  branding: brandingView,
  keep: v.optional(v.array(v.picklist(BRANDING_IMAGES))),
});
const sharedBranding = v.object({ v: v.literal(1), tenants: v.pipe(v.array(sharedTenant), v.maxLength(20)) });
export type SharedBranding = v.InferOutput<typeof sharedBranding>;

const toBase64Url = (text: string) => {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const fromBase64Url = (value: string) => {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

export interface LeftOut {
  tenant: string;
  image: BrandingImage;
}

/**
 * The `branding` parameter for a link that starts `base` (the link without it), and the images left out to keep the
 * whole link within `max` characters.
 */
export function encodeBranding(
  tenants: readonly TenantBranding[],
  base: string,
  max = SHARE_LINK_MAX,
): { param: string; leftOut: LeftOut[] } {
  const shared: SharedBranding = { v: 1, tenants: tenants.map((t) => ({ tenantId: t.tenantId, branding: { ...t.branding } })) };
  const images = shared.tenants
    .flatMap((t, i) => BRANDING_IMAGES.flatMap((image) => (t.branding[image] ? [{ i, image, size: t.branding[image].length }] : [])))
    .toSorted((a, b) => b.size - a.size);
  const leftOut: LeftOut[] = [];
  const encode = () => toBase64Url(JSON.stringify(shared));
  let param = encode();
  for (const { i, image } of images) {
    if (base.length + "&branding=".length + param.length <= max) break;
    const tenant = shared.tenants[i]!;
    delete tenant.branding[image];
    tenant.keep = [...(tenant.keep ?? []), image];
    leftOut.push({ tenant: tenants[i]!.name, image });
    param = encode();
  }
  return { param, leftOut };
}

/** A link's `branding` parameter, checked; undefined when it is not one this simulator wrote. */
export function decodeBranding(param: string): SharedBranding | undefined {
  try {
    const parsed = v.safeParse(sharedBranding, JSON.parse(fromBase64Url(param)));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** A shared tenant's branding over the receiver's own: the left-out images stay the receiver's. */
export function mergeShared(shared: SharedBranding["tenants"][number], own: BrandingView | undefined): BrandingView {
  const kept = Object.fromEntries((shared.keep ?? []).flatMap((image) => (own?.[image] ? [[image, own[image]]] : [])));
  return { ...shared.branding, ...kept };
}
