// Screens reached through the flow, as the guest reaches them: from the invitation's redeem link, past the
// landing page, to the sign-in step (and through the popup, with the fake AuthPort).
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ScenarioId } from "../../src/api/contract";
import type { Language } from "../../src/i18n";
import { loadScenario, redeemPath } from "./api";
import { createFakeAuth, type FakeAuth } from "./fakeAuth";
import { renderApp } from "./render";

export const ALEX = "alex@fabrikam.com";

/** Opens `email`'s invitation and continues from the landing page (Accept and continue, or Sign in once redeemed). */
export async function openInvitation(email = ALEX, options: { auth?: FakeAuth; language?: Language } = {}) {
  const user = userEvent.setup();
  const view = renderApp(redeemPath(email), options);
  await user.click(await screen.findByRole("button", { name: /^(Accept and continue|Sign in)$/ }));
  return { user, ...view };
}

/** Alex's invitation up to the sign-in step. */
export async function reachSignIn(auth = createFakeAuth()) {
  const flow = await openInvitation(ALEX, { auth });
  await screen.findByRole("heading", { name: "Sign in to continue" });
  return flow;
}

/** `scenario`'s invitation to `email`, signed in through the identity provider's button. */
export async function signInThrough(scenario: ScenarioId, email = ALEX, button: RegExp | string = /^Sign in with /) {
  loadScenario(scenario);
  const flow = await openInvitation(email, { auth: createFakeAuth(email) });
  await flow.user.click(await screen.findByRole("button", { name: button }));
  return flow;
}
