// The resource tenant's banner logo in the My Apps header (addendum §15.2, §13.2 "My Apps header: T's banner logo"),
// from the same company branding the sign-in page uses; none when T has no banner logo. English and Dutch.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CONTOSO_TENANT_ID } from "../../mocks/scenarios";
import { contosoBranding } from "../../mocks/scenarios/logos";
import type { Language } from "../../src/i18n";
import { graph, loadScenario } from "../support/api";
import { ALEX, openInvitation } from "../support/flow";
import { createFakeAuth } from "../support/fakeAuth";

const copy = {
  en: { next: "Next", accept: "Accept", apps: "Apps" },
  nl: { next: "Volgende", accept: "Accepteren", apps: "Apps" },
} as const;

async function myApps(language: Language & keyof typeof copy, before?: () => Promise<unknown>) {
  loadScenario("assigned-apps");
  await before?.();
  const { user } = await openInvitation(ALEX, { auth: createFakeAuth(ALEX), language });
  await user.click(await screen.findByRole("button", { name: copy[language].next }));
  await user.click(await screen.findByRole("button", { name: copy[language].accept }));
  await screen.findByRole("heading", { level: 1, name: copy[language].apps });
  return screen.getByRole("searchbox").closest("header")!;
}

describe("the My Apps header", () => {
  it.each(["en", "nl"] as const)("§15.2 (%s) shows Contoso's banner logo, the one its sign-in page shows", async (language) => {
    const header = await myApps(language);
    const logo = screen.getByRole("img", { name: "Contoso" });
    expect(header.contains(logo)).toBe(true);
    expect(logo.getAttribute("src")).toBe(contosoBranding().bannerLogo);
    expect(header.firstElementChild).toBe(logo);
  });

  it.each(["en", "nl"] as const)("§13.3 (%s) without a banner logo the header has none", async (language) => {
    const header = await myApps(language, () => graph(`/organization/${CONTOSO_TENANT_ID}/branding`, { method: "DELETE" }));
    expect(header.querySelector("img")).toBeNull();
    expect(screen.queryByRole("img", { name: "Contoso" })).toBeNull();
  });
});
