// The invitation e-mail in the mailbox and the landing page its Accept invitation opens (spec §4.0, S01, S02, E1).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { redeemPath } from "../support/api";
import { renderApp } from "../support/render";

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

describe("invitation landing", () => {
  it("E1 shows who invited whom without redeeming, and moves focus to the heading", async () => {
    renderApp(redeemPath());
    const heading = await screen.findByRole("heading", { name: "You're invited to Contoso" });
    expect(screen.getByText(/Megan Bowen from Contoso \(contoso.com\) invited alex@fabrikam.com/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(world.read((s) => s.sessions)).toHaveLength(0);
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
