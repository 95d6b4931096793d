// @vitest-environment node
// Company branding at the HTTP level (spec §1.4, addendum §13.1): Graph's organizationalBranding on the fake
// Graph, the limits of each element as Graph's 400, the world keeping it, and the page data carrying it.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { graph, loadScenario, putSettings, startSessionFor } from "../support/api";

const branding = `/organization/${CONTOSO_TENANT_ID}/branding`;
const patch = (body: Record<string, unknown>, tenant = CONTOSO_TENANT_ID) =>
  graph(`/organization/${tenant}/branding`, { method: "PATCH", body: JSON.stringify(body) });
const putImage = (image: string, type: string, bytes: Uint8Array<ArrayBuffer>) =>
  graph(`${branding}/localizations/0/${image}`, { method: "PUT", headers: { "Content-Type": type }, body: bytes });

/** A PNG's first bytes: the signature and an IHDR chunk of `width`×`height` (enough for the size check). */
function png(width: number, height: number, padTo = 0): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(33, padTo));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe("organizationalBranding", () => {
  it("§13.1 seeds: Contoso and Fabrikam have a banner logo and a background colour; GET answers Graph's resource", async () => {
    loadScenario("work-account");
    const res = await graph(branding);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: "0", backgroundColor: "#dcebec", bannerLogoRelativeUrl: expect.stringContaining("bannerLogo") });
    const logo = await graph(`${branding}/localizations/0/bannerLogo`);
    expect(logo.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(await logo.text()).toMatch(/^<svg/);
    expect((await (await graph(`/organization/${FABRIKAM_TENANT_ID}/branding`)).json()).backgroundColor).toBe("#f3e6dc");
  });

  it("§13.1 PATCH sets the texts and footer links, the world keeps them, and the guest's page data carries them", async () => {
    loadScenario("work-account");
    const res = await patch({
      usernameHintText: "someone@contoso.com",
      signInPageText: "Need help? [Contoso help desk](https://contoso.com/help)",
      customTermsOfUseText: "Contoso terms",
      customTermsOfUseUrl: "https://contoso.com/terms",
      loginPageTextVisibilitySettings: { hidePrivacyAndCookies: true },
    });
    expect(res.status).toBe(204);
    const stored = world.read((s) => s.tenants.find((t) => t.id === CONTOSO_TENANT_ID)!.branding);
    expect(stored).toMatchObject({
      usernameHintText: "someone@contoso.com",
      hidePrivacyAndCookies: true,
      customTermsOfUseText: "Contoso terms",
    });
    const session = await startSessionFor("alex@fabrikam.com");
    expect(session.invitation.organization.branding).toMatchObject({
      usernameHintText: "someone@contoso.com",
      customTermsOfUseUrl: "https://contoso.com/terms",
      bannerLogo: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    });
  });

  it("§13.1 limits: an over-long text, a non-ASCII URL, a bad colour or an unknown property is Graph's 400; nothing is changed", async () => {
    loadScenario("work-account");
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ usernameHintText: "x".repeat(65) }, /usernameHintText must be at most 64/],
      [{ signInPageText: "x".repeat(1025) }, /signInPageText must be at most 1024/],
      [{ customPrivacyAndCookiesText: "x".repeat(257) }, /at most 256/],
      [{ customPrivacyAndCookiesUrl: `https://contoso.com/${"p".repeat(120)}` }, /at most 128/],
      [{ customTermsOfUseUrl: "https://contosö.com/terms" }, /ASCII/],
      [{ backgroundColor: "blue" }, /hex/],
      [{ usernameHintText: "<b>hi</b>" }, /links or code/],
      [{ colour: "red" }, /'colour' does not exist on type 'microsoft.graph.organizationalBranding'/],
    ];
    for (const [body, message] of cases) {
      const res = await patch({ signInPageText: "kept?", ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = (await res.json()).error;
      expect(error.message).toMatch(message);
      expect(error.innerError["request-id"]).toBeTruthy();
    }
    expect(world.read((s) => s.tenants.find((t) => t.id === CONTOSO_TENANT_ID)!.branding?.signInPageText)).toBeUndefined();
  });

  it("§13.1 images: a PNG within 245×36 and 50 KB is stored; too wide, too heavy or the wrong type is a 400 naming the image", async () => {
    loadScenario("work-account");
    expect((await putImage("bannerLogo", "image/png", png(245, 36))).status).toBe(204);
    const got = await graph(`${branding}/localizations/0/bannerLogo`);
    expect(got.headers.get("Content-Type")).toBe("image/png");
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(png(245, 36));

    const tooWide = await putImage("bannerLogo", "image/png", png(246, 36));
    expect(tooWide.status).toBe(400);
    expect((await tooWide.json()).error).toMatchObject({ message: expect.stringMatching(/245×36/), details: [{ target: "bannerLogo" }] });
    const tooHeavy = await putImage("bannerLogo", "image/png", png(200, 30, 50 * 1024 + 1));
    expect((await tooHeavy.json()).error.message).toMatch(/50 KB/);
    const gif = await putImage("bannerLogo", "image/gif", new Uint8Array([0x47, 0x49, 0x46]));
    expect((await gif.json()).error.message).toMatch(/PNG or JPG/);
    expect((await putImage("backgroundImage", "image/png", png(1920, 1080, 300 * 1024 + 1))).status).toBe(400);
    expect((await putImage("backgroundImage", "image/png", png(1920, 1080))).status).toBe(204);
    expect((await putImage("squareLogo", "image/png", png(241, 240))).status).toBe(400);
  });

  it("§13.3 DELETE goes back to the Microsoft default: GET is Graph's 404 and the page data carries no branding", async () => {
    loadScenario("work-account");
    expect((await graph(branding, { method: "DELETE" })).status).toBe(204);
    const res = await graph(branding);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("Request_ResourceNotFound");
    expect((await startSessionFor("alex@fabrikam.com")).invitation.organization.branding).toBeUndefined();
  });

  it("the studio's colour is the branding's background colour", async () => {
    loadScenario("work-account");
    expect((await putSettings({ brandingColor: "#123456" })).status).toBe(200);
    expect((await (await graph(branding)).json()).backgroundColor).toBe("#123456");
  });
});
