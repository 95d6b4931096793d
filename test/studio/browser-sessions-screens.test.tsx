// The studio's "Browser sessions" (addendum §10): this browser's sessions at the fake login host, with Sign out
// and Forget per account and every account signed out at once; by role and accessible name, keyboard only.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { seedBrowserSessions, thisBrowser } from "../support/api";
import { renderApp } from "../support/render";
import type { Language } from "../../src/i18n";

async function openSessions(language: Language = "en") {
  const user = userEvent.setup();
  renderApp("/mailbox/alex@fabrikam.com", { language });
  await user.click(await screen.findByRole("button", { name: "Studio" }));
  await user.click(await screen.findByRole("tab", { name: language === "nl" ? "Delen en gegevens" : "Share & data" }));
  const studio = screen.getByRole("complementary", { name: language === "nl" ? "Demostudio" : "Demo studio" });
  const heading = await within(studio).findByRole("heading", { name: language === "nl" ? "Browsersessies" : "Browser sessions" });
  const section = heading.closest("section")!;
  return { user, section };
}

const row = (section: HTMLElement, name: string) => within(section).getByRole("heading", { name, level: 3 }).closest("li")!;

describe("studio: browser sessions", () => {
  it("S40 §10.1 lists this browser's accounts; Sign out keeps the row signed out, Forget removes it, by keyboard", async () => {
    const browser = await thisBrowser();
    seedBrowserSessions(browser, ["taylor@fabrikam.com"], true);
    seedBrowserSessions(browser, ["alex@fabrikam.com"]);
    const { user, section } = await openSessions();
    await within(section).findByText("2 accounts in this browser.");
    const list = within(section).getByRole("list", { name: "Browser sessions" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    const taylor = row(section, "Taylor Reyes");
    expect(taylor).toHaveTextContent("taylor@fabrikam.com");
    expect(taylor).toHaveTextContent("Signed in");
    expect(taylor).toHaveTextContent("Stays signed in");
    expect(taylor).toHaveTextContent(/Last used/);
    expect(row(section, "Alex Wilber")).toHaveTextContent("Until the browser closes, or 24 hours unused");

    // Sign out, from the keyboard: the tile stays, signed out, and focus moves on to its Forget.
    within(section).getByRole("button", { name: "Sign out Taylor Reyes" }).focus();
    await user.keyboard("{Enter}");
    expect(await within(section).findByRole("status")).toHaveTextContent("Taylor Reyes is signed out.");
    await waitFor(() => expect(row(section, "Taylor Reyes")).toHaveTextContent("Signed out"));
    expect(within(section).queryByRole("button", { name: "Sign out Taylor Reyes" })).toBeNull();
    expect(within(section).getByRole("button", { name: "Forget Taylor Reyes" })).toHaveFocus();
    expect(world.read((s) => s.browserSessions.find((b) => b.browser === browser && b.signedOut)?.accountObjectId)).toBe(
      world.read((s) => s.accounts.find((a) => a.email === "taylor@fabrikam.com")?.objectId),
    );

    // Forget: the row goes, and focus lands on the section's heading.
    await user.keyboard("{Enter}");
    await waitFor(() => expect(within(section).queryByRole("heading", { name: "Taylor Reyes", level: 3 })).toBeNull());
    expect(within(section).getByRole("status")).toHaveTextContent("Taylor Reyes is forgotten.");
    expect(within(section).getByRole("heading", { name: "Browser sessions" })).toHaveFocus();
    expect(within(section).getByText("1 account in this browser.")).toBeTruthy();

    // Everyone signed out at once; the tiles stay.
    await user.click(within(section).getByRole("button", { name: "Sign out everywhere in this browser" }));
    await waitFor(() => expect(row(section, "Alex Wilber")).toHaveTextContent("Signed out"));
    expect(within(section).getByRole("button", { name: "Sign out everywhere in this browser" })).toBeDisabled();
    expect(world.read((s) => s.browserSessions.filter((b) => b.browser === browser).map((b) => b.signedOut))).toEqual([true]);
  });

  it("S40 §10.1 says so when another tab already forgot the account, and shows the list as it is now", async () => {
    const browser = await thisBrowser();
    const [alex] = seedBrowserSessions(browser, ["alex@fabrikam.com"]);
    const { user, section } = await openSessions();
    await within(section).findByRole("heading", { name: "Alex Wilber", level: 3 });
    world.transact((s) => {
      s.browserSessions = s.browserSessions.filter((b) => b.sid !== alex);
    });
    await user.click(within(section).getByRole("button", { name: "Sign out Alex Wilber" }));
    expect(await within(section).findByRole("alert")).toHaveTextContent("another tab has forgotten it");
    expect(await within(section).findByText(/A new browser profile, such as a private window, starts with none/)).toBeTruthy();
  });

  it("S40 §10.1 says a new browser profile starts with no sessions", async () => {
    const { section } = await openSessions();
    expect(
      await within(section).findByText(
        /No account has signed in to the login host in this browser yet\. A new browser profile, such as a private window/,
      ),
    ).toBeTruthy();
    expect(within(section).queryByRole("list")).toBeNull();
  });

  it("S40 §10.1 runs in Dutch, with the right plural", async () => {
    const browser = await thisBrowser();
    seedBrowserSessions(browser, ["alex@fabrikam.com"]);
    const { user, section } = await openSessions("nl");
    expect(await within(section).findByText("1 account in deze browser.")).toBeTruthy();
    expect(row(section, "Alex Wilber")).toHaveTextContent("Aangemeld");
    await user.click(within(section).getByRole("button", { name: "Alex Wilber afmelden" }));
    await waitFor(() => expect(row(section, "Alex Wilber")).toHaveTextContent("Afgemeld"));
    await user.click(within(section).getByRole("button", { name: "Alex Wilber vergeten" }));
    expect(await within(section).findByText(/Een nieuw browserprofiel, zoals een privévenster, begint zonder sessies/)).toBeTruthy();
  });
});

describe("studio: sign-in session settings", () => {
  it("A08 §10.2 §10.4 saves Fabrikam's Show keep user signed in and the two assumption toggles", async () => {
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    await user.click(await screen.findByRole("button", { name: "Studio" }));
    await user.click(await screen.findByRole("tab", { name: "Tenant settings" }));
    const studio = screen.getByRole("complementary", { name: "Demo studio" });
    const group = (await within(studio).findByRole("group", { name: "Sign-in sessions" })) as HTMLElement;
    const keep = within(group).getByRole("checkbox", { name: /Fabrikam: show “Stay signed in\?” to its users/ });
    const guests = within(group).getByRole("checkbox", { name: /home tenant's “Stay signed in\?” when a guest signs in/ });
    const link = within(group).getByRole("checkbox", { name: /Sign out and sign in with a different account/ });
    expect([keep, guests, link].map((c) => (c as HTMLInputElement).checked)).toEqual([true, false, true]);
    await user.click(keep);
    await user.click(guests);
    await user.click(link);
    await user.click(within(studio).getByRole("button", { name: "Save settings" }));
    await within(studio).findByText("Saved.");
    const [contoso, fabrikam] = world.read((s) => {
      const resource = s.tenants.find((t) => t.id === s.resourceTenantId)!;
      return [resource.policies, s.tenants.find((t) => t !== resource)!.policies];
    });
    expect(fabrikam.showKeepSignedIn).toBe(false);
    expect(contoso).toMatchObject({ kmsiInGuestFlows: true, signOutLinkOnErrors: false });
  });
});
