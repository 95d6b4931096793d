// Terms of use in jsdom (spec §5.2, S27, S28).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadScenario, redeemPath } from "../support/api";
import { signInThrough } from "../support/flow";
import { renderApp } from "../support/render";

describe("terms of use", () => {
  it("S27 S28 §5.2 keeps Accept disabled until the terms are opened; Decline has its own screen", async () => {
    const { user } = await signInThrough("terms-of-use");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Terms of use" });
    const accept = screen.getByRole("button", { name: "Accept" });
    expect(accept).toBeDisabled();
    expect(accept).toHaveAccessibleDescription("Open and read the terms before you accept them.");
    await user.click(screen.getByText("Open “Contoso guest access terms”"));
    await waitFor(() => expect(accept).toBeEnabled());
    const document = screen.getByRole("region", { name: "Contoso guest access terms" });
    expect(document).toHaveTextContent(/confidential/);
    // §5.2: the viewer zooms in and out, by buttons.
    await user.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(document.style.fontSize).toBe("17.5px");
    expect(screen.getByText("125%")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Zoom out" }));
    await user.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(screen.getByText("75%")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(screen.getByRole("button", { name: "Zoom out" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Decline" }));
    expect(await screen.findByRole("heading", { name: "You declined the terms of use" })).toBeTruthy();
  });

  it("S27 §5.2 shows the Dutch document to a Dutch guest", async () => {
    loadScenario("terms-of-use");
    const user = userEvent.setup();
    renderApp(redeemPath("alex@fabrikam.com"), { language: "nl" });
    await user.click(await screen.findByRole("button", { name: "Volgende" }));
    await user.click(await screen.findByRole("button", { name: "Accepteren" }));
    await screen.findByRole("heading", { name: "Gebruiksvoorwaarden" });
    expect(screen.getByRole("region", { hidden: true })).toHaveTextContent(/vertrouwelijk/);
    expect(screen.getByRole("button", { name: "Inzoomen", hidden: true })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Uitzoomen", hidden: true })).toBeTruthy();
  });
});
