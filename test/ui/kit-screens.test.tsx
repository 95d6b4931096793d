// The screen kit on the guest's screens: the one error rule, server errors at the field the backend names
// (details.field) and other errors in the step's action-error slot, and the query guard.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { latestCode, loadScenario } from "../support/api";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

const described = (field: HTMLElement) =>
  (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

describe("screen kit on the steps", () => {
  // Faults outlive a scenario reset (the studio's switch): switch them off for the next test.
  afterEach(() =>
    world.transact((s) => {
      s.faults.failingEndpoint = undefined;
    }),
  );

  it("S23 §4.5 puts a wrong code at the field the backend names, and a failure without a field in the action-error slot", async () => {
    loadScenario("email-passcode");
    const { user } = await openInvitation("lee@yahoo.com");
    await user.click(await screen.findByRole("button", { name: "Send code" }));
    const field = await screen.findByLabelText("Code");
    await user.type(field, "00000000");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("That code isn't right. 4 attempts left.")).toBeTruthy();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(described(field)).toContain("That code isn't right. 4 attempts left.");
    expect(screen.getAllByRole("alert")).toHaveLength(1);

    // A failure that names no field (the backend is down for this request) is the action's error, not the code's.
    world.transact((s) => {
      s.faults.failingEndpoint = "session-actions";
    });
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "A fault was injected" })).toBeTruthy();
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(field).toHaveValue("00000000");
  });

  it("S21 §4.6 shows no error before the first submit on the name step, then live on every change", async () => {
    loadScenario("create-microsoft-account");
    const { user } = await openInvitation("pat@contoso-partner.net");
    await user.type(await screen.findByLabelText("Password"), "Sunny-Day-42");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.type(await screen.findByLabelText("Code"), await latestCode("pat@contoso-partner.net", "account-verification"));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const first = await screen.findByLabelText("First name");
    await user.type(first, "<b>");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(described(first)).toBe("Remove the < > and control characters.");
    expect(described(screen.getByLabelText("Last name"))).toBe("Fill this in.");
    await user.clear(first);
    await user.type(first, "Pat");
    expect(first).not.toHaveAttribute("aria-invalid");
    expect(screen.getByLabelText("Last name")).toHaveAttribute("aria-invalid", "true");
  });

  it("S34 the query guard shows the error panel with Try again when the page's data cannot be loaded", async () => {
    renderApp("/myaccount/organizations?session=no-such-session");
    expect(await screen.findByRole("heading", { name: "This sign-in session has ended" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
