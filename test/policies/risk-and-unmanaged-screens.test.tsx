// Identity Protection risk and the unmanaged home directory on Entra's page in jsdom (issue 13 §2; decisions 0085,
// 0086): AADSTS53004 after Review permissions, AADSTS53011's "Your account is blocked" after the home sign-in, and
// AADSTS65005 for a guest of a viral directory; the cause and the admin's fix in the studio's explain panel only,
// and the studio's controls that are the way back, in English and Dutch.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import type { ScenarioId } from "../../src/api/contract";
import { loadScenario } from "../support/api";
import { createFakeAuth } from "../support/fakeAuth";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

type Language = "en" | "nl";
const JAMIE = "jamie@fourthcoffee.com";

async function signIn(scenario: ScenarioId, language: Language, email = "alex@fabrikam.com") {
  loadScenario(scenario);
  const flow = await openInvitation(email, { language, auth: createFakeAuth(email) });
  await flow.user.click(await screen.findByRole("button", { name: language === "nl" ? "Volgende" : "Next" }));
  return flow;
}

async function errorLine(code: string) {
  const line = await screen.findByText((_, element) => element?.classList.contains("error-line") === true);
  expect(line.textContent).toMatch(new RegExp(`^${code}: `));
  return line;
}

async function explainPanel(user: ReturnType<typeof userEvent.setup>, language: Language) {
  await user.click(screen.getByRole("button", { name: "Studio" }));
  const studio = await screen.findByRole("complementary", { name: language === "nl" ? "Demostudio" : "Demo studio" });
  expect(within(studio).getByRole("heading", { name: language === "nl" ? "Over deze fout" : "About this error" })).toBeTruthy();
  return studio;
}

describe("risk (decision 0085)", () => {
  it.each([
    ["en", "Accept", "Sign in", /dismisses the user's risk in Risky users/],
    ["nl", "Accepteren", "Aanmelden", /negeert het gebruikersrisico bij Riskante gebruikers/],
  ] as const)(
    "§5.3 §12.2 (%s) risky-guest-registration: after Review permissions, AADSTS53004 on Entra's page",
    async (language, accept, heading, why) => {
      const { user } = await signIn("risky-guest-registration", language);
      await user.click(await screen.findByRole("button", { name: accept }));
      const line = await errorLine("AADSTS53004");
      expect(line.textContent).toMatch(/multifactor authentication registration/);
      const h1 = screen.getByRole("heading", { level: 1, name: heading });
      await waitFor(() => expect(document.activeElement).toBe(h1));
      // Not the registration interrupt, and nothing of the simulator on the guest's page.
      expect(screen.queryByRole("heading", { name: /More information required|Meer informatie vereist/ })).toBeNull();
      expect(screen.queryByText(why)).toBeNull();
      const studio = await explainPanel(user, language);
      expect(await within(studio).findByText(why)).toBeTruthy();
    },
  );

  it.each([
    [
      "en",
      "Your account is blocked",
      /We've detected suspicious activity on your account/,
      /blocks high-risk guests/,
      "More details",
      "Error Code",
    ],
    [
      "nl",
      "Je account is geblokkeerd",
      /We hebben verdachte activiteit op je account gedetecteerd/,
      /blokkeert gasten met een hoog risico/,
      "Meer details",
      "Foutcode",
    ],
  ] as const)(
    "§6 (%s) home-tenant-risk-block: AADSTS53011 on Identity Protection's page, heading and line of its own",
    async (language, heading, lead, why, more, errorCode) => {
      const { user } = await signIn("home-tenant-risk-block", language);
      const line = await errorLine("AADSTS53011");
      expect(line.textContent).toBe("AADSTS53011: User blocked due to risk on home tenant.");
      const h1 = await screen.findByRole("heading", { level: 1, name: heading });
      await waitFor(() => expect(document.activeElement).toBe(h1));
      expect(screen.getByText(lead)).toBeTruthy();
      expect(screen.queryByText(/Sorry, but we're having trouble|Het spijt ons/)).toBeNull();
      await user.click(screen.getByRole("button", { name: more }));
      expect(screen.getByText(errorCode)).toBeTruthy();
      expect(screen.getByText("53011")).toBeTruthy();
      const studio = await explainPanel(user, language);
      expect(await within(studio).findByText(why)).toBeTruthy();
    },
  );
});

describe("an unmanaged home directory (decision 0086)", () => {
  it.each([
    ["en", "Sign in", /takes the directory over as its administrator \(admin takeover/],
    ["nl", "Aanmelden", /neemt de directory over als beheerder \(beheerdersovername/],
  ] as const)("§4.1 §6 (%s) unmanaged-home-tenant: AADSTS65005 with the spec's message", async (language, heading, why) => {
    const { user } = await signIn("unmanaged-home-tenant", language, JAMIE);
    const line = await errorLine("AADSTS65005");
    expect(line.textContent).toMatch(/fourthcoffee\.com because it is in an unmanaged state/);
    expect(line.textContent).toMatch(/claim ownership of the company by DNS validation of fourthcoffee\.com/);
    const h1 = screen.getByRole("heading", { level: 1, name: heading });
    await waitFor(() => expect(document.activeElement).toBe(h1));
    expect(screen.queryByText(why)).toBeNull();
    const studio = await explainPanel(user, language);
    expect(await within(studio).findByText(why)).toBeTruthy();
  });
});

describe("the studio's controls (decisions 0085, 0086)", () => {
  it.each([
    [
      "en",
      "Demo studio",
      "Tenant settings",
      "Risk-based Conditional Access for guests (high risk)",
      "Fabrikam's Identity Protection rates the guest's risk",
      "The guest's self-service directory is unmanaged, with no administrator (off: an admin took it over)",
      "Save settings",
    ],
    [
      "nl",
      "Demostudio",
      "Tenantinstellingen",
      "Risicogebaseerde voorwaardelijke toegang voor gasten (hoog risico)",
      "ID-beveiliging van Fabrikam schat het risico van de gast in op",
      "De selfservicedirectory van de gast is onbeheerd, zonder beheerder (uit: een beheerder heeft hem overgenomen)",
      "Instellingen opslaan",
    ],
  ] as const)("(%s) the risk, the risk-based policy and the admin takeover", async (language, name, tab, policy, risk, unmanaged, save) => {
    loadScenario("unmanaged-home-tenant");
    world.transact((s) => {
      const alex = s.accounts[0]!;
      if (alex.kind === "entra") alex.userRisk = undefined;
    });
    const user = userEvent.setup();
    renderApp(`/mailbox/${JAMIE}`, { language });
    await user.click(await screen.findByRole("button", { name: "Studio" }));
    await user.click(await screen.findByRole("tab", { name: tab }));
    const studio = screen.getByRole("complementary", { name });
    const takeover = (await within(studio).findByLabelText(unmanaged)) as HTMLInputElement;
    expect(takeover.checked).toBe(true);
    await user.click(takeover);
    await user.selectOptions(within(studio).getByLabelText(policy), "block");
    await user.selectOptions(within(studio).getByLabelText(risk), "high");
    await user.click(within(studio).getByRole("button", { name: save }));
    await waitFor(() =>
      expect(
        world.read((s) => ({
          policy: s.tenants[0]!.policies.riskPolicyForGuests,
          unmanaged: s.tenants.find((t) => t.domain === "fourthcoffee.com")?.unmanaged,
          risk: s.accounts[0]?.kind === "entra" ? s.accounts[0].userRisk : undefined,
        })),
      ).toEqual({ policy: "block", unmanaged: false, risk: "high" }),
    );
  });
});
