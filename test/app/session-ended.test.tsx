// A session that ended (spec GAP, decision 0038) or that never existed: its page says so and its way on is
// the invitation e-mail — "Try again" could only fail again.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SESSION_IDLE_MINUTES } from "../../mocks/domain/redemption";
import { advanceMinutes, startSessionFor } from "../support/api";
import { renderApp } from "../support/render";

describe("an ended session", () => {
  it("hardening: an idle session shows the timeout page with the way back to the mailbox, in English and Dutch", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    await advanceMinutes(SESSION_IDLE_MINUTES);
    const view = renderApp(`/session/${session.id}/${session.step}`);
    expect(await screen.findByRole("heading", { name: "This sign-in has timed out" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the mailbox" })).toHaveAttribute("href", "/mailbox");
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    view.unmount();
    renderApp(`/session/${session.id}/${session.step}`, { language: "nl" });
    expect(await screen.findByRole("heading", { name: "Deze aanmelding is verlopen" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open het postvak" })).toBeInTheDocument();
  });

  it("hardening: an unknown session says it has ended, with the same way on", async () => {
    renderApp("/session/no-such-session/sign-in");
    expect(await screen.findByRole("heading", { name: "This sign-in session has ended" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the mailbox" })).toBeInTheDocument();
  });
});
