// The guest's journey in jsdom, by role and accessible name, against the real fake world (msw/node).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { createFakeAuth } from "../support/fakeAuth";
import { redeemPath } from "../support/api";
import { renderApp } from "../support/render";

async function reachSignIn(auth = createFakeAuth()) {
  const user = userEvent.setup();
  const view = renderApp(redeemPath(), { auth });
  await user.click(await screen.findByRole("button", { name: /^(Accept and continue|Sign in)$/ }));
  await screen.findByRole("heading", { name: "Sign in to continue" });
  return { user, ...view };
}

describe("invitation e-mail", () => {
  it("shows every element of the invitation e-mail, the personal message as text", async () => {
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

  it("says the privacy statement is not available when the tenant has none", async () => {
    world.transact((s) => {
      s.tenants[0]!.privacy = {};
    });
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    await user.click(await screen.findByRole("link", { name: /invited you/ }));
    expect(await screen.findByText("Contoso hasn't provided a link to its privacy statement for you to review.")).toBeTruthy();
  });

  it("explains a malformed mailbox address at the field, keeping what was typed", async () => {
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

describe("invitation landing", () => {
  it("shows who invited whom without redeeming, and moves focus to the heading", async () => {
    renderApp(redeemPath());
    const heading = await screen.findByRole("heading", { name: "You're invited to Contoso" });
    expect(screen.getByText(/Megan Bowen from Contoso \(contoso.com\) invited alex@fabrikam.com/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(world.read((s) => s.sessions)).toHaveLength(0);
  });

  it("gives a mangled link its own screen", async () => {
    renderApp("/redeem?tenant=x&user=y&ticket=forged");
    expect(await screen.findByRole("heading", { name: "This invitation link isn't valid" })).toBeTruthy();
  });

  it("gives an incomplete link the same explained screen", async () => {
    renderApp("/redeem?tenant=x");
    expect(await screen.findByRole("heading", { name: "This invitation link isn't valid" })).toBeTruthy();
  });
});

describe("redemption", () => {
  it("signs in, shows the guest's own data on Review permissions, accepts, lands on My Apps", async () => {
    const { user, auth } = await reachSignIn();
    expect(screen.getByText(/sign in with your Fabrikam work or school account, alex@fabrikam.com/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    expect(auth.popups[0]).toMatchObject({ loginHint: "alex@fabrikam.com", language: "en" });

    await screen.findByRole("heading", { name: "Review permissions" });
    expect(screen.getByText("Permission requested by:")).toBeTruthy();
    expect(screen.getByText("Name: Alex Wilber")).toBeTruthy();
    expect(screen.getByText("E-mail address: alex@fabrikam.com")).toBeTruthy();
    expect(screen.getByText(/Directory identifiers: object ID/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Contoso privacy statement" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Accept" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("Accepted");
    expect(world.read((s) => s.invitations[0]?.status)).toBe("Completed");
  });

  it("shows the documented text when the organisation gave no privacy links", async () => {
    world.transact((s) => {
      s.tenants[0]!.privacy = {};
    });
    const { user } = await reachSignIn();
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByText("Contoso has not provided links to their terms for you to review.")).toBeTruthy();
  });

  it("names both accounts on AADSTS50020 and lets the guest switch", async () => {
    const auth = createFakeAuth("taylor@fabrikam.com");
    const { user } = await reachSignIn(auth);
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    await screen.findByRole("heading", { name: "You signed in with a different account" });
    expect(screen.getByText(/User account “taylor@fabrikam.com” from identity provider/)).toBeTruthy();
    expect(screen.getByText("This invitation is for alex@fabrikam.com.")).toBeTruthy();
    auth.account.email = "alex@fabrikam.com";
    await user.click(screen.getByRole("button", { name: "Sign in with a different account" }));
    await user.click(await screen.findByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByRole("heading", { name: "Review permissions" })).toBeTruthy();
  });

  it("offers the redirect fallback when the popup is blocked", async () => {
    const auth = createFakeAuth();
    const { user } = await reachSignIn(auth);
    auth.failNextWith = "popup-blocked";
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByText("Your browser blocked the sign-in window.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Continue in this window" }));
    expect(auth.redirects).toHaveLength(1);
  });

  it("explains a closed popup and lets the guest try again", async () => {
    const auth = createFakeAuth();
    const { user } = await reachSignIn(auth);
    auth.failNextWith = "popup-closed";
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByText("The sign-in window was closed before you finished signing in.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Review permissions" })).toBeTruthy();
  });

  it("Cancel leaves the invitation pending and says so", async () => {
    const { user } = await reachSignIn();
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await screen.findByRole("heading", { name: "You didn't accept the invitation" });
    expect(screen.getByText(/still waiting for you \(PendingAcceptance\)/)).toBeTruthy();
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
  });

  it("sends a hand-typed later step back to the step the backend says is current", async () => {
    const { router } = await reachSignIn();
    const sessionId = world.read((s) => s.sessions[0]?.id);
    await router.navigate(`/session/${sessionId}/consent`);
    expect(await screen.findByRole("heading", { name: "Sign in to continue" })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/session/${sessionId}/sign-in`));
  });

  it("a returning guest goes straight to My Apps without a second consent", async () => {
    const first = await reachSignIn();
    await first.user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    await first.user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "There are no apps to show" });
    first.unmount();

    const again = await reachSignIn();
    expect(screen.getByText(/You redeemed before/)).toBeTruthy();
    await again.user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
  });

  it("runs in Dutch", async () => {
    const user = userEvent.setup();
    renderApp(redeemPath(), { language: "nl" });
    await user.click(await screen.findByRole("button", { name: /accepteren/i }));
    const signIn = await screen.findByRole("button", { name: /Fabrikam/ });
    await user.click(signIn);
    const heading = await screen.findByRole("heading", { name: "Machtigingen controleren" });
    expect(within(heading.closest("section")!).getByRole("button", { name: "Accepteren" })).toBeTruthy();
  });
});
