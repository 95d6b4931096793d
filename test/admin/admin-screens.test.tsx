// The admin page in jsdom (spec §8, A02).
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, api, loadScenario, postJson, signedInSession } from "../support/api";
import { renderApp } from "../support/render";

describe("admin page", () => {
  it("A02 the admin page lists guests and blocks sign-in", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/admin");
    const row = (await screen.findByRole("cell", { name: "alex@fabrikam.com" })).closest("tr")!;
    expect(row).toHaveTextContent("PendingAcceptance");
    await user.click(screen.getByRole("button", { name: "Block sign-in" }));
    expect(await screen.findByText("Done: Block sign-in.")).toBeTruthy();
    expect(world.read((s) => s.users[0]?.accountEnabled)).toBe(false);
  });

  it("A02 §8 Delete asks first: Keep changes nothing, Delete soft-deletes the guest", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/admin");
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const confirm = screen.getByRole("group", { name: "Delete Alex Wilber? Contoso can restore the account for 30 days." });
    await user.click(within(confirm).getByRole("button", { name: "Keep" }));
    expect(screen.queryByRole("group", { name: /^Delete Alex Wilber/ })).toBeNull();
    expect(world.read((s) => s.users[0]?.deletedDateTime)).toBeUndefined();
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(screen.getByRole("group", { name: /^Delete Alex Wilber/ })).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("Done: Delete.")).toBeTruthy();
    expect(world.read((s) => s.users[0]?.deletedDateTime)).toBeTruthy();
  });

  it.each([
    ["en", "Terms of use", "Accepted: 1 · Declined: 0", "Accepted", "Contoso has no terms of use."],
    ["nl", "Gebruiksvoorwaarden", "Geaccepteerd: 1 · Geweigerd: 0", "Geaccepteerd", "Contoso heeft geen gebruiksvoorwaarden."],
  ] as const)(
    "A02 §5.2 §7 (%s) lists who accepted the terms of use, from Graph's acceptances",
    async (language, heading, counts, state, none) => {
      loadScenario("work-account");
      const empty = renderApp("/admin", { language });
      await screen.findByText(none);
      empty.unmount();

      loadScenario("terms-of-use");
      const session = await signedInSession("alex@fabrikam.com");
      const terms = session.step === "consent" ? (await acceptConsent(session.id)).body : session;
      await postJson(`${api}/sessions/${terms.id}/terms`, { decision: "accept", expanded: true });
      renderApp("/admin", { language });
      const section = (await screen.findByRole("heading", { level: 2, name: heading })).closest("section")!;
      expect(await within(section).findByText(counts)).toBeTruthy();
      const row = within(section).getByRole("cell", { name: "alex@fabrikam.com" }).closest("tr")!;
      expect(within(row).getByRole("cell", { name: state })).toBeTruthy();
      expect(within(row).getByRole("cell", { name: "Alex Wilber" })).toBeTruthy();
    },
  );
});
