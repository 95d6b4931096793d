// Policy and error screens in jsdom, by role and accessible name.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import type { ScenarioId } from "../../src/api/contract";
import { loadScenario, redeemPath } from "../support/api";
import { createFakeAuth } from "../support/fakeAuth";
import { renderApp } from "../support/render";

async function signIn(scenario: ScenarioId, email = "alex@fabrikam.com", button = /^Sign in with /) {
  loadScenario(scenario);
  const user = userEvent.setup();
  const view = renderApp(redeemPath(email), { auth: createFakeAuth(email) });
  await user.click(await screen.findByRole("button", { name: /^(Accept and continue|Sign in)$/ }));
  await user.click(await screen.findByRole("button", { name: button }));
  return { user, ...view };
}

describe("terms of use", () => {
  it("keeps Accept disabled until the terms are opened; Decline has its own screen", async () => {
    const { user } = await signIn("terms-of-use");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Terms of use" });
    const accept = screen.getByRole("button", { name: "Accept" });
    expect(accept).toBeDisabled();
    expect(accept).toHaveAccessibleDescription("Open and read the terms before you accept them.");
    await user.click(screen.getByText("Open “Contoso guest access terms”"));
    await waitFor(() => expect(accept).toBeEnabled());
    expect(screen.getByRole("region", { name: "Contoso guest access terms" })).toHaveTextContent(/confidential/);
    await user.click(screen.getByRole("button", { name: "Decline" }));
    expect(await screen.findByRole("heading", { name: "You declined the terms of use" })).toBeTruthy();
  });

  it("shows the Dutch document to a Dutch guest", async () => {
    loadScenario("terms-of-use");
    const user = userEvent.setup();
    renderApp(redeemPath("alex@fabrikam.com"), { language: "nl" });
    await user.click(await screen.findByRole("button", { name: "Accepteren en doorgaan" }));
    await user.click(await screen.findByRole("button", { name: /Fabrikam/ }));
    await user.click(await screen.findByRole("button", { name: "Accepteren" }));
    await screen.findByRole("heading", { name: "Gebruiksvoorwaarden" });
    expect(screen.getByRole("region", { hidden: true })).toHaveTextContent(/vertrouwelijk/);
  });
});

describe("MFA", () => {
  it("registers SMS: a bad number and a wrong code are explained at the field", async () => {
    const { user } = await signIn("mfa-required", "sam@outlook.com");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "More information required" });
    await user.click(screen.getByRole("button", { name: /Text message/ }));
    const phone = screen.getByLabelText("Phone number, with country code");
    await user.type(phone, "0612");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    expect(await screen.findByText(/Enter the number with its country code/)).toBeTruthy();
    expect(phone).toHaveValue("0612");
    await user.clear(phone);
    await user.type(phone, "+31612345678");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    await user.type(await screen.findByLabelText("Code"), "000000");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByText("That code isn't right. Check the latest text message.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Code"));
    await user.type(
      screen.getByLabelText("Code"),
      world.read((s) => s.phone.at(-1)?.code ?? ""),
    );
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
  });

  it("names the home organization when it does the MFA", async () => {
    const { user } = await signIn("mfa-home-tenant-trust");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Verify your identity" });
    expect(screen.getByText(/Fabrikam, your own organization, verifies your identity: Contoso trusts its MFA./)).toBeTruthy();
  });
});

describe("blocks and errors", () => {
  it.each([
    ["conditional-access-block", "Access has been blocked by Conditional Access policies"],
    ["cross-tenant-inbound-block", "Contoso doesn't allow users from your organization"],
    ["cross-tenant-outbound-block", "Your organization doesn't allow this access"],
  ] as const)("%s has its own screen", async (scenario, heading) => {
    await signIn(scenario);
    expect(await screen.findByRole("heading", { name: heading })).toBeTruthy();
    expect(screen.getByText("Contact the person who invited you.")).toBeTruthy();
  });

  it("a disabled account is AADSTS50057", async () => {
    loadScenario("work-account");
    world.transact((s) => {
      s.users[0]!.accountEnabled = false;
    });
    const user = userEvent.setup();
    renderApp(redeemPath("alex@fabrikam.com"));
    await user.click(await screen.findByRole("button", { name: "Accept and continue" }));
    await user.click(await screen.findByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByRole("heading", { name: "Your account is disabled" })).toBeTruthy();
  });

  it("a deleted guest's link has its own screen", async () => {
    loadScenario("work-account");
    world.transact((s, ctx) => {
      s.users[0]!.deletedDateTime = ctx.now.toISOString();
    });
    renderApp(redeemPath("alex@fabrikam.com"));
    expect(await screen.findByRole("heading", { name: "This account no longer exists in the organization" })).toBeTruthy();
  });

  it("a blocked domain has its own screen", async () => {
    loadScenario("blocked-domain");
    const user = userEvent.setup();
    renderApp(redeemPath("lee@yahoo.com"));
    await user.click(await screen.findByRole("button", { name: "Accept and continue" }));
    expect(await screen.findByRole("heading", { name: "Invitations to yahoo.com are no longer allowed" })).toBeTruthy();
  });
});

describe("guest settings", () => {
  it("leaves the organization after confirming", async () => {
    const { user } = await signIn("leave-organization");
    await user.click(await screen.findByRole("link", { name: "Manage organizations" }));
    await screen.findByRole("heading", { name: "Organizations" });
    expect(screen.getByText("Fabrikam")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Leave" }));
    await user.click(await screen.findByRole("button", { name: "Leave" }));
    expect(await screen.findByText(/You left Contoso/)).toBeTruthy();
  });

  it("blocks future invitations from the e-mail footer link", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    await user.click(await screen.findByRole("link", { name: /invited you/ }));
    await user.click(screen.getByRole("link", { name: "Block future invitations from this organization." }));
    await user.click(await screen.findByRole("button", { name: "Block" }));
    expect(await screen.findByRole("heading", { name: /You won't get invitations from Contoso/ })).toBeTruthy();
    expect(world.read((s) => s.unsubscribes)).toHaveLength(1);
  });

  it("the admin page lists guests and blocks sign-in", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/admin");
    const row = (await screen.findByRole("cell", { name: "alex@fabrikam.com" })).closest("tr")!;
    expect(row).toHaveTextContent("PendingAcceptance");
    await user.click(screen.getByRole("button", { name: "Block sign-in" }));
    expect(await screen.findByText("Done: Block sign-in.")).toBeTruthy();
    expect(world.read((s) => s.users[0]?.accountEnabled)).toBe(false);
  });
});
