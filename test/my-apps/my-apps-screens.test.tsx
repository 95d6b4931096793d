// My Apps as a newly redeemed guest sees it, in jsdom (addendum §15.2, S29, S56), and the admin's assignments.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { signInThrough } from "../support/flow";
import { renderApp } from "../support/render";
import { loadScenario } from "../support/api";

const tiles = () => screen.getAllByRole("listitem").filter((li) => li.closest(".app-tiles"));

describe("my apps", () => {
  it("S29 S56 §15.2 shows the assigned apps as tiles to the homepage; search filters them; list view; the hidden app stays out", async () => {
    const { user } = await signInThrough("assigned-apps");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { level: 1, name: "Apps" });
    expect(tiles().map((li) => li.textContent)).toEqual(["CEContoso Expenses", "CPContoso Projects"]);
    expect(screen.getByRole("link", { name: /Contoso Expenses/ })).toHaveAttribute("href", "https://expenses.contoso.com/");
    expect(screen.queryByText(/Payroll/)).toBeNull();

    await user.type(screen.getByRole("searchbox", { name: "Search apps" }), "proj");
    expect(tiles().map((li) => li.textContent)).toEqual(["CPContoso Projects"]);
    await user.type(screen.getByRole("searchbox", { name: "Search apps" }), "x");
    expect(screen.getByRole("status")).toHaveTextContent("No apps match “projx”.");
    await user.clear(screen.getByRole("searchbox", { name: "Search apps" }));

    await user.click(screen.getByRole("button", { name: "List view" }));
    expect(screen.getByRole("button", { name: "List view" })).toHaveAttribute("aria-pressed", "true");
    expect(document.querySelector(".app-tiles.list")).not.toBeNull();
  });

  it("S56 §15.2 the account menu: the organization, Sign out at the login host, name and username, View account, Switch organization, a different account; Escape closes it", async () => {
    const { user } = await signInThrough("leave-organization");
    const account = await screen.findByRole("button", { name: "Account manager for Alex Wilber" });
    expect(account).toHaveAttribute("aria-expanded", "false");
    await user.click(account);
    const panel = document.getElementById(account.getAttribute("aria-controls")!)!;
    expect(within(panel).getByText("Contoso")).toBeTruthy();
    const signOut = within(panel).getByRole("link", { name: "Sign out" });
    expect(signOut.getAttribute("href")).toMatch(/^\/mock-idp\/[^/]+\/oauth2\/v2\.0\/logout\?logout_hint=alex%40fabrikam\.com/);
    expect(within(panel).getByText("Alex Wilber")).toBeTruthy();
    expect(within(panel).getByText("alex@fabrikam.com")).toBeTruthy();
    expect(within(panel).getByRole("link", { name: "View account" })).toBeTruthy();
    await user.click(within(panel).getByText("Switch organization"));
    expect(await within(panel).findByRole("link", { name: "Fabrikam" })).toBeTruthy(); // the home organization
    expect(within(panel).getByText("Contoso (current)")).toBeTruthy();
    expect(within(panel).getByRole("link", { name: "Sign in with a different account" })).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(account).toHaveAttribute("aria-expanded", "false");
    expect(account).toHaveFocus();
  });

  it("S56 A02 §15.2 the admin assigns an app to a guest and removes it again (Graph appRoleAssignments)", async () => {
    loadScenario("assigned-apps");
    const user = userEvent.setup();
    renderApp("/admin");
    const wiki = await screen.findByRole("checkbox", { name: "Contoso Partner Wiki" });
    expect(screen.getByRole("checkbox", { name: "Contoso Expenses" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Contoso Payroll (hidden from users)" })).toBeChecked();
    expect(wiki).not.toBeChecked();
    await user.click(wiki);
    expect(await screen.findByText("Done: Assigned Contoso Partner Wiki.")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Contoso Partner Wiki" })).toBeChecked());
    const alex = world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")!.id);
    expect(world.read((s) => s.appAssignments.filter((a) => a.principalId === alex))).toHaveLength(4);
    await user.click(screen.getByRole("checkbox", { name: "Contoso Expenses" }));
    expect(await screen.findByText("Done: Removed Contoso Expenses.")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Contoso Expenses" })).not.toBeChecked());
  });
});
