// Several terms of use in jsdom (spec §5.2, §7; decision 0091): one page per agreement, in order, en + nl; the
// studio's terms-of-use controls; /admin lists each agreement with its acceptances.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, api, loadScenario, postJson, redeemPath, signedInSession } from "../support/api";
import { renderApp } from "../support/render";

const copy = {
  en: {
    next: "Next",
    accept: "Accept",
    heading: "Terms of use",
    open: (name: string) => `Open “${name}”`,
    first: "Contoso guest access terms",
    second: "Contoso data protection terms",
    secondText: /data breach/,
    decline: "Decline",
    declined: "You declined the terms of use",
  },
  nl: {
    next: "Volgende",
    accept: "Accepteren",
    heading: "Gebruiksvoorwaarden",
    open: (name: string) => `“${name}” openen`,
    first: "Contoso guest access terms",
    second: "Contoso data protection terms",
    secondText: /datalek/,
    decline: "Weigeren",
    declined: "Je hebt de gebruiksvoorwaarden geweigerd",
  },
} as const;

describe("two terms of use", () => {
  it.each(["en", "nl"] as const)("S27 §5.2 (%s) shows one page per agreement, in order, each with its own Accept", async (language) => {
    const c = copy[language];
    loadScenario("terms-of-use-two-agreements");
    const user = userEvent.setup();
    renderApp(redeemPath("alex@fabrikam.com"), { language });
    await user.click(await screen.findByRole("button", { name: c.next }));
    await user.click(await screen.findByRole("button", { name: c.accept }));
    // The first agreement: it must be opened before Accept.
    await screen.findByText(c.open(c.first));
    expect(screen.getByRole("heading", { level: 1, name: c.heading })).toHaveFocus();
    expect(screen.getByRole("button", { name: c.accept })).toBeDisabled();
    expect(screen.queryByText(c.open(c.second))).toBeNull();
    await user.click(screen.getByText(c.open(c.first)));
    await waitFor(() => expect(screen.getByRole("button", { name: c.accept })).toBeEnabled());
    await user.click(screen.getByRole("button", { name: c.accept }));
    // The second agreement: a new page, nothing opened, its heading focused; it need not be opened first.
    await screen.findByText(c.open(c.second));
    expect(screen.queryByText(c.open(c.first))).toBeNull();
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: c.heading })).toHaveFocus());
    expect(screen.getByRole("region", { name: c.second, hidden: true })).toHaveTextContent(c.secondText);
    expect(screen.getByText(c.open(c.second)).closest("details")).not.toHaveAttribute("open");
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
    await user.click(screen.getByRole("button", { name: c.accept }));
    await waitFor(() => expect(world.read((s) => s.users[0]?.externalUserState)).toBe("Accepted"));
    expect(screen.queryByText(c.open(c.second))).toBeNull();
  });

  it.each(["en", "nl"] as const)("S28 §5.2 (%s) Decline on the second agreement blocks", async (language) => {
    const c = copy[language];
    loadScenario("terms-of-use-two-agreements");
    const user = userEvent.setup();
    renderApp(redeemPath("alex@fabrikam.com"), { language });
    await user.click(await screen.findByRole("button", { name: c.next }));
    await user.click(await screen.findByRole("button", { name: c.accept }));
    await user.click(await screen.findByText(c.open(c.first)));
    await user.click(screen.getByRole("button", { name: c.accept }));
    await screen.findByText(c.open(c.second));
    await user.click(screen.getByRole("button", { name: c.decline }));
    expect(await screen.findByRole("heading", { name: c.declined })).toBeTruthy();
  });

  it.each([
    ["en", "Terms of use", "Accepted: 1 · Declined: 0"],
    ["nl", "Gebruiksvoorwaarden", "Geaccepteerd: 1 · Geweigerd: 0"],
  ] as const)("A02 §5.2 (%s) /admin lists each agreement with its own acceptances", async (language, heading, counts) => {
    loadScenario("terms-of-use-two-agreements");
    const session = await signedInSession("alex@fabrikam.com");
    const terms = session.step === "consent" ? (await acceptConsent(session.id)).body : session;
    await postJson(`${api}/sessions/${terms.id}/terms`, { decision: "accept", expanded: true });
    await postJson(`${api}/sessions/${terms.id}/terms`, { decision: "accept", expanded: false });
    renderApp("/admin", { language });
    const section = (await screen.findByRole("heading", { level: 2, name: heading })).closest("section")!;
    for (const name of ["Contoso guest access terms", "Contoso data protection terms"]) {
      const agreement = (await within(section).findByRole("heading", { level: 3, name })).closest("section")!;
      expect(await within(agreement).findByText(counts)).toBeTruthy();
      expect(within(agreement).getByRole("cell", { name: "alex@fabrikam.com" })).toBeTruthy();
    }
  });
});

const studioCopy = {
  en: {
    studio: "Studio",
    tab: "Tenant settings",
    expand: "Require users to expand the terms of use",
    expire: "Expire consents",
    start: "Expire starting on (YYYY-MM-DD)",
    frequency: "Frequency",
    quarterly: "Quarterly",
    days: "Duration before re-acceptance required (days)",
    hint: /1 to 3650 days/,
    save: "Save settings",
    saved: "Saved.",
  },
  nl: {
    studio: "Studio",
    tab: "Tenantinstellingen",
    expand: "Vereisen dat gebruikers de gebruiksvoorwaarden uitvouwen",
    expire: "Toestemmingen laten verlopen",
    start: "Verlopen vanaf (JJJJ-MM-DD)",
    frequency: "Frequentie",
    quarterly: "Elk kwartaal",
    days: "Duur voordat opnieuw accepteren is vereist (dagen)",
    hint: /1 tot 3650 dagen/,
    save: "Instellingen opslaan",
    saved: "Opgeslagen.",
  },
} as const;

describe("studio terms of use controls", () => {
  it.each(["en", "nl"] as const)(
    "A06 §5.2 §7 (%s) sets 'Expire consents' and the re-acceptance duration; a wrong value keeps what was typed",
    async (language) => {
      const c = studioCopy[language];
      loadScenario("terms-of-use");
      const user = userEvent.setup();
      renderApp("/mailbox/alex@fabrikam.com", { language });
      await user.click(await screen.findByRole("button", { name: c.studio }));
      await user.click(await screen.findByRole("tab", { name: c.tab }));
      const studio = screen.getAllByRole("complementary")[0]!;
      const expand = await within(studio).findByRole("checkbox", { name: c.expand });
      expect(expand).toBeChecked();
      const days = within(studio).getByRole("textbox", { name: c.days });
      expect(days).toHaveValue("30");
      expect(days).toHaveAccessibleDescription(c.hint);
      const expire = within(studio).getByRole("checkbox", { name: c.expire });
      expect(expire).not.toBeChecked();
      expect(within(studio).queryByRole("textbox", { name: c.start })).toBeNull();
      await user.click(expire);
      const start = within(studio).getByRole("textbox", { name: c.start });
      await user.type(start, "2027-02-30");
      await user.selectOptions(within(studio).getByRole("combobox", { name: c.frequency }), c.quarterly);
      await user.clear(days);
      await user.type(days, "0");
      await user.click(within(studio).getByRole("button", { name: c.save }));
      const alert = await within(studio).findByRole("alert");
      expect(alert).toHaveTextContent("termsReacceptAfterDays");
      expect(alert).toHaveTextContent("termsExpireConsents");
      expect(start).toHaveValue("2027-02-30");
      expect(start).toHaveAttribute("aria-invalid", "true");
      expect(days).toHaveValue("0");
      expect(days).toHaveAttribute("aria-invalid", "true");
      expect(world.read((s) => s.tenants[0]!.policies.termsOfUse?.expireConsents)).toBeUndefined();
      await user.clear(start);
      await user.type(start, "2027-03-01");
      await user.clear(days);
      await user.type(days, "90");
      await user.click(within(studio).getByRole("button", { name: c.save }));
      await within(studio).findByText(c.saved);
      expect(world.read((s) => s.tenants[0]!.policies.termsOfUse)).toMatchObject({
        requireExpand: true,
        reacceptAfterDays: 90,
        expireConsents: { startsOn: "2027-03-01T00:00:00.000Z", frequency: "quarterly" },
      });
      // Emptying the duration and unticking the expiry switch both off.
      await user.clear(days);
      await user.click(expire);
      await user.click(within(studio).getByRole("button", { name: c.save }));
      await waitFor(() => expect(world.read((s) => s.tenants[0]!.policies.termsOfUse?.reacceptAfterDays)).toBeUndefined());
      expect(world.read((s) => s.tenants[0]!.policies.termsOfUse?.expireConsents)).toBeUndefined();
    },
  );
});
