// Leaving an organization in jsdom (spec §5.5, S34, S35).
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { signInThrough } from "../support/flow";

describe("leave the organization", () => {
  it("S34 S35 §5.5 leaves the organization after confirming", async () => {
    const { user } = await signInThrough("leave-organization");
    await user.click(await screen.findByRole("button", { name: "Account manager for Alex Wilber" }));
    await user.click(screen.getByRole("link", { name: "View account" }));
    await screen.findByRole("heading", { name: "Organizations" });
    expect(screen.getByText("Fabrikam")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Leave" }));
    await user.click(await screen.findByRole("button", { name: "Leave" }));
    expect(await screen.findByText(/You left Contoso/)).toBeTruthy();
  });
});
