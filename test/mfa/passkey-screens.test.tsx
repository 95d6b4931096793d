// S52 addendum §12.8 in jsdom: the passkey registration campaign after the phone challenge (Not now), and the
// blocking passkey registration from 1 February 2027 (no Not now), by role and accessible name, en + nl.
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { TELEPHONY_RETIRED_FROM } from "../../mocks/domain/redemption/passkey";
import { advanceMinutes, api, loadScenario } from "../support/api";
import { createFakeAuth } from "../support/fakeAuth";
import { openInvitation } from "../support/flow";

const SAM = "sam@outlook.com";

async function open(language: "en" | "nl") {
  const flow = await openInvitation(SAM, { auth: createFakeAuth(SAM), language });
  await flow.user.click(await screen.findByRole("button", { name: language === "en" ? "Next" : "Volgende" }));
  return flow;
}

describe("passkey registration (addendum §12.8)", () => {
  it("S52 §12.8 after the texted code, the campaign asks for a passkey; Not now goes on", async () => {
    loadScenario("mfa-sms-passkey-campaign");
    const { user } = await open("en");
    const code = await screen.findByLabelText("Code");
    await waitFor(() => expect(world.read((s) => s.phone.length)).toBe(1));
    await user.type(
      code,
      world.read((s) => s.phone[0]?.code ?? ""),
    );
    await user.click(screen.getByRole("button", { name: "Verify" }));
    const heading = await screen.findByRole("heading", { level: 1, name: "Set up a passkey" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Contoso asks you to set up a passkey/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Not now" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
    expect(world.read((s) => s.users.find((u) => u.mail === SAM)?.passkeySnoozedUntil)).toBeDefined();
  });

  it("S52 §12.8 from 1 February 2027 the Dutch guest must set up a passkey: no Niet nu", async () => {
    loadScenario("mfa-sms-passkey-campaign");
    const now = new Date((await (await fetch(`${api}/demo`)).json()).now);
    await advanceMinutes(Math.max(1, Math.ceil((TELEPHONY_RETIRED_FROM.getTime() - now.getTime()) / 60_000)));
    const { user } = await open("nl");
    const heading = await screen.findByRole("heading", { level: 1, name: "Een toegangssleutel instellen" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Je kunt je niet meer met een sms of een oproep aanmelden bij Contoso/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Niet nu" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(await screen.findByRole("heading", { name: "Er zijn geen apps om weer te geven" })).toBeTruthy();
  });
});
