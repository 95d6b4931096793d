// A share link's company branding (docs/decisions/0090), applied after its scenario has started: each shared tenant
// the scenario has gets the sender's branding through the studio's own API (PUT /api/demo/branding/{tenantId}),
// keeping its own images where the link left them out. Loaded only for a link that carries branding.
import { apiRequest } from "../../api/client";
import { tenantBrandings } from "../../api/contract";
import { decodeBranding, mergeShared } from "../../lib/shareBranding";

/** False when the parameter is not a branding this simulator wrote (the scenario then keeps its own). */
export async function applySharedBranding(param: string): Promise<boolean> {
  const shared = decodeBranding(param);
  if (!shared) return false;
  const own = await apiRequest("/demo/branding", tenantBrandings);
  for (const tenant of shared.tenants) {
    const mine = own.find((t) => t.tenantId === tenant.tenantId);
    if (!mine) continue;
    await apiRequest(`/demo/branding/${encodeURIComponent(tenant.tenantId)}`, tenantBrandings, {
      method: "PUT",
      body: mergeShared(tenant, mine.branding),
    });
  }
  return true;
}
