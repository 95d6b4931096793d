// Blocks and error screens in jsdom (spec §6, D12, D13, S31, S33).
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { loadScenario, redeemPath } from "../support/api";
import { openInvitation, signInThrough } from "../support/flow";
import { renderApp } from "../support/render";

describe("blocks and errors", () => {
  it.each([
    ["conditional-access-block", "Access has been blocked by Conditional Access policies"],
    ["cross-tenant-inbound-block", "Contoso doesn't allow users from your organization"],
    ["cross-tenant-outbound-block", "Your organization doesn't allow this access"],
  ] as const)("S33 D13 §6 %s has its own screen", async (scenario, heading) => {
    await signInThrough(scenario);
    expect(await screen.findByRole("heading", { name: heading })).toBeTruthy();
    expect(screen.getByText("Contact the person who invited you.")).toBeTruthy();
  });

  it("S31 §6 a disabled account is AADSTS50057", async () => {
    loadScenario("work-account");
    world.transact((s) => {
      s.users[0]!.accountEnabled = false;
    });
    const { user } = await openInvitation();
    await user.click(await screen.findByRole("button", { name: "Next" }));
    expect(await screen.findByRole("heading", { name: "Your account is disabled" })).toBeTruthy();
  });

  it("S31 §8 a deleted guest's link has its own screen", async () => {
    loadScenario("work-account");
    world.transact((s, ctx) => {
      s.users[0]!.deletedDateTime = ctx.now.toISOString();
    });
    renderApp(redeemPath("alex@fabrikam.com"));
    expect(await screen.findByRole("heading", { name: "This account no longer exists in the organization" })).toBeTruthy();
  });

  it("D12 a blocked domain has its own screen", async () => {
    loadScenario("blocked-domain");
    await openInvitation("lee@yahoo.com");
    expect(await screen.findByRole("heading", { name: "Invitations to yahoo.com are no longer allowed" })).toBeTruthy();
  });
});
