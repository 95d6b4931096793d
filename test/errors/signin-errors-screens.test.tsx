// AADSTS50055's update-password page at the home tenant and the studio's explanations of 50055 and 70012
// (addendum §14.2; spec §4.4, §6), by role and accessible name, en + nl (decisions 0074, 0075).
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { loadScenario } from "../support/api";
import { authorizeParams, pkcePair, submitPassword } from "../support/oauth";
import { renderApp } from "../support/render";
import type { Language } from "../../src/i18n";

async function updatePage(lang: Language) {
  const { challenge } = await pkcePair();
  const params = { ...authorizeParams(challenge), ui_locales: lang };
  const { html } = await submitPassword(FABRIKAM_TENANT_ID, params, "alex@fabrikam.com", DEMO_PASSWORD);
  const doc = new DOMParser().parseFromString(html ?? "", "text/html");
  const container = document.createElement("div");
  container.innerHTML = doc.body.innerHTML;
  document.body.replaceChildren(container);
  return within(container);
}

async function openExplain(language: Language, mailbox: string) {
  const user = userEvent.setup();
  renderApp(`/mailbox/${mailbox}`, { language });
  await user.click(await screen.findByRole("button", { name: "Studio" }));
  return screen.findByRole("complementary", { name: language === "nl" ? "Demostudio" : "Demo studio" });
}

describe("expired password (AADSTS50055) screens", () => {
  it.each([
    ["en", "Update your password", ["Current password", "New password", "Confirm password"], "Sign in"],
    ["nl", "Je wachtwoord bijwerken", ["Huidig wachtwoord", "Nieuw wachtwoord", "Wachtwoord bevestigen"], "Aanmelden"],
  ] as const)("§14.2 %s: the home tenant's page with its three labelled password fields", async (lang, heading, labels, button) => {
    loadScenario("expired-password");
    const page = await updatePage(lang);
    expect(page.getByRole("heading", { level: 1, name: heading })).toBeTruthy();
    for (const label of labels) expect(page.getByLabelText(label)).toHaveAttribute("type", "password");
    expect(page.getByRole("button", { name: button })).toBeTruthy();
    expect(page.getByRole("img", { name: "Fabrikam" })).toBeTruthy();
    expect(page.queryByText(/AADSTS/)).toBeNull();
  });

  it.each([
    ["en", "Expired password (AADSTS50055)", /the password of alex@fabrikam.com has expired at its home tenant/],
    ["nl", "Verlopen wachtwoord (AADSTS50055)", /het wachtwoord van alex@fabrikam.com is verlopen bij de thuistenant/],
  ] as const)("§14.2 %s: the explain panel names the code, its cause and the fix", async (lang, heading, text) => {
    loadScenario("expired-password");
    const studio = await openExplain(lang, "alex@fabrikam.com");
    await within(studio).findByRole("heading", { name: heading });
    expect(within(studio).getByText(text)).toBeTruthy();
  });
});

describe("Microsoft account service error (AADSTS70012) in the studio", () => {
  it.each([
    ["en", "Microsoft account service error (AADSTS70012)", /The way out: try again/],
    ["nl", "Fout van de Microsoft-accountservice (AADSTS70012)", /Wat helpt: opnieuw proberen/],
  ] as const)("§6 %s: the explain panel names 70012 while the fault is set", async (lang, heading, fix) => {
    loadScenario("msa-server-error");
    const studio = await openExplain(lang, "sam@outlook.com");
    await within(studio).findByRole("heading", { name: heading });
    expect(within(studio).getByText(fix)).toBeTruthy();
  });

  it("§6 without the fault there is no such entry", async () => {
    loadScenario("microsoft-account");
    const studio = await openExplain("en", "sam@outlook.com");
    await within(studio).findByRole("heading", { name: "Why am I seeing this?" });
    expect(within(studio).queryByRole("heading", { name: /AADSTS70012/ })).toBeNull();
  });
});
