// @vitest-environment node
// Email one-time passcode at the HTTP level (spec §4.5, P5): the code by e-mail, wrong and expired codes, the
// resend cooldown and the 24-hour passcode session.
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { PASSCODE_MAX_FAILED_ATTEMPTS, PASSCODE_RESEND_COOLDOWN_SECONDS } from "../../mocks/domain/passcode";
import { acceptConsent, advanceMinutes, api, identitiesOf, latestCode, loadScenario, postJson, startSessionFor } from "../support/api";

async function sendCode() {
  const session = await startSessionFor("lee@yahoo.com");
  expect(session).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D8" } });
  const sent = await postJson(`${api}/sessions/${session.id}/passcode/send`);
  expect(sent.body.step).toBe("otp-enter");
  return session.id as string;
}

describe("email one-time passcode (P5)", () => {
  beforeEach(() => loadScenario("email-passcode"));

  it("S22 S23 S03 P5 D8 §4.5 sends the code by e-mail and accepts it pasted with spaces; identity `mail`", async () => {
    const id = await sendCode();
    const code = await latestCode("lee@yahoo.com", "passcode");
    expect(code).toMatch(/^\d{8}$/);
    const pasted = ` ${code.slice(0, 4)} ${code.slice(4)}\n`;
    const verified = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: pasted });
    expect(verified.body.step).toBe("consent");
    await acceptConsent(id);
    expect(await identitiesOf("lee@yahoo.com")).toContain("mail");
  });

  it("S23 §4.5 refuses letters with a typed error and counts wrong codes down to a lock-out", async () => {
    const id = await sendCode();
    const letters = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: "12ab5678" });
    expect(letters).toMatchObject({ status: 400, body: { error: { code: "PasscodeMalformed" } } });
    for (let attempt = 1; attempt < PASSCODE_MAX_FAILED_ATTEMPTS; attempt++) {
      const wrong = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: "00000000" });
      expect(wrong.body.error).toMatchObject({
        code: "PasscodeIncorrect",
        details: { attemptsLeft: String(PASSCODE_MAX_FAILED_ATTEMPTS - attempt) },
      });
    }
    const locked = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: "00000000" });
    expect(locked).toMatchObject({ status: 429, body: { error: { code: "PasscodeLocked" } } });
    // Even the right code is refused while locked.
    const right = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: await latestCode("lee@yahoo.com", "passcode") });
    expect(right.body.error.code).toBe("PasscodeLocked");
  });

  it("S23 §4.5 §7 expires a code after 30 minutes by the fake clock", async () => {
    const id = await sendCode();
    const code = await latestCode("lee@yahoo.com", "passcode");
    await advanceMinutes(31);
    const expired = await postJson(`${api}/sessions/${id}/passcode/verify`, { code });
    expect(expired.body.error).toMatchObject({ code: "PasscodeExpired", details: { minutes: "30" } });
  });

  it("S23 §4.5 enforces the resend cooldown, and a new code invalidates the old one", async () => {
    const id = await sendCode();
    const first = await latestCode("lee@yahoo.com", "passcode");
    const tooSoon = await postJson(`${api}/sessions/${id}/passcode/send`);
    expect(tooSoon).toMatchObject({ status: 429, body: { error: { code: "PasscodeResendTooSoon" } } });
    world.transact((s) => {
      s.clockOffsetMs += (PASSCODE_RESEND_COOLDOWN_SECONDS + 1) * 1000;
    });
    await postJson(`${api}/sessions/${id}/passcode/send`);
    const second = await latestCode("lee@yahoo.com", "passcode");
    if (second !== first) {
      const old = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: first });
      expect(old.body.error.code).toBe("PasscodeIncorrect");
    }
    const ok = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: second });
    expect(ok.body.step).toBe("consent");
  });

  it("E7 D1 §4.5 §7 keeps a passcode session for 24 hours, then asks for a new code", async () => {
    const id = await sendCode();
    await postJson(`${api}/sessions/${id}/passcode/verify`, { code: await latestCode("lee@yahoo.com", "passcode") });
    await acceptConsent(id);
    const within = await startSessionFor("lee@yahoo.com");
    expect(within).toMatchObject({ step: "done", discovery: { rule: "D1" } });
    await advanceMinutes(24 * 60 + 1);
    const after = await startSessionFor("lee@yahoo.com");
    expect(after).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D1" } });
  });
});
