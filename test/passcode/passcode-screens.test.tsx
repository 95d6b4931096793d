// The passcode screens in jsdom (spec §4.5, S22, S23), reached from the invitation.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { latestCode, loadScenario } from "../support/api";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

describe("passcode screens", () => {
  it("S22 S23 P5 explains a wrong code at the field, keeps what was typed, then signs in", async () => {
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
    expect(await screen.findByRole("heading", { name: "Permissions requested by:" })).toBeTruthy();
  });

  it("S23 keeps a typed code across a reload", async () => {
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
