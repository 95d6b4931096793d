// The scenario picker in jsdom (issue 12 §5): grouped by what the scenarios show, each naming its guest, path,
// outcome, spec rows and password, so a presenter can run any scenario without the README.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { scenarioId } from "../../src/api/contract";
import { getResponse, http } from "msw";
import { fakeEntra, server, world } from "../../mocks/node";
import { loadScenario } from "../support/api";
import { DEMO_PASSWORD, SCENARIO_CARDS } from "../../src/features/home/catalogue";
import { DEMO_PASSWORD as SEEDED_PASSWORD } from "../../mocks/scenarios";
import { renderApp } from "../support/render";

const factsOf = (item: HTMLElement) =>
  Object.fromEntries(
    within(item)
      .getAllByRole("term")
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

describe("scenario picker", () => {
  it("studio: groups every scenario once under its heading, each with guest, path, outcome, spec rows and password", async () => {
    renderApp("/");
    const groups = await screen.findAllByRole("heading", { level: 2 });
    await screen.findByRole("heading", { level: 2, name: "Federation" });
    expect(groups.map((h) => h.textContent)).toEqual([
      "Existing accounts",
      "One-time passcodes",
      "New accounts",
      "Federation",
      "Policies and errors",
      "After redemption: admin and guest actions",
    ]);
    const buttons = screen.getAllByRole("button", { name: /^Start scenario/ });
    expect(buttons.map((b) => /“(.+)”/.exec(b.textContent ?? "")?.[1]).toSorted()).toEqual([...scenarioId.options].toSorted());

    const federation = screen.getByRole("region", { name: "Federation" });
    const saml = within(federation).getByRole("button", { name: "Start scenario “saml-partner”" }).closest("li")!;
    expect(factsOf(saml)).toEqual({
      Guest: "jo@woodgrovebank.com",
      Path: "SAML/WS-Fed partner",
      "Ends with": "My Apps",
      Spec: "S17 D5 P2",
      Password: "Demo-1234",
    });
    const policies = screen.getByRole("region", { name: "Policies and errors" });
    const blocked = within(policies).getByRole("button", { name: "Start scenario “conditional-access-block”" }).closest("li")!;
    expect(factsOf(blocked)["Ends with"]).toBe("Entra's error page (AADSTS53003)");
    const passcode = screen.getByRole("button", { name: "Start scenario “email-passcode”" }).closest("li")!;
    expect(factsOf(passcode).Password).toBe("none needed");
  });

  it("studio: in Dutch, and a card's Start resets the world to that scenario", async () => {
    const user = userEvent.setup();
    renderApp("/", { language: "nl" });
    const region = await screen.findByRole("region", { name: "Nieuwe accounts" });
    const item = (await within(region).findByRole("button", { name: "Scenario “create-microsoft-account” starten" })).closest("li")!;
    expect(factsOf(item)).toMatchObject({
      Gast: "pat@contoso-partner.net",
      Route: "Maakt een Microsoft-account",
      Wachtwoord: "niet nodig",
    });
    await user.click(within(item).getByRole("button"));
    await screen.findByRole("heading", { name: /Postvak van pat@contoso-partner.net/ });
    expect(world.read((s) => s.scenarioId)).toBe("create-microsoft-account");
  });

  it("studio: Restart this scenario, from any page, rebuilds the running scenario's world and opens its start", async () => {
    loadScenario("email-passcode");
    world.transact((s) => {
      s.users[0]!.accountEnabled = false; // something the demo changed on the way
    });
    const user = userEvent.setup();
    renderApp("/admin");
    await user.click(await screen.findByRole("button", { name: "Restart this scenario" }));
    await screen.findByRole("heading", { name: /Mailbox of lee@yahoo.com/ });
    expect(world.read((s) => [s.scenarioId, s.users[0]?.accountEnabled])).toEqual(["email-passcode", true]);
  });

  it("studio: Restart this scenario keeps its place in the bar, unseen, until the fake world names the scenario (no layout shift)", async () => {
    loadScenario("email-passcode");
    let answer: (() => void) | undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    // The demo state waits until the test lets it through (then the fake world's own handler answers).
    server.use(http.get("*/api/demo", async ({ request }) => answered.then(() => getResponse(fakeEntra.handlers, request))));
    renderApp("/admin");
    // Unseen, it has no accessible name: found by its text.
    const placeholder = (await screen.findByText("Restart this scenario")).closest("button");
    expect(screen.queryByRole("button", { name: "Restart this scenario" })).toBeNull();
    expect(placeholder).toBeDisabled();
    answer?.();
    expect(await screen.findByRole("button", { name: "Restart this scenario" })).toBe(placeholder);
    expect(placeholder).toBeEnabled();
  });

  it("studio: every card's guest is the scenario's own, and its password is the seeded accounts' one", () => {
    for (const id of scenarioId.options) {
      loadScenario(id);
      expect([id, SCENARIO_CARDS[id].guest]).toEqual([id, world.read((s) => s.guestEmail)]);
    }
    expect(DEMO_PASSWORD).toBe(SEEDED_PASSWORD);
  });
});
