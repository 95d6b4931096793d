// The sign-in screens in jsdom: the popup's failures, another account than the invited one (spec §4.9), the
// account-type chooser (D2), the direct link (E3) and Sign in to an organization (E4, §4.8).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { CONTOSO_TENANT_ID } from "../../mocks/scenarios";
import { inviteAlso, loadScenario } from "../support/api";
import { createFakeAuth } from "../support/fakeAuth";
import { openInvitation, reachSignIn } from "../support/flow";
import { renderApp } from "../support/render";

describe("the sign-in popup", () => {
  it("S31 S53 §4.9 §10.4 names both accounts on Entra's AADSTS50020 page and lets the guest sign out and switch", async () => {
    // Taylor, whom Contoso invited too, signs in to Alex's invitation.
    await inviteAlso("taylor@fabrikam.com", "Taylor Reyes");
    const auth = createFakeAuth("taylor@fabrikam.com");
    const { user } = await reachSignIn(auth);
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(
      await screen.findByText(
        /^AADSTS50020: User account 'taylor@fabrikam.com' from identity provider '.+' does not exist in tenant 'Contoso'/,
        { selector: ".error-line" },
      ),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    // The simulator's advice (a private window, a reset of the redemption) is the explain panel's, not the page's.
    expect(screen.queryByText(/private \(InPrivate/)).toBeNull();
    auth.account.email = "alex@fabrikam.com";
    await user.click(screen.getByRole("button", { name: "Sign out and sign in with a different account" }));
    await user.click(await screen.findByRole("button", { name: "Next" }));
    expect(await screen.findByRole("heading", { name: "Permissions requested by:" })).toBeTruthy();
  });

  it("infra: offers the redirect fallback when the popup is blocked", async () => {
    const auth = createFakeAuth();
    const { user } = await reachSignIn(auth);
    auth.failNextWith = "popup-blocked";
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Your browser blocked the sign-in window.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Continue in this window" }));
    expect(auth.redirects).toHaveLength(1);
  });

  it("infra: explains a closed popup and lets the guest try again", async () => {
    const auth = createFakeAuth();
    const { user } = await reachSignIn(auth);
    auth.failNextWith = "popup-closed";
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("The sign-in window was closed before you finished signing in.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Permissions requested by:" })).toBeTruthy();
  });
});

describe("chooser, direct link and organisations", () => {
  it("S15 D2 offers the work and the personal account", async () => {
    loadScenario("account-chooser");
    const auth = createFakeAuth("robin@fabrikam.com");
    const { user } = await openInvitation("robin@fabrikam.com", { auth });
    await screen.findByRole("heading", { name: "Which account do you want to use?" });
    await user.click(screen.getByRole("button", { name: /Personal account/ }));
    await screen.findByRole("heading", { name: "Sign in" });
    await user.click(screen.getByRole("button", { name: "Next" }));
    // The resource tenant's authority, and Entra's hint that sends the address to its personal Microsoft account.
    expect(auth.popups[0]).toMatchObject({ authority: expect.stringContaining(CONTOSO_TENANT_ID), domainHint: "consumers" });
  });

  it("S13 E3 D10 P7 shows D10 on a direct link without any sign-in method", async () => {
    loadScenario("direct-link");
    const user = userEvent.setup();
    renderApp(`/myapps?tenantid=${CONTOSO_TENANT_ID}`);
    await user.type(await screen.findByLabelText("Email, phone, or Skype"), "pat@contoso-partner.net");
    await user.click(screen.getByRole("button", { name: "Next" }));
    // Spec §4.7 SIM-ASSUMPTION: Entra's error page with AADSTS50020-style text.
    expect(
      await screen.findByText(/^AADSTS50020: User account 'pat@contoso-partner.net' does not exist in tenant 'Contoso'/, {
        selector: ".error-line",
      }),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Create a password" })).toBeNull();
  });

  it("S13 S31 E3 §2.1 §14.1 says inline that an address was never invited", async () => {
    loadScenario("direct-link");
    const user = userEvent.setup();
    renderApp(`/myapps?tenantid=${CONTOSO_TENANT_ID}`);
    await user.type(await screen.findByLabelText("Email, phone, or Skype"), "nobody@example.com");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(
      await screen.findByText("nobody@example.com hasn't been invited to Contoso. Check the address, or use another account."),
    ).toBeTruthy();
    expect(screen.queryByText(/AADSTS/)).toBeNull();
  });

  it("S10 S11 S12 S13 E4 §4.8 finds the organisation by domain from Sign-in options", async () => {
    loadScenario("sign-in-to-organization");
    const user = userEvent.setup();
    const { router } = renderApp("/myapps");
    await user.type(await screen.findByLabelText("Email, phone, or Skype"), "lee@yahoo.com");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(/AADSTS50059/)).toBeTruthy();
    await user.click(screen.getByRole("link", { name: "Sign-in options" }));
    await user.click(await screen.findByRole("link", { name: /Sign in to an organization/ }));
    const domain = await screen.findByLabelText("Organization's domain name");
    await user.type(domain, "nowhere.example");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(/AADSTS90002/)).toBeTruthy();
    expect(domain).toHaveValue("nowhere.example");
    await user.clear(domain);
    await user.type(domain, "contoso.com");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Sign in to Contoso.")).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe(`?tenantid=${CONTOSO_TENANT_ID}`));
  });
});
