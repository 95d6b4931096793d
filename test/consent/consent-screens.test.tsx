// Review permissions in jsdom (spec §5.1, S26), from the sign-in step to My Apps (S29).
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { redeemPath } from "../support/api";
import { openInvitation, reachSignIn } from "../support/flow";
import { createFakeAuth } from "../support/fakeAuth";
import { renderApp } from "../support/render";

describe("review permissions", () => {
  it("S26 S29 §5.1 §5.4 signs in, shows Review permissions as Entra lays it out (no raw identifiers), accepts, lands on My Apps", async () => {
    const { user, auth } = await reachSignIn();
    expect(screen.getByLabelText("Email, phone, or Skype")).toHaveValue("alex@fabrikam.com");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(auth.popups[0]).toMatchObject({ loginHint: "alex@fabrikam.com", language: "en" });

    // Addendum §15.1, in Entra's order: the guest's address, the requester, what accepting allows, the trust
    // line, the privacy statement, where to update the permissions, Learn more, the disclaimer, Cancel and Accept.
    const page = (await screen.findByRole("heading", { name: "Permissions requested by:" })).closest("section")!;
    const order = [
      "alex@fabrikam.com",
      "Permissions requested by:",
      "Contoso",
      "By accepting, you allow this organization to:",
      "Receive your profile data",
      "Collect and log your activity",
      "Use your profile data and activity data",
      "Only accept if you trust Contoso.",
      "Contoso's privacy statement",
      "You can update these permissions at",
      "Learn more",
      "This resource is not shared by Microsoft.",
      "Cancel",
      "Accept",
    ];
    const text = page.textContent ?? "";
    const positions = order.map((part) => text.indexOf(part));
    expect(
      positions.every((at) => at >= 0),
      `missing: ${order.filter((_, i) => positions[i]! < 0).join(", ")}`,
    ).toBe(true);
    expect(positions.toSorted((a, b) => a - b)).toEqual(positions);
    expect(within(page).getByRole("link", { name: "Contoso's privacy statement" })).toBeTruthy();
    expect(within(page).getByRole("link", { name: "https://myaccount.microsoft.com/organizations" })).toBeTruthy();
    // No raw object or tenant ids in the guest's page: the studio's explain panel shows them.
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);

    await user.click(screen.getByRole("button", { name: "Accept" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("Accepted");
    expect(world.read((s) => s.invitations[0]?.status)).toBe("Completed");
  });

  it("S26 §5.1 shows the documented text when the organisation gave no privacy links", async () => {
    world.transact((s) => {
      s.tenants[0]!.privacy = {};
    });
    const { user } = await reachSignIn();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Contoso has not provided links to their terms for you to review.")).toBeTruthy();
  });

  it("S26 §5.1 Cancel leaves the invitation pending and says so", async () => {
    const { user } = await reachSignIn();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await screen.findByRole("heading", { name: "You didn't accept the invitation" });
    expect(screen.getByText(/the invitation is still waiting for you\./)).toBeTruthy();
    expect(screen.queryByText(/PendingAcceptance/)).toBeNull(); // a raw state is the studio's to show, not the guest's page
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
  });

  it("E7 D1 S29 §5.1 §10.3 a returning guest goes straight to My Apps without a second consent, signed in by the browser's session without a click", async () => {
    const first = await reachSignIn();
    await first.user.click(screen.getByRole("button", { name: "Next" }));
    await first.user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "There are no apps to show" });
    first.unmount();

    const auth = createFakeAuth();
    await openInvitation("alex@fabrikam.com", { auth });
    expect(world.read((s) => s.sessions.at(-1)?.rule)).toBe("D1"); // redeemed before: the same identity provider
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
    expect(auth.popups).toHaveLength(0);
    expect(auth.silent).toHaveLength(1);
  });

  it("S26 runs in Dutch", async () => {
    const user = userEvent.setup();
    renderApp(redeemPath(), { language: "nl" });
    const signIn = await screen.findByRole("button", { name: "Volgende" });
    await user.click(signIn);
    const heading = await screen.findByRole("heading", { name: "Machtigingen aangevraagd door:" });
    expect(within(heading.closest("section")!).getByRole("button", { name: "Accepteren" })).toBeTruthy();
  });
});
