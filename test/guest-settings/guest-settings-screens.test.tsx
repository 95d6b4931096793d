// Block future invitations from the e-mail footer in jsdom (spec §4.0, S05).
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { loadScenario } from "../support/api";
import { renderApp } from "../support/render";

describe("block future invitations", () => {
  it("S02 S05 §4.0 blocks future invitations from the e-mail footer link", async () => {
    loadScenario("work-account");
    const user = userEvent.setup();
    renderApp("/mailbox/alex@fabrikam.com");
    await user.click(await screen.findByRole("link", { name: /invited you/ }));
    await user.click(screen.getByRole("link", { name: "Block future invitations from this organization." }));
    await user.click(await screen.findByRole("button", { name: "Block" }));
    expect(await screen.findByRole("heading", { name: /You won't get invitations from Contoso/ })).toBeTruthy();
    expect(world.read((s) => s.unsubscribes)).toHaveLength(1);
  });
});
