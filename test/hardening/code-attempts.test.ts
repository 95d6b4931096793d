// @vitest-environment node
// hardening: every short code has an attempt limit and a lock-out that counts per guest, not per code, on the
// fake clock (issue "speed and hardening" §3): the account-creation code, the MFA text code, the passcode
// across resends.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { CODE_LOCKOUT_MINUTES, CODE_MAX_FAILED_ATTEMPTS } from "../../mocks/domain/attempts";
import { PASSCODE_MAX_FAILED_ATTEMPTS, PASSCODE_RESEND_COOLDOWN_SECONDS } from "../../mocks/domain/passcode";
import { advanceMinutes, api, latestCode, loadScenario, postJson, startSessionFor } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";

/** A wrong code of the right shape: the real one's digits shifted by one. */
const wrong = (code: string) => code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

describe("attempt limits", () => {
  it("hardening: §4.6 the account-creation code locks the guest out after five wrong codes; a new code buys no new guesses", async () => {
    loadScenario("create-microsoft-account");
    const session = await startSessionFor("pat@contoso-partner.net");
    const base = `${api}/sessions/${session.id}/signup`;
    await postJson(`${base}/password`, { password: "Sunny-Day-42" });
    const code = await latestCode("pat@contoso-partner.net", "account-verification");
    for (let i = 1; i < CODE_MAX_FAILED_ATTEMPTS; i++) {
      const answer = await postJson(`${base}/verify`, { code: wrong(code) });
      expect(answer.body.error).toMatchObject({
        code: "VerificationCodeIncorrect",
        details: { attemptsLeft: String(CODE_MAX_FAILED_ATTEMPTS - i) },
      });
    }
    const locked = await postJson(`${base}/verify`, { code: wrong(code) });
    expect(locked).toMatchObject({
      status: 429,
      body: { error: { code: "VerificationCodeLocked", details: { lockedUntil: expect.any(String) } } },
    });
    // Neither the right code nor a new one helps while the lock-out lasts.
    expect((await postJson(`${base}/verify`, { code })).body.error.code).toBe("VerificationCodeLocked");
    expect((await postJson(`${base}/resend-code`)).body.error.code).toBe("VerificationCodeLocked");

    await advanceMinutes(CODE_LOCKOUT_MINUTES + 1);
    expect((await postJson(`${base}/resend-code`)).status).toBe(200);
    const fresh = await latestCode("pat@contoso-partner.net", "account-verification");
    expect((await postJson(`${base}/verify`, { code: fresh })).body.signup.step).toBe("name");
  });

  it("hardening: §5.3 the MFA text code locks the guest out after five wrong codes, also across new texts", async () => {
    loadScenario("mfa-required");
    const started = await startSessionFor("sam@outlook.com");
    const idToken = await signInAtFakeIdp(started.signIn, "sam@outlook.com", DEMO_PASSWORD);
    const session = (await postJson(`${api}/sessions/${started.id}/sign-in`, { idToken })).body;
    await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    // More information required → Keep your account secure → a different method → Phone (addendum §12.3).
    await postJson(`${api}/sessions/${session.id}/mfa/proof-up`);
    await postJson(`${api}/sessions/${session.id}/mfa/wizard`, { page: "choose-method" });
    await postJson(`${api}/sessions/${session.id}/mfa/wizard`, { page: "phone" });
    const sms = () => postJson(`${api}/sessions/${session.id}/mfa/sms`, { phone: "+31 6 1234 5678" });
    const verify = (code: string) => postJson(`${api}/sessions/${session.id}/mfa/verify`, { code });
    await sms();
    for (let i = 1; i < CODE_MAX_FAILED_ATTEMPTS; i++) {
      if (i === 3) await sms(); // a new text does not reset the count
      const code = world.read((s) => s.phone.at(-1)?.code ?? "");
      expect((await verify(wrong(code))).body.error).toMatchObject({
        code: "MfaCodeIncorrect",
        details: { attemptsLeft: String(CODE_MAX_FAILED_ATTEMPTS - i) },
      });
    }
    const code = world.read((s) => s.phone.at(-1)?.code ?? "");
    expect(await verify(wrong(code))).toMatchObject({ status: 429, body: { error: { code: "MfaCodeLocked" } } });
    expect((await verify(code)).body.error.code).toBe("MfaCodeLocked");
    expect((await sms()).body.error.code).toBe("MfaCodeLocked");

    await advanceMinutes(CODE_LOCKOUT_MINUTES + 1);
    await sms();
    expect((await verify(world.read((s) => s.phone.at(-1)?.code ?? ""))).body.mfa.page).toBe("phone-verified");
  });

  it("hardening: §4.5 P5 the passcode's wrong guesses count across resends", async () => {
    loadScenario("email-passcode");
    const session = await startSessionFor("lee@yahoo.com");
    const send = () => postJson(`${api}/sessions/${session.id}/passcode/send`);
    const verify = (code: string) => postJson(`${api}/sessions/${session.id}/passcode/verify`, { code });
    await send();
    for (let i = 1; i < PASSCODE_MAX_FAILED_ATTEMPTS; i++) {
      if (i === 3) {
        await advanceMinutes(Math.ceil(PASSCODE_RESEND_COOLDOWN_SECONDS / 60));
        expect((await send()).status).toBe(200);
      }
      const code = await latestCode("lee@yahoo.com", "passcode");
      expect((await verify(wrong(code))).body.error).toMatchObject({
        code: "PasscodeIncorrect",
        details: { attemptsLeft: String(PASSCODE_MAX_FAILED_ATTEMPTS - i) },
      });
    }
    const code = await latestCode("lee@yahoo.com", "passcode");
    expect(await verify(wrong(code))).toMatchObject({ status: 429, body: { error: { code: "PasscodeLocked" } } });
  });
});
