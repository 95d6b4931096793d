// The invitation e-mail in the mailbox and the first Entra page its Accept invitation opens (spec §4.0, §4.1, S01, S02, E1).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { loadScenario, redeemPath } from "../support/api";
import { renderApp } from "../support/render";

/** The invited guest of the loaded scenario. */
const invitedGuest = () => world.read((s) => s.guestEmail);

describe("invitation e-mail", () => {
  it("S01 S02 §4.0 shows every element of the invitation e-mail, the personal message as text", async () => {
    world.transact((s) => {
      s.invitations[0]!.customizedMessageBody = '<img src=x onerror="alert(1)"> <b>bold</b>';
    });
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    await user.click(await screen.findByRole("link", { name: /Megan Bowen invited you to access applications/ }));
    const heading = await screen.findByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent("Megan Bowen invited you to access applications within their organization");
    expect(screen.getByText("Microsoft Invitations on behalf of Contoso <invites@microsoft.com>")).toBeTruthy();
    expect(screen.getByText("megan@contoso.com")).toBeTruthy(); // reply-to
    expect(screen.getByText(/Please only act on this invitation if you trust/)).toBeTruthy();
    expect(screen.getByText("contoso.com")).toBeTruthy();
    expect(screen.getByText('<img src=x onerror="alert(1)"> <b>bold</b>')).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByRole("link", { name: "Accept invitation" }).getAttribute("href")).toMatch(/^\/redeem\?tenant=/);
    expect(screen.getByText("If you accept this invitation, you'll be sent to https://myapps.microsoft.com.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Block future invitations from this organization." })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Contoso's privacy statement" })).toBeTruthy();
  });

  it("S02 §4.0 says the privacy statement is not available when the tenant has none", async () => {
    world.transact((s) => {
      s.tenants[0]!.privacy = {};
    });
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    await user.click(await screen.findByRole("link", { name: /invited you/ }));
    expect(await screen.findByText("Contoso hasn't provided a link to its privacy statement for you to review.")).toBeTruthy();
  });

  it("S01 explains a malformed mailbox address at the field, keeping what was typed", async () => {
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    const field = await screen.findByLabelText("E-mail address");
    await user.type(field, "not-an-address");
    await user.click(screen.getByRole("button", { name: "Open mailbox" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Enter an e-mail address");
    expect(field).toHaveValue("not-an-address");
    expect(field).toHaveAttribute("aria-invalid", "true");
  });
});

describe("the redeem link", () => {
  it("E1 §4.1 S13 opens the resource tenant's sign-in with the invited address filled in, focus on its heading, redeeming nothing", async () => {
    const { router } = renderApp(redeemPath());
    const heading = await screen.findByRole("heading", { name: "Sign in" });
    expect(screen.getByRole("img", { name: "Contoso" })).toBeTruthy(); // the resource tenant's page, under its banner logo (addendum §13.2)
    expect(screen.getByLabelText("Email, phone, or Skype")).toHaveValue("alex@fabrikam.com");
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(screen.queryByText(/You're invited|Accept and continue|Why this sign-in/)).toBeNull();
    expect(router.state.location.pathname).toMatch(/^\/session\/[^/]+\/sign-in$/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // A session was started; nothing was redeemed.
    expect(world.read((s) => s.sessions)).toHaveLength(1);
    expect(world.read((s) => s.invitations.every((i) => i.status === "PendingAcceptance"))).toBe(true);
    expect(world.read((s) => s.users.filter((u) => u.userType === "Guest").every((u) => u.externalUserState === "PendingAcceptance"))).toBe(
      true,
    );
  });

  it("E1 §4.5 S22 opens Send code on the passcode path", async () => {
    loadScenario("email-passcode");
    renderApp(redeemPath(invitedGuest()));
    expect(await screen.findByRole("heading", { name: "Send a code to sign in" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send code" })).toBeTruthy();
  });

  it("E1 §4.6 S21 opens the first page of account creation on the wizard path", async () => {
    loadScenario("create-microsoft-account");
    renderApp(redeemPath(invitedGuest()));
    expect(await screen.findByRole("heading", { name: "Create a password" })).toBeTruthy();
    expect(screen.getByText("Create your Microsoft account")).toBeTruthy();
  });

  it("E1 §3.2 D2 S15 opens the account-type chooser", async () => {
    loadScenario("account-chooser");
    renderApp(redeemPath(invitedGuest()));
    expect(await screen.findByRole("heading", { name: "Which account do you want to use?" })).toBeTruthy();
  });

  it("E1 §6 S33 opens the error page when the guest's domain was blocked", async () => {
    loadScenario("blocked-domain");
    renderApp(redeemPath(invitedGuest()));
    expect(await screen.findByRole("heading", { name: /Invitations to .* are no longer allowed/ })).toBeTruthy();
    expect(screen.queryByText(/not documented/)).toBeNull();
  });

  it("E1 gives a mangled link its own screen", async () => {
    renderApp("/redeem?tenant=x&user=y&ticket=forged");
    expect(await screen.findByRole("heading", { name: "This invitation link isn't valid" })).toBeTruthy();
  });

  it("E1 gives an incomplete link the same explained screen", async () => {
    renderApp("/redeem?tenant=x");
    expect(await screen.findByRole("heading", { name: "This invitation link isn't valid" })).toBeTruthy();
  });
});
