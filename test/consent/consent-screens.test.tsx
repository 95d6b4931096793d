// Review permissions in jsdom (spec §5.1, S26), from the sign-in step to My Apps (S29).
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { redeemPath } from "../support/api";
import { reachSignIn } from "../support/flow";
import { renderApp } from "../support/render";

describe("review permissions", () => {
  it("S26 S29 §5.1 §5.4 signs in, shows the guest's own data on Review permissions, accepts, lands on My Apps", async () => {
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

  it("S26 §5.1 shows the documented text when the organisation gave no privacy links", async () => {
    world.transact((s) => {
      s.tenants[0]!.privacy = {};
    });
    const { user } = await reachSignIn();
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    expect(await screen.findByText("Contoso has not provided links to their terms for you to review.")).toBeTruthy();
  });

  it("S26 §5.1 Cancel leaves the invitation pending and says so", async () => {
    const { user } = await reachSignIn();
    await user.click(screen.getByRole("button", { name: "Sign in with Fabrikam" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await screen.findByRole("heading", { name: "You didn't accept the invitation" });
    expect(screen.getByText(/still waiting for you \(PendingAcceptance\)/)).toBeTruthy();
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
  });

  it("E7 D1 S29 §5.1 a returning guest goes straight to My Apps without a second consent", async () => {
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

  it("S26 runs in Dutch", async () => {
    const user = userEvent.setup();
    renderApp(redeemPath(), { language: "nl" });
    await user.click(await screen.findByRole("button", { name: /accepteren/i }));
    const signIn = await screen.findByRole("button", { name: /Fabrikam/ });
    await user.click(signIn);
    const heading = await screen.findByRole("heading", { name: "Machtigingen controleren" });
    expect(within(heading.closest("section")!).getByRole("button", { name: "Accepteren" })).toBeTruthy();
  });
});
