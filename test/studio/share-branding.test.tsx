// Company branding in share links (issue 12 §2, docs/decisions/0090): the studio's "Share & data" link carries the
// tenants' current branding; the receiver's fake world starts the scenario and wears the same pages. Links stay
// within 8000 characters: large images are left out (and named), the receiver keeps the scenario's own there.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { CONTOSO_TENANT_ID } from "../../mocks/scenarios";
import { contosoBranding } from "../../mocks/scenarios/logos";
import type { TenantBranding } from "../../src/api/contract";
import { decodeBranding, encodeBranding, mergeShared, SHARE_LINK_MAX } from "../../src/lib/shareBranding";
import { loadScenario } from "../support/api";
import { renderApp } from "../support/render";

const copy = {
  en: { tab: "Share & data", studio: "Demo studio", link: "Share link", heading: "Sign in", box: /With the company branding/ },
  nl: { tab: "Delen en gegevens", studio: "Demostudio", link: "Deelkoppeling", heading: "Aanmelden", box: /Met de huisstijl/ },
} as const;

/** A PNG-like data URL of about `kb` KB (the fake world checks real images; the encoder only measures). */
const bigImage = (kb: number) => `data:image/png;base64,${"A".repeat(kb * 1024)}`;

describe("share links carry the company branding", () => {
  it("§13.1 the texts, colour, switches and small images travel; the link decodes to the same branding", () => {
    const tenants: TenantBranding[] = [
      {
        tenantId: "t1",
        name: "Contoso",
        branding: { ...contosoBranding(), signInPageText: "Héllo **guests**", hideTermsOfUse: true } as never,
      },
    ];
    const { param, leftOut } = encodeBranding(tenants, "http://x/?scenario=work-account");
    expect(leftOut).toEqual([]);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBranding(param)?.tenants[0]?.branding).toEqual(tenants[0]!.branding);
    expect(decodeBranding("not-a-branding")).toBeUndefined();
  });

  it("§13.1 an uploaded 300 KB background is left out, largest first, and the receiver keeps its own image there", () => {
    const tenants: TenantBranding[] = [
      {
        tenantId: "t1",
        name: "Contoso",
        branding: { bannerLogo: "data:image/png;base64,AAAA", backgroundImage: bigImage(300), signInPageText: "Hi" },
      },
    ];
    const base = "http://localhost:4183/?scenario=work-account&lang=en";
    const { param, leftOut } = encodeBranding(tenants, base);
    expect(leftOut).toEqual([{ tenant: "Contoso", image: "backgroundImage" }]);
    expect(base.length + "&branding=".length + param.length).toBeLessThanOrEqual(SHARE_LINK_MAX);
    const shared = decodeBranding(param)!.tenants[0]!;
    expect(shared.branding.bannerLogo).toBe("data:image/png;base64,AAAA");
    expect(mergeShared(shared, { backgroundImage: "data:image/png;base64,OWN" })).toEqual({
      bannerLogo: "data:image/png;base64,AAAA",
      signInPageText: "Hi",
      backgroundImage: "data:image/png;base64,OWN",
    });
  });

  it.each(["en", "nl"] as const)("(%s) the studio's link brings the sign-in page text and colour to a fresh browser", async (language) => {
    const c = copy[language];
    loadScenario("work-account");
    world.transact((state) => {
      const contoso = state.tenants.find((t) => t.id === CONTOSO_TENANT_ID)!;
      contoso.branding = { ...contoso.branding, signInPageText: "Shared **Contoso** text", backgroundColor: "#123456" };
    });
    const user = userEvent.setup();
    const view = renderApp("/mailbox/alex@fabrikam.com", { language });
    await user.click(await screen.findByRole("button", { name: "Studio" }));
    await user.click(await screen.findByRole("tab", { name: c.tab }));
    const studio = screen.getByRole("complementary", { name: c.studio });
    expect(within(studio).getByRole("checkbox", { name: c.box })).toBeChecked();
    await user.selectOptions(within(studio).getByLabelText(language === "nl" ? "Beginnen bij" : "Start at"), "sign-in");
    const field = within(studio).getByLabelText(c.link) as HTMLInputElement;
    await waitFor(() => expect(field.value).toContain("&branding="));
    const link = new URL(field.value);
    expect(field.value.length).toBeLessThanOrEqual(SHARE_LINK_MAX);
    view.unmount();

    // The receiver: a world with the scenario's own branding, then the link.
    loadScenario("work-account");
    renderApp(`${link.pathname}${link.search}`, { language });
    await screen.findByRole("heading", { level: 1, name: c.heading }, { timeout: 5000 });
    expect(screen.getByText("Contoso").tagName).toBe("STRONG");
    expect(screen.getByText(/Shared/).closest(".ext-boilerplate-text")).not.toBeNull();
    expect(screen.getByRole("img", { name: "Contoso" })).toHaveAttribute("src", contosoBranding().bannerLogo);
    expect(document.querySelector<HTMLElement>(".entra-page")?.style.backgroundColor).toBe("rgb(18, 52, 86)");
  });
});
