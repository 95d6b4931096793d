// @vitest-environment node
// The demo API's tenant settings (A08) keep what Entra requires (spec §3.2 D11): at least one fallback.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { putSettings } from "../support/api";

describe("tenant settings", () => {
  it("A08 D11 §3.2 the demo API refuses switching off both the passcode and the Microsoft-account fallback", async () => {
    const refused = await putSettings({ emailOtpEnabled: false, msaFallbackEnabled: false });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({ code: "NoFallbackLeft", details: { field: "emailOtpEnabled" } });
    expect(world.read((s) => s.tenants[0]!.policies.emailOtpEnabled)).toBe(true);
    // Either one alone is allowed (D9, D11).
    expect((await putSettings({ emailOtpEnabled: false, msaFallbackEnabled: true })).status).toBe(200);
    expect((await putSettings({ emailOtpEnabled: true, msaFallbackEnabled: false })).status).toBe(200);
  });
});
