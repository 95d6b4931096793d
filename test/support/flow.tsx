// Screens reached through the flow, as the guest reaches them: the invitation's redeem link opens the first
// Entra page of the guest's path (the resource tenant's sign-in, Send code, …), then through the popup with the
// fake AuthPort.
import { screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import userEvent from "@testing-library/user-event";
import type { ScenarioId } from "../../src/api/contract";
import type { Language } from "../../src/i18n";
import { loadScenario, redeemPath } from "./api";
import { createFakeAuth, type FakeAuth } from "./fakeAuth";
import { renderApp } from "./render";

export const ALEX = "alex@fabrikam.com";

/** Opens `email`'s invitation (its redeem link) and waits until the link has opened the path's first session page. */
export async function openInvitation(email = ALEX, options: { auth?: FakeAuth; language?: Language } = {}) {
  const user = userEvent.setup();
  const view = renderApp(redeemPath(email), options);
  await waitFor(() => expect(view.router.state.location.pathname).toMatch(/^\/session\//));
  return { user, ...view };
}

/** Alex's invitation up to the sign-in step. */
export async function reachSignIn(auth = createFakeAuth()) {
  const flow = await openInvitation(ALEX, { auth });
  await screen.findByRole("heading", { name: "Sign in" });
  return flow;
}

/** `scenario`'s invitation to `email`, signed in through the resource tenant's sign-in page (its Next opens the popup). */
export async function signInThrough(scenario: ScenarioId, email = ALEX, button: RegExp | string = "Next") {
  loadScenario(scenario);
  const flow = await openInvitation(email, { auth: createFakeAuth(email) });
  await flow.user.click(await screen.findByRole("button", { name: button }));
  return flow;
}
