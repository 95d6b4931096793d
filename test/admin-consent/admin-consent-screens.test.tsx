// The app's consent prompt when only an admin can grant its permissions, in jsdom (spec §5.4, addendum §14.2
// 90094/90095): Need admin approval and Approval required in English and Dutch, the request and its e-mail,
// the admin's Approve and Deny on /admin, and the code, cause and fix in the studio's explain panel only.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import type { ScenarioId } from "../../src/api/contract";
import { acceptConsent, api, loadScenario, postJson, signedInSession } from "../support/api";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

type Lang = "en" | "nl";

async function reachAppConsent(scenario: ScenarioId, language: Lang, heading: string) {
  loadScenario(scenario);
  const { user } = await openInvitation(undefined, { language });
  await user.click(await screen.findByRole("button", { name: language === "nl" ? "Volgende" : "Next" }));
  await user.click(await screen.findByRole("button", { name: language === "nl" ? "Accepteren" : "Accept" }));
  const h1 = await screen.findByRole("heading", { level: 1, name: heading });
  await waitFor(() => expect(document.activeElement).toBe(h1));
  return { user };
}

async function explainPanel(user: ReturnType<typeof userEvent.setup>, language: Lang) {
  await user.click(screen.getByRole("button", { name: "Studio" }));
  return screen.findByRole("complementary", { name: language === "nl" ? "Demostudio" : "Demo studio" });
}

/** Alex redeemed and asked for approval, through the API (the screen test of the request is below). */
async function pendingRequest(justification: string) {
  loadScenario("admin-consent-request");
  const session = await signedInSession("alex@fabrikam.com");
  const consented = await acceptConsent(session.id);
  expect(consented.body.step).toBe("app-consent");
  const requested = await postJson(`${api}/sessions/${session.id}/app-consent/request`, { justification });
  expect(requested.status).toBe(200);
}

describe("S54 the app's consent prompt", () => {
  it.each([
    [
      "en",
      "Need admin approval",
      /needs permission to access resources in your organization that only an admin can grant/,
      /Ask an admin/,
      "Sign in with that account",
      /AADSTS90094 \(AdminConsentRequired\)/,
    ],
    [
      "nl",
      "Goedkeuring van beheerder nodig",
      /die alleen een beheerder kan verlenen/,
      /Vraag een beheerder/,
      "Meld je aan met dat account",
      /AADSTS90094 \(AdminConsentRequired\): de uitnodiging leidt/,
    ],
  ] as const)(
    "S54 §5.4 AADSTS90094 (%s) without the workflow: %s, nothing to request, another account; the code only in the explain panel",
    async (language, heading, onlyAdmin, ask, other, why) => {
      const { user } = await reachAppConsent("admin-consent-required", language, heading);
      expect(screen.getByText(onlyAdmin)).toBeTruthy();
      expect(screen.getByText(ask)).toBeTruthy();
      expect(screen.getByText("Contoso Partner Wiki")).toBeTruthy();
      expect(screen.getByText("alex@fabrikam.com")).toBeTruthy();
      expect(screen.queryByRole("textbox")).toBeNull();
      expect(screen.queryByRole("button", { name: /Request approval|Goedkeuring aanvragen/ })).toBeNull();
      expect(screen.queryByText(/AADSTS90094/)).toBeNull();
      expect(screen.getByRole("button", { name: other })).toBeTruthy();
      const studio = await explainPanel(user, language);
      expect(await within(studio).findByText(why)).toBeTruthy();
      // "Sign in with that account" goes back to the sign-in page.
      await user.click(screen.getByRole("button", { name: other }));
      expect(await screen.findByRole("heading", { level: 1, name: language === "nl" ? "Aanmelden" : "Sign in" })).toBeTruthy();
    },
  );

  it.each([
    [
      "en",
      "Approval required",
      "Read all users' full profiles",
      "Enter justification for requesting this app",
      "Request approval",
      /You requested approval on/,
      /for 30 days, then expires/,
    ],
    [
      "nl",
      "Goedkeuring vereist",
      "De volledige profielen van alle gebruikers lezen",
      "Voer een motivering in voor het aanvragen van deze app",
      "Goedkeuring aanvragen",
      /Je hebt op .* goedkeuring aangevraagd/,
      /30 dagen en verloopt dan/,
    ],
  ] as const)(
    "S54 §14.2 AADSTS90095 (%s) with the workflow: %s lists the permission; a justification and Request approval send the request",
    async (language, heading, permission, label, request, sent, why) => {
      const { user } = await reachAppConsent("admin-consent-request", language, heading);
      expect(screen.getByText(permission).tagName).toBe("LI");
      await user.type(screen.getByRole("textbox", { name: label }), "Fabrikam edits the partner wiki");
      await user.click(screen.getByRole("button", { name: request }));
      expect(await screen.findByRole("status")).toHaveTextContent(sent);
      expect(screen.queryByRole("textbox", { name: label })).toBeNull();
      expect(world.read((s) => s.consentRequests.map((r) => r.reason))).toEqual(["Fabrikam edits the partner wiki"]);
      const studio = await explainPanel(user, language);
      expect(await within(studio).findByText(why)).toBeTruthy();
    },
  );

  it.each([
    ["en", "Your request to use Contoso Partner Wiki was sent", "Your justification:", /expires on/],
    ["nl", "Je aanvraag om Contoso Partner Wiki te gebruiken is verzonden", "Je motivering:", /verloopt de aanvraag op/],
  ] as const)("S54 §14.2 (%s) the requester's e-mail on submission quotes the justification", async (language, subject, yours, expiry) => {
    await pendingRequest("Fabrikam edits the partner wiki");
    world.transact((s) => {
      for (const m of s.mail) if (m.kind === "consent-request") m.language = language;
    });
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com", { language });
    await user.click(await screen.findByRole("link", { name: new RegExp(subject) }));
    expect(await screen.findByRole("heading", { level: 1, name: subject })).toBeTruthy();
    expect(screen.getByText(yours)).toBeTruthy();
    expect(screen.getByText("Fabrikam edits the partner wiki")).toBeTruthy();
    expect(screen.getByText(expiry)).toBeTruthy();
  });
});

describe("A02 admin consent requests on /admin", () => {
  it.each([
    [
      "en",
      "Admin consent requests",
      "Deny Contoso Partner Wiki",
      "Give a justification: the requester reads it.",
      "Justification for denying",
      "Denied",
    ],
    [
      "nl",
      "Aanvragen voor beheerderstoestemming",
      "Contoso Partner Wiki weigeren",
      "Geef een motivering: de aanvrager leest die.",
      "Motivering voor weigeren",
      "Geweigerd",
    ],
  ] as const)(
    "A02 §14.2 (%s) Deny needs a justification; the request then says Denied",
    async (language, heading, deny, missing, reason, denied) => {
      await pendingRequest("Partner wiki");
      const user = userEvent.setup();
      renderApp("/admin", { language });
      const section = (await screen.findByRole("heading", { name: heading })).closest("section")!;
      await user.click(await within(section).findByRole("button", { name: deny }));
      expect(await within(section).findByText(missing)).toBeTruthy();
      expect(world.read((s) => s.consentRequests[0]!.decision)).toBeUndefined();
      await user.type(within(section).getByRole("textbox", { name: reason }), "Use the shared drive");
      await user.click(within(section).getByRole("button", { name: deny }));
      expect(await within(section).findByRole("cell", { name: new RegExp(`^${denied}`) })).toBeTruthy();
      expect(world.read((s) => s.consentRequests[0]!.reviewerJustification)).toBe("Use the shared drive");
    },
  );

  it("A02 §14.2 Approve grants admin consent to the app for the whole tenant", async () => {
    await pendingRequest("Partner wiki");
    const user = userEvent.setup();
    renderApp("/admin");
    const section = (await screen.findByRole("heading", { name: "Admin consent requests" })).closest("section")!;
    const row = (await within(section).findByRole("cell", { name: "Partner wiki" })).closest("tr")!;
    expect(row).toHaveTextContent("Alex Wilber");
    expect(row).toHaveTextContent("Pending");
    await user.click(within(row).getByRole("button", { name: "Approve Contoso Partner Wiki (grant admin consent)" }));
    expect(await within(section).findByText("Approved: Contoso Partner Wiki has admin consent for everyone in Contoso.")).toBeTruthy();
    expect(world.read((s) => s.apps.find((a) => a.displayName === "Contoso Partner Wiki")!.adminConsentGrantedAt)).toBeTruthy();
  });
});
