// The create-account wizard in jsdom (spec §4.6, S21), reached from the invitation.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { latestCode, loadScenario } from "../support/api";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

describe("create-account wizard", () => {
  it("S21 P6 shows the password rules as they are met, refuses bad input at the field, keeps typed names across a reload", async () => {
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
    // Errors show from the first submit on (one rule for every form, src/ui/useForm.ts), then live.
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByText("That date doesn't exist. Check the day, month and year.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Year"));
    await user.type(screen.getByLabelText("Year"), "2990");
    await user.clear(screen.getByLabelText("Day"));
    await user.type(screen.getByLabelText("Day"), "12");
    expect(await screen.findByText("The birth date can't be in the future.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Year"));
    await user.type(screen.getByLabelText("Year"), "1990");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(await screen.findByRole("heading", { name: "Permissions requested by:" })).toBeTruthy();
    expect(screen.getByText("pat@contoso-partner.net")).toBeTruthy(); // the new account, on the page's identity banner
    // The name the guest typed is the one the organization receives (the explain panel lists it, not the page).
    expect(world.read((s) => s.accounts.find((a) => a.email === "pat@contoso-partner.net")?.displayName)).toBe("Pat Kim");
  });
});
