// The policy and network errors on Entra's page in jsdom (addendum §14.1–14.2, spec §5.3, §6): tenant
// restrictions, an app that requires assignment, and the CA-interrupt variant with the device fields; the
// cause and the admin's fix in the studio's explain panel only, in English and Dutch.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import type { ScenarioId } from "../../src/api/contract";
import { loadScenario } from "../support/api";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

async function reachError(scenario: ScenarioId, language: "en" | "nl", code: string) {
  loadScenario(scenario);
  const { user } = await openInvitation(undefined, { language });
  await user.click(await screen.findByRole("button", { name: language === "nl" ? "Volgende" : "Next" }));
  const line = await screen.findByText((_, element) => element?.classList.contains("error-line") === true);
  expect(line.textContent).toMatch(new RegExp(`^${code}: `));
  const h1 = screen.getByRole("heading", { level: 1, name: language === "nl" ? "Aanmelden" : "Sign in" });
  await waitFor(() => expect(document.activeElement).toBe(h1));
  return { user, line };
}

async function explainPanel(user: Awaited<ReturnType<typeof reachError>>["user"], language: "en" | "nl") {
  await user.click(screen.getByRole("button", { name: "Studio" }));
  return screen.findByRole("complementary", { name: language === "nl" ? "Demostudio" : "Demo studio" });
}

describe("policy and network errors", () => {
  it.each([
    ["en", "tenant-restrictions", "AADSTS500021", /network administrator has restricted/, /Tenant restrictions v1/],
    ["nl", "tenant-restrictions", "AADSTS500021", /network administrator has restricted/, /Tenantbeperkingen v1/],
    ["en", "app-not-assigned", "AADSTS50105", /isn't assigned to the application/, /assign Contoso Projects to the guest/],
    ["nl", "app-not-assigned", "AADSTS50105", /isn't assigned to the application/, /wijs op \/admin Contoso Projects toe/],
  ] as const)(
    "§6 §14.2 (%s) %s is Entra's page with %s; the explain panel names cause and fix",
    async (language, scenario, code, message, why) => {
      const { user, line } = await reachError(scenario, language, code);
      expect(line.textContent).toMatch(message);
      // No simulator commentary on the guest's page, no sign-out link (addendum §14.2: users report none on 50105).
      expect(screen.queryByText(why)).toBeNull();
      expect(screen.queryByRole("button", { name: /Sign out and sign in|Afmelden en aanmelden/ })).toBeNull();
      const studio = await explainPanel(user, language);
      expect(await within(studio).findByText(why)).toBeTruthy();
      expect(within(studio).getByRole("heading", { name: language === "nl" ? "Over deze fout" : "About this error" })).toBeTruthy();
    },
  );

  it("§14.2 50105's troubleshooting details name the app the invitation leads to", async () => {
    const { user } = await reachError("app-not-assigned", "en", "AADSTS50105");
    await user.click(screen.getByRole("button", { name: "More details" }));
    const details = screen.getByRole("region", { name: "Troubleshooting details" });
    expect(within(details).getByText("Contoso Projects")).toBeTruthy();
    expect(within(details).getByText("Message")).toBeTruthy();
    expect(within(details).queryByText("Device state")).toBeNull();
  });

  it.each([
    ["en", ["Error Code", "IP address", "Device identifier", "Device platform", "Device state"], "Troubleshooting details", "More details"],
    ["nl", ["Foutcode", "IP-adres", "Apparaat-id", "Apparaatplatform", "Apparaatstatus"], "Details voor probleemoplossing", "Meer details"],
  ] as const)(
    "§14.1 row 7 (%s) device-compliance: the CA-interrupt variant with App and Device fields",
    async (language, labels, region, more) => {
      const { user } = await reachError("device-compliance", language, "AADSTS53000");
      await user.click(screen.getByRole("button", { name: more }));
      const details = screen.getByRole("region", { name: region });
      for (const label of labels) expect(within(details).getByText(label)).toBeTruthy();
      expect(within(details).getByText("53000")).toBeTruthy();
      expect(within(details).getByText("Windows 10")).toBeTruthy();
      expect(within(details).getByText(/^203\.0\.113\.\d+$/)).toBeTruthy();
      const studio = await explainPanel(user, language);
      expect(
        await within(studio).findByText(
          language === "nl" ? /vertrouwt compatibele apparaten van Fabrikam/ : /trusts compliant devices from Fabrikam/,
        ),
      ).toBeTruthy();
    },
  );

  it.each([
    [
      "en",
      "Demo studio",
      "Tenant settings",
      "The guest's network restricts tenants (simulator)",
      "Require a device for guests (Conditional Access)",
      "Trust compliant and hybrid-joined devices from Fabrikam (inbound trust)",
      "Save settings",
    ],
    [
      "nl",
      "Demostudio",
      "Tenantinstellingen",
      "Het netwerk van de gast beperkt tenants (simulator)",
      "Een apparaat vereisen voor gasten (voorwaardelijke toegang)",
      "Compatibele en hybride gekoppelde apparaten van Fabrikam vertrouwen (inkomend vertrouwen)",
      "Instellingen opslaan",
    ],
  ] as const)(
    "§14.2 §5.3 (%s) the studio's controls set the guest's network and the device requirement",
    async (language, name, tab, network, device, trust, save) => {
      loadScenario("work-account");
      const user = userEvent.setup();
      renderApp("/mailbox/alex@fabrikam.com", { language });
      await user.click(await screen.findByRole("button", { name: "Studio" }));
      await user.click(await screen.findByRole("tab", { name: tab }));
      const studio = screen.getByRole("complementary", { name });
      await user.selectOptions(await within(studio).findByLabelText(network), "v2");
      await user.selectOptions(within(studio).getByLabelText(device), "hybrid-joined");
      await user.click(within(studio).getByLabelText(trust));
      await user.click(within(studio).getByRole("button", { name: save }));
      await waitFor(() =>
        expect(world.read((s) => s.tenants[0]!.policies)).toMatchObject({
          guestNetworkRestriction: "v2",
          deviceRequirementForGuests: "hybrid-joined",
          trustHomeTenantDevices: true,
        }),
      );
    },
  );
});
