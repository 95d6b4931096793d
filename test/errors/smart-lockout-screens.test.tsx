// The studio's explain panel for AADSTS50053 (addendum §14.1: inline on the password page, so code, cause and
// the admin's fix are said here), with the admin's Unlock, by role and accessible name, en + nl.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { loadScenario } from "../support/api";
import { authorizeParams, pkcePair, submitPassword } from "../support/oauth";
import { renderApp } from "../support/render";
import type { Language } from "../../src/i18n";

async function wrongPasswords(count: number) {
  for (let i = 1; i <= count; i += 1) {
    const { challenge } = await pkcePair();
    await submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", `wrong-${i}`);
  }
}

async function openExplain(language: Language) {
  const user = userEvent.setup();
  renderApp("/mailbox/alex@fabrikam.com", { language });
  await user.click(await screen.findByRole("button", { name: "Studio" }));
  const studio = await screen.findByRole("complementary", { name: language === "nl" ? "Demostudio" : "Demo studio" });
  return { user, studio };
}

describe("studio: smart lockout explained", () => {
  beforeEach(() => loadScenario("smart-lockout"));

  it("§14.2 counts wrong passwords below the threshold, in words with the right plural", async () => {
    await wrongPasswords(1);
    const { studio } = await openExplain("en");
    expect(await within(studio).findByText(/alex@fabrikam.com: 1 wrong password counted of 10/)).toBeTruthy();
  });

  it("§14.2 names AADSTS50053, its cause and the admin's fix; Unlock by keyboard ends the lockout", async () => {
    await wrongPasswords(10);
    const { user, studio } = await openExplain("en");
    await within(studio).findByRole("heading", { name: "Smart lockout (AADSTS50053)" });
    expect(within(studio).getByText(/AADSTS50053: alex@fabrikam.com typed 10 different wrong passwords/)).toBeTruthy();
    expect(within(studio).getByText(/The admin's fix: unlock the account/)).toBeTruthy();
    const unlock = within(studio).getByRole("button", { name: "Unlock alex@fabrikam.com" });
    unlock.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(within(studio).queryByRole("heading", { name: "Smart lockout (AADSTS50053)" })).toBeNull());
  });

  it("§14.2 in Dutch", async () => {
    await wrongPasswords(10);
    const { user, studio } = await openExplain("nl");
    await within(studio).findByRole("heading", { name: "Slimme vergrendeling (AADSTS50053)" });
    expect(within(studio).getByText(/Wat de beheerder doet: het account ontgrendelen/)).toBeTruthy();
    await user.click(within(studio).getByRole("button", { name: "alex@fabrikam.com ontgrendelen" }));
    await waitFor(() => expect(within(studio).queryByRole("button", { name: "alex@fabrikam.com ontgrendelen" })).toBeNull());
  });
});
