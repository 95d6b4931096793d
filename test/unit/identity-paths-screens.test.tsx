// The identity paths' screens in jsdom, by role and accessible name.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CONTOSO_TENANT_ID } from "../../mocks/scenarios";
import { latestCode, loadScenario, redeemPath } from "../support/api";
import { renderApp } from "../support/render";

async function openInvitation(email: string) {
  const user = userEvent.setup();
  const view = renderApp(redeemPath(email));
  await user.click(await screen.findByRole("button", { name: "Accept and continue" }));
  return { user, ...view };
}

describe("passcode screens", () => {
  it("explains a wrong code at the field, keeps what was typed, then signs in", async () => {
    loadScenario("email-passcode");
    const { user } = await openInvitation("lee@yahoo.com");
    expect(await screen.findByText(/invites@microsoft.com/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Send code" }));
    const field = await screen.findByLabelText("Code");
    await user.type(field, "00000000");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("That code isn't right. 4 attempts left.")).toBeTruthy();
    expect(field).toHaveValue("00000000");
    expect(field).toHaveAttribute("aria-invalid", "true");
    await user.clear(field);
    await user.type(field, await latestCode("lee@yahoo.com", "passcode"));
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("heading", { name: "Review permissions" })).toBeTruthy();
  });

  it("keeps a typed code across a reload", async () => {
    loadScenario("email-passcode");
    const first = await openInvitation("lee@yahoo.com");
    await first.user.click(await screen.findByRole("button", { name: "Send code" }));
    await first.user.type(await screen.findByLabelText("Code"), "1234");
    const path = first.router.state.location.pathname;
    first.unmount();
    renderApp(path);
    expect(await screen.findByLabelText("Code")).toHaveValue("1234");
  });
});

describe("create-account wizard", () => {
  it("shows the password rules as they are met, refuses bad input at the field, keeps typed names across a reload", async () => {
    loadScenario("create-microsoft-account");
    const { user, router, unmount } = await openInvitation("pat@contoso-partner.net");
    await screen.findByRole("heading", { name: "Create a password" });
    expect(screen.getByLabelText("E-mail address")).toHaveValue("pat@contoso-partner.net");
    const rule = screen.getByText(/Have at least 8 characters/);
    expect(rule.closest("li")).not.toHaveClass("met");
    await user.type(screen.getByLabelText("Password"), "short");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("The password doesn't meet the rules below.")).toBeTruthy();
    await user.type(screen.getByLabelText("Password"), "-Sunny-42");
    expect(rule.closest("li")).toHaveClass("met");
    await user.click(screen.getByRole("button", { name: "Next" }));

    await screen.findByRole("heading", { name: "Verify your e-mail" });
    await user.type(screen.getByLabelText("Code"), "12ab");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("Enter the 4-digit code from the e-mail: digits only.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Code"));
    await user.type(screen.getByLabelText("Code"), await latestCode("pat@contoso-partner.net", "account-verification"));
    await user.click(screen.getByRole("button", { name: "Next" }));

    await screen.findByRole("heading", { name: "What's your name?" });
    await user.type(screen.getByLabelText("First name"), "Pat");
    const path = router.state.location.pathname;
    unmount();
    renderApp(path);
    expect(await screen.findByLabelText("First name")).toHaveValue("Pat");
    await user.type(screen.getByLabelText("Last name"), "Kim");
    await user.click(screen.getByRole("button", { name: "Next" }));

    await screen.findByRole("heading", { name: "Add details" });
    await user.selectOptions(screen.getByLabelText("Country/region"), "NL");
    await user.type(screen.getByLabelText("Day"), "31");
    await user.selectOptions(screen.getByLabelText("Month"), "2");
    await user.type(screen.getByLabelText("Year"), "1990");
    expect(await screen.findByText("That date doesn't exist. Check the day, month and year.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Year"));
    await user.type(screen.getByLabelText("Year"), "2990");
    await user.clear(screen.getByLabelText("Day"));
    await user.type(screen.getByLabelText("Day"), "12");
    expect(await screen.findByText("The birth date can't be in the future.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Year"));
    await user.type(screen.getByLabelText("Year"), "1990");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("heading", { name: "Review permissions" })).toBeTruthy();
    expect(screen.getByText("Name: Pat Kim")).toBeTruthy();
  });
});

describe("chooser, direct link and organisations", () => {
  it("offers the work and the personal account", async () => {
    loadScenario("account-chooser");
    const { user } = await openInvitation("robin@fabrikam.com");
    await screen.findByRole("heading", { name: "Which account do you want to use?" });
    await user.click(screen.getByRole("button", { name: /Personal account/ }));
    expect(await screen.findByRole("button", { name: "Sign in with Microsoft" })).toBeTruthy();
  });

  it("shows D10 on a direct link without any sign-in method", async () => {
    loadScenario("direct-link");
    const user = userEvent.setup();
    renderApp(`/myapps?tenantid=${CONTOSO_TENANT_ID}`);
    await user.type(await screen.findByLabelText("Email, phone, or Skype"), "pat@contoso-partner.net");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByRole("heading", { name: "This link can't be used to redeem your invitation" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Create a password" })).toBeNull();
  });

  it("explains an address that was never invited", async () => {
    loadScenario("direct-link");
    const user = userEvent.setup();
    renderApp(`/myapps?tenantid=${CONTOSO_TENANT_ID}`);
    await user.type(await screen.findByLabelText("Email, phone, or Skype"), "nobody@example.com");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByRole("heading", { name: "This account isn't in Contoso" })).toBeTruthy();
  });

  it("finds the organisation by domain from Sign-in options", async () => {
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
