// Which tenant's branding shows on which page (addendum §13.2), as a guest sees it: the resource tenant's on
// its sign-in page in the app, the home tenant's on the login host's pages, nobody's on Google's and the
// partner's pages, and the Microsoft default (§13.3) for a tenant without branding.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { GOOGLE_SEGMENT, samlSegment } from "../../mocks/domain/accounts";
import { graph, loadScenario, redeemPath } from "../support/api";
import { authorizeParams, openAuthorize, pkcePair } from "../support/oauth";
import { renderApp } from "../support/render";

const patch = (tenant: string, body: Record<string, unknown>) =>
  graph(`/organization/${tenant}/branding`, { method: "PATCH", body: JSON.stringify(body) });

/** The login host's first page at an authority, parsed as a browser would. */
async function loginPage(segment: string, hint?: string) {
  const { challenge } = await pkcePair();
  const params = { ...authorizeParams(challenge), response_type: "code", ...(hint ? { login_hint: hint } : {}) };
  const { html } = await openAuthorize(segment, params);
  const doc = new DOMParser().parseFromString(html ?? "", "text/html");
  // Queried in the test's own document (role names need its window); `doc` keeps the page's <body> attributes.
  const container = document.createElement("div");
  container.innerHTML = doc.body.innerHTML;
  document.body.replaceChildren(container);
  return { body: within(container), doc };
}

describe("the resource tenant's branding in the app", () => {
  it("§13.2 Contoso's sign-in page: its banner logo, background colour, username hint, sign-in page text and footer links", async () => {
    loadScenario("work-account");
    expect(
      (
        await patch(CONTOSO_TENANT_ID, {
          usernameHintText: "name@contoso.com",
          signInPageText: "Guests: use your **own** work address.\n\nHelp: [Contoso help desk](https://contoso.com/help)",
          customPrivacyAndCookiesText: "Contoso privacy",
          customPrivacyAndCookiesUrl: "https://contoso.com/privacy",
          loginPageTextVisibilitySettings: { hideTermsOfUse: true },
        })
      ).status,
    ).toBe(204);
    renderApp(redeemPath());
    await screen.findByRole("heading", { name: "Sign in" });
    expect(screen.getByRole("img", { name: "Contoso" }).getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(screen.queryByRole("img", { name: "Microsoft" })).toBeNull();
    expect(screen.getByLabelText("Email, phone, or Skype")).toHaveAttribute("placeholder", "name@contoso.com");
    expect(screen.getByText("own").tagName).toBe("STRONG");
    expect(screen.getByRole("link", { name: "Contoso help desk" })).toHaveAttribute("href", "https://contoso.com/help");
    expect(screen.getByRole("link", { name: "Contoso privacy" })).toHaveAttribute("href", "https://contoso.com/privacy");
    expect(screen.queryByRole("link", { name: "Terms of use" })).toBeNull();
    expect(document.querySelector<HTMLElement>(".entra-page")?.style.backgroundColor).toBe("rgb(220, 235, 236)");
  });

  it("§13.3 without branding, Microsoft's default: the mark, the tenant's name as text, Microsoft's footer links", async () => {
    loadScenario("work-account");
    await graph(`/organization/${CONTOSO_TENANT_ID}/branding`, { method: "DELETE" });
    renderApp(redeemPath());
    await screen.findByRole("heading", { name: "Sign in" });
    expect(screen.getByRole("img", { name: "Microsoft" })).toBeTruthy();
    expect(screen.queryByRole("img", { name: "Contoso" })).toBeNull();
    expect(screen.getByText("Contoso")).toBeTruthy();
    expect(screen.getByLabelText("Email, phone, or Skype")).not.toHaveAttribute("placeholder");
    expect(screen.getByRole("link", { name: "Terms of use" })).toHaveAttribute("href", "https://www.microsoft.com/servicesagreement");
    expect(screen.getByRole("link", { name: "Privacy & cookies" })).toBeTruthy();
    expect(document.querySelector<HTMLElement>(".entra-page")?.getAttribute("style")).toBeNull();
  });

  it("§13.2 Dutch: the same branding, Microsoft's footer links in Dutch where the tenant set none", async () => {
    loadScenario("work-account");
    renderApp(redeemPath(), { language: "nl" });
    await screen.findByRole("heading", { name: "Aanmelden" });
    expect(screen.getByRole("img", { name: "Contoso" })).toBeTruthy();
    expect(screen.getAllByRole("link").length).toBeGreaterThanOrEqual(2);
  });
});

describe("the home tenant's branding on the login host", () => {
  it("§13.2 Fabrikam's own page wears Fabrikam's logo, hint and text; Contoso's does not appear there", async () => {
    loadScenario("work-account");
    await patch(FABRIKAM_TENANT_ID, { usernameHintText: "you@fabrikam.com", signInPageText: "Fabrikam staff only" });
    const { body, doc } = await loginPage(FABRIKAM_TENANT_ID);
    expect(body.getByRole("img", { name: "Fabrikam" })).toBeTruthy();
    expect(body.queryByRole("img", { name: "Contoso" })).toBeNull();
    expect(body.getByRole("textbox")).toHaveAttribute("placeholder", "you@fabrikam.com");
    expect(body.getByText("Fabrikam staff only")).toBeTruthy();
    expect(doc.body.getAttribute("style")).toContain("background-color:#f3e6dc");
  });

  it("§13.3 a home tenant without branding shows Microsoft's default on its pages", async () => {
    loadScenario("work-account");
    await graph(`/organization/${FABRIKAM_TENANT_ID}/branding`, { method: "DELETE" });
    const { body, doc } = await loginPage(FABRIKAM_TENANT_ID);
    expect(body.getByRole("img", { name: "Microsoft" })).toBeTruthy();
    expect(body.queryByRole("img", { name: "Fabrikam" })).toBeNull();
    expect(doc.body.getAttribute("style")).toBeNull();
  });

  it("§13.2 Google's and the SAML partner's pages keep their own look: no organization's branding, no Entra footer", async () => {
    loadScenario("gmail-google-federation");
    await patch(CONTOSO_TENANT_ID, { usernameHintText: "name@contoso.com" });
    const google = await loginPage(GOOGLE_SEGMENT);
    expect(google.body.queryByRole("img", { name: /Contoso|Fabrikam|Microsoft/ })).toBeNull();
    expect(google.doc.querySelector(".ext-footer, .banner-logo, [placeholder]")).toBeNull();
    loadScenario("saml-partner");
    const saml = await loginPage(samlSegment("woodgrovebank.com"));
    expect(saml.doc.querySelector("main")?.textContent).toMatch(/Sign in/);
    expect(saml.doc.querySelector(".ext-footer, .banner-logo, [placeholder]")).toBeNull();
    expect(saml.doc.body.getAttribute("style")).toBeNull();
  });
});
