// Blocks and error screens in jsdom (spec §6, D12, D13, S31, S33): every Entra error in the one layout of
// addendum §14.1 (S53), the simulator's commentary in the studio's explain panel only.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { loadScenario, redeemPath } from "../support/api";
import { openInvitation, signInThrough } from "../support/flow";
import { renderApp } from "../support/render";

/** Entra's error page: "Sign in" (h1, focused), the lead sentence, the code and Entra's message. */
async function expectEntraErrorPage(code: string, message: RegExp | string, heading = "Sign in") {
  // The error line first: the sign-in step before it has a "Sign in" heading too.
  const line = await screen.findByText((_, element) => element?.classList.contains("error-line") === true);
  expect(line.textContent).toMatch(new RegExp(`^${code}: `));
  expect(line.textContent).toMatch(message);
  const h1 = screen.getByRole("heading", { level: 1, name: heading });
  await waitFor(() => expect(document.activeElement).toBe(h1));
  expect(screen.getByText("Sorry, but we're having trouble signing you in.")).toBeTruthy();
}

describe("blocks and errors", () => {
  it.each([
    ["conditional-access-block", "AADSTS53003", /Access has been blocked by Conditional Access policies/],
    ["cross-tenant-inbound-block", "AADSTS500213", /cross-tenant access policy of 'Contoso' doesn't allow users from 'Fabrikam'/],
    ["cross-tenant-outbound-block", "AADSTS500212", /'Fabrikam' has set an outbound cross-tenant access policy/],
  ] as const)("S33 S53 D13 §6 §14.1 %s is Entra's error page with %s, no simulator commentary", async (scenario, code, message) => {
    const { user } = await signInThrough(scenario);
    await expectEntraErrorPage(code, message);
    expect(screen.queryByText("Contact the person who invited you.")).toBeNull();
    // More details opens the troubleshooting details; Close gives the focus back to More details.
    const more = screen.getByRole("button", { name: "More details" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    const details = screen.getByRole("region", { name: "Troubleshooting details" });
    for (const label of ["Request Id", "Correlation Id", "Timestamp", "App name", "App id"]) {
      expect(within(details).getByText(label)).toBeTruthy();
    }
    expect(within(details).getByText("B2B Redemption Simulator")).toBeTruthy();
    // Conditional Access pages name the code as "Error Code" (addendum §14.1 row 7); the others quote the message.
    expect(within(details).getByText(code === "AADSTS53003" ? "Error Code" : "Message")).toBeTruthy();
    await user.click(within(details).getByRole("button", { name: "Copy info to clipboard" }));
    expect(await within(details).findByRole("button", { name: "Copied" })).toBeTruthy();
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^(Error Code|Message): /);
    expect(copied).toMatch(/\nRequest Id: [0-9a-f-]{36}\nCorrelation Id: [0-9a-f-]{36}\nTimestamp: \d{4}-/);
    expect(copied).toContain("App name: B2B Redemption Simulator");
    await user.click(within(details).getByRole("button", { name: "Enable flagging" }));
    expect(within(details).getByRole("button", { name: "Disable flagging" })).toBeTruthy();
    await user.click(within(details).getByRole("button", { name: "Close troubleshooting details" }));
    expect(details).not.toBeVisible();
    expect(document.activeElement).toBe(more);
  });

  it("S31 S53 §6 a disabled account is AADSTS50057 on Entra's error page", async () => {
    loadScenario("work-account");
    world.transact((s) => {
      s.users[0]!.accountEnabled = false;
    });
    const { user } = await openInvitation();
    await user.click(await screen.findByRole("button", { name: "Next" }));
    await expectEntraErrorPage("AADSTS50057", /The user account 'alex@fabrikam.com' is disabled/);
  });

  it("S31 S53 §8 a deleted guest's link is AADSTS50020 on Entra's error page", async () => {
    loadScenario("work-account");
    world.transact((s, ctx) => {
      s.users[0]!.deletedDateTime = ctx.now.toISOString();
    });
    renderApp(redeemPath("alex@fabrikam.com"));
    await expectEntraErrorPage("AADSTS50020", /User account 'alex@fabrikam.com' does not exist in tenant 'Contoso'/);
  });

  it("D12 S53 a blocked domain (no documented code) names itself in the same layout", async () => {
    loadScenario("blocked-domain");
    await openInvitation("lee@yahoo.com");
    expect(await screen.findByRole("heading", { level: 1, name: "Invitations to yahoo.com are no longer allowed" })).toBeTruthy();
    expect(screen.getByText("Sorry, but we're having trouble signing you in.")).toBeTruthy();
    expect(screen.queryByText(/AADSTS/)).toBeNull();
    expect(screen.getByRole("button", { name: "More details" })).toBeTruthy();
  });

  it("S33 S53 §14.1 in Dutch the page is Dutch around Entra's English message; the explain panel says why", async () => {
    loadScenario("conditional-access-block");
    const { user } = await openInvitation(undefined, { language: "nl" });
    await user.click(await screen.findByRole("button", { name: "Volgende" }));
    expect(
      await screen.findByText(/^AADSTS53003: Access has been blocked by Conditional Access policies/, { selector: ".error-line" }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeTruthy();
    expect(screen.getByText("Sorry, er is een probleem bij het aanmelden.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Meer details" }));
    const details = screen.getByRole("region", { name: "Details voor probleemoplossing" });
    expect(within(details).getByText("Correlatie-id")).toBeTruthy();
    // The cause and who can fix it: in the studio, not on the guest's page.
    expect(screen.queryByText(/Conditional Access policy of Contoso blocks guests|blokkeert gasten/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Studio" }));
    const studio = await screen.findByRole("complementary", { name: "Demostudio" });
    expect(await within(studio).findByText(/Een beleid voor voorwaardelijke toegang van Contoso blokkeert gasten/)).toBeTruthy();
  });
});
