// The admin page in jsdom (spec §8, A02).
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { loadScenario } from "../support/api";
import { renderApp } from "../support/render";

describe("admin page", () => {
  it("A02 the admin page lists guests and blocks sign-in", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/admin");
    const row = (await screen.findByRole("cell", { name: "alex@fabrikam.com" })).closest("tr")!;
    expect(row).toHaveTextContent("PendingAcceptance");
    await user.click(screen.getByRole("button", { name: "Block sign-in" }));
    expect(await screen.findByText("Done: Block sign-in.")).toBeTruthy();
    expect(world.read((s) => s.users[0]?.accountEnabled)).toBe(false);
  });

  it("A02 §8 Delete asks first: Keep changes nothing, Delete soft-deletes the guest", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/admin");
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const confirm = screen.getByRole("group", { name: "Delete Alex Wilber? Contoso can restore the account for 30 days." });
    await user.click(within(confirm).getByRole("button", { name: "Keep" }));
    expect(screen.queryByRole("group", { name: /^Delete Alex Wilber/ })).toBeNull();
    expect(world.read((s) => s.users[0]?.deletedDateTime)).toBeUndefined();
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(screen.getByRole("group", { name: /^Delete Alex Wilber/ })).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("Done: Delete.")).toBeTruthy();
    expect(world.read((s) => s.users[0]?.deletedDateTime)).toBeTruthy();
  });
});
