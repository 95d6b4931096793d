// AADSTS50088 (addendum §12.4, spec §7): Entra limits the texts and calls it makes to one phone. SIM-ASSUMPTION
// (decision 0088): five in five minutes, the sixth refused; said inline, without its code, in English and Dutch.
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TELECOM_LIMIT, TELECOM_WINDOW_MINUTES } from "../../mocks/domain/phone";
import { world } from "../../mocks/node";
import { advanceMinutes, api, postJson } from "../support/api";
import { signInThrough } from "../support/flow";

/** Sam's wizard at the Phone page (More information required → a different method → Phone). */
async function atPhonePage(language: "en" | "nl" = "en") {
  const nl = language === "nl";
  const flow = await signInThrough("mfa-required", "sam@outlook.com");
  await flow.user.click(await screen.findByRole("button", { name: "Accept" }));
  await screen.findByRole("heading", { name: "More information required" });
  if (nl) {
    await flow.user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "nl");
  }
  await flow.user.click(screen.getByRole("button", { name: nl ? "Volgende" : "Next" }));
  await flow.user.click(
    await screen.findByRole("button", { name: nl ? "Ik wil een andere methode instellen" : "I want to set up a different method" }),
  );
  await flow.user.selectOptions(
    await screen.findByLabelText(nl ? "Welke methode wil je gebruiken?" : "Which method do you want to use?"),
    nl ? "Telefoon" : "Phone",
  );
  await flow.user.click(screen.getByRole("button", { name: nl ? "Bevestigen" : "Confirm" }));
  await screen.findByRole("heading", { name: nl ? "Telefoon" : "Phone" });
  return flow;
}

const sessionId = () => world.read((s) => s.sessions.at(-1)!.id);

describe("telecom limit (AADSTS50088)", () => {
  it("§12.4 §7 over HTTP: the sixth text or call to one number within five minutes is refused, then allowed again", async () => {
    await atPhonePage();
    const id = sessionId();
    const sms = () => postJson(`${api}/sessions/${id}/mfa/sms`, { phone: "+31 6 1234 5678" });
    for (let i = 0; i < TELECOM_LIMIT - 1; i++) expect((await sms()).status).toBe(200);
    expect((await postJson(`${api}/sessions/${id}/mfa/wizard`, { page: "phone" })).status).toBe(200);
    // A call counts with the texts.
    expect((await postJson(`${api}/sessions/${id}/mfa/call`, { phone: "+31612345678" })).status).toBe(200);
    expect((await postJson(`${api}/sessions/${id}/mfa/wizard`, { page: "phone" })).status).toBe(200);
    const refused = await sms();
    expect(refused).toMatchObject({ status: 429, body: { error: { code: "TextLimitReached", details: { aadsts: "AADSTS50088" } } } });
    expect(refused.body.error.message).toMatch(/^AADSTS50088: Limit on telecom MFA calls reached/);
    const texts = world.read((s) => s.phone.length);
    const call = await postJson(`${api}/sessions/${id}/mfa/call`, { phone: "+31612345678" });
    expect(call).toMatchObject({ status: 429, body: { error: { code: "CallLimitReached" } } });
    expect(world.read((s) => s.phone.length)).toBe(texts); // nothing was sent
    // Another number is not limited; the first frees up once its oldest text leaves the window.
    expect((await postJson(`${api}/sessions/${id}/mfa/sms`, { phone: "+31 6 9999 0000" })).status).toBe(200);
    await advanceMinutes(TELECOM_WINDOW_MINUTES);
    expect((await sms()).status).toBe(200);
  });

  it.each([
    ["en", "Resend code", "You've reached the limit on verification text messages. Try again in a few minutes, or use another method."],
    [
      "nl",
      "Code opnieuw verzenden",
      "Je hebt de limiet voor verificatie-sms'jes bereikt. Probeer het over een paar minuten opnieuw of gebruik een andere methode.",
    ],
  ] as const)("S51 §12.4 (%s) Resend code past the limit says so at the page, without the code", async (language, resend, message) => {
    const { user } = await atPhonePage(language);
    await user.type(screen.getByLabelText(language === "nl" ? "Telefoonnummer" : "Phone number"), "612345678");
    await user.click(screen.getByRole("button", { name: language === "nl" ? "Volgende" : "Next" }));
    const again = await screen.findByRole("button", { name: resend });
    for (let i = 1; i < TELECOM_LIMIT; i++) {
      await user.click(again);
      await waitFor(() => expect(world.read((s) => s.phone.length)).toBe(i + 1));
    }
    await user.click(again);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText(/AADSTS50088/)).toBeNull();
    // The texted codes still work: the limit only stops new texts.
    const code = world.read((s) => s.phone.at(-1)?.code ?? "");
    await user.type(screen.getByLabelText("Code"), code);
    await user.click(screen.getByRole("button", { name: language === "nl" ? "Volgende" : "Next" }));
    expect(await screen.findByText(language === "nl" ? /Geverifieerd/ : "Verified. Your phone is registered.")).toBeTruthy();
  });
});
