// @vitest-environment node
// MFA at the HTTP level (spec §5.3, addendum §12): S50 More information required, S51 the registration wizard
// (Authenticator with a QR code the phone scans and number matching; another authenticator app with TOTP; the
// phone), then only the challenge (S44 number matching, S45 the other methods, S46 codes, S49 timeout, 500121).
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, advanceMinutes, api, beforeTelephonyRetires, loadScenario, postJson, signedInSession } from "../support/api";

const act = (id: string, action: string, body: unknown = {}) => postJson(`${api}/sessions/${id}/${action}`, body);
const phone = async () => (await fetch(`${api}/phone`)).json();
const go = (id: string, page: string) => act(id, "mfa/wizard", { page });

async function atWizard() {
  loadScenario("mfa-required");
  // The phone methods as they are until Microsoft's SMS and voice retire, whatever the real date.
  await beforeTelephonyRetires();
  const session = await signedInSession("sam@outlook.com");
  const interrupt = await acceptConsent(session.id);
  expect(interrupt.body).toMatchObject({ step: "mfa-interrupt" });
  const wizard = await act(session.id, "mfa/proof-up");
  expect(wizard.body).toMatchObject({ step: "mfa-register", mfa: { page: "authenticator-start", registering: true, methods: [] } });
  return session.id;
}

describe("MFA registration", () => {
  it("S24 S50 S51 §12.2 §12.3 registers Microsoft Authenticator: QR code scanned by the phone, a test notification with number matching", async () => {
    const id = await atWizard();
    await go(id, "authenticator-setup");
    const qr = await go(id, "authenticator-qr");
    expect(qr.body.mfa.qr).toMatchObject({ code: expect.stringMatching(/^\d{9}$/), url: expect.stringContaining("/api/phone/activate") });
    // Next before the app has the account: a typed error at the QR code.
    expect((await go(id, "authenticator-test")).body.error).toMatchObject({ code: "AuthenticatorNotActivated" });
    const seen = await phone();
    expect(seen.camera).toEqual([expect.objectContaining({ payload: qr.body.mfa.qr.payload })]);
    expect((await postJson(`${api}/phone/scan`, { payload: "nonsense" })).body.error.code).toBe("QrCodeNotRecognized");
    const scanned = await postJson(`${api}/phone/scan`, { payload: seen.camera[0].payload });
    expect(scanned.body.accounts).toEqual([expect.objectContaining({ kind: "authenticator", account: "sam@outlook.com" })]);
    const test = await go(id, "authenticator-test");
    expect(test.body.mfa).toMatchObject({ page: "authenticator-test", push: "pending", matchNumber: expect.any(Number) });
    const number: number = test.body.mfa.matchNumber;
    expect(number).toBeGreaterThanOrEqual(10);
    expect(number).toBeLessThanOrEqual(99);
    const push = (await phone()).pushes[0];
    expect((await postJson(`${api}/phone/pushes/${push.id}`, { decision: "approve" })).body.error.code).toBe("MatchNumberRequired");
    await postJson(`${api}/phone/pushes/${push.id}`, { decision: "approve", number });
    const approved = await (await fetch(`${api}/sessions/${id}`)).json();
    expect(approved.mfa).toMatchObject({ page: "authenticator-approved", added: ["authenticator"] });
    expect((await go(id, "success")).body.mfa.page).toBe("success");
    expect((await act(id, "mfa/done")).body.step).toBe("done");

    const again = await signedInSession("sam@outlook.com");
    expect(again).toMatchObject({
      step: "mfa-challenge",
      mfa: { challenge: "authenticator", push: "pending", methods: ["authenticator"] },
    });
  });

  it("S51 §12.3 a wrong number fails the test notification; it can be sent again; a move the wizard lacks is a 409", async () => {
    const id = await atWizard();
    expect((await go(id, "success")).status).toBe(409);
    await go(id, "authenticator-setup");
    await go(id, "authenticator-qr");
    await postJson(`${api}/phone/scan`, { payload: (await phone()).camera[0].payload });
    const test = await go(id, "authenticator-test");
    const wrong = test.body.mfa.matchNumber === 10 ? 11 : 10;
    await postJson(`${api}/phone/pushes/${(await phone()).pushes[0].id}`, { decision: "approve", number: wrong });
    expect((await (await fetch(`${api}/sessions/${id}`)).json()).mfa).toMatchObject({ page: "authenticator-test", push: "denied" });
    expect((await act(id, "mfa/push")).body.mfa.push).toBe("pending");
  });

  it("S51 §12.3 Alt-A registers another authenticator app: an otpauth QR code, then an RFC 6238 code on the fake clock", async () => {
    const id = await atWizard();
    await go(id, "totp-start");
    const qr = await go(id, "totp-qr");
    expect(qr.body.mfa.qr.payload).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const secret: string = qr.body.mfa.qr.code;
    await postJson(`${api}/phone/scan`, { payload: secret });
    const seen = await phone();
    expect(seen.accounts).toEqual([expect.objectContaining({ kind: "totp", secret })]);
    await go(id, "totp-code");
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
    const now = Date.parse(seen.now);
    expect(
      (await act(id, "mfa/verify", { code: "000000" === totp.generate({ timestamp: now }) ? "111111" : "000000" })).body.error.code,
    ).toBe("AppCodeIncorrect");
    expect((await act(id, "mfa/verify", { code: totp.generate({ timestamp: now }) })).body.mfa.page).toBe("success");
    expect((await act(id, "mfa/done")).body.step).toBe("done");

    const again = await signedInSession("sam@outlook.com");
    expect(again).toMatchObject({ step: "mfa-challenge", mfa: { challenge: "totp", codeLength: 6 } });
    // Five minutes on the fake clock later the old code is refused and the current one accepted.
    await advanceMinutes(5);
    const later = Date.parse((await phone()).now);
    expect((await act(again.id, "mfa/verify", { code: totp.generate({ timestamp: now }) })).body.error.code).toBe("AppCodeIncorrect");
    expect((await act(again.id, "mfa/verify", { code: totp.generate({ timestamp: later }) })).body.step).toBe("done");
  });

  it("S51 §12.3 §12.4 Alt-B registers the phone: a wrong number is a typed error, 3 wrong tries retire a code, the texted code registers SMS", async () => {
    const id = await atWizard();
    await go(id, "choose-method");
    await go(id, "phone");
    expect((await act(id, "mfa/sms", { phone: "12345" })).body.error.code).toBe("PhoneNumberInvalid");
    const sent = await act(id, "mfa/sms", { phone: "+31 612345678" });
    expect(sent.body.mfa).toMatchObject({ page: "phone-code", smsSentTo: "+XX XXXXXXX78" });
    const first = world.read((s) => s.phone.at(-1)?.code ?? "");
    const wrong = first === "000000" ? "111111" : "000000";
    expect((await act(id, "mfa/verify", { code: wrong })).body.error.code).toBe("MfaCodeIncorrect");
    expect((await act(id, "mfa/verify", { code: wrong })).body.error.code).toBe("MfaCodeIncorrect");
    // The third wrong try retires the code (addendum §12.4 SIM-ASSUMPTION): even the right one needs a new text.
    expect((await act(id, "mfa/verify", { code: wrong })).body.error.code).toBe("MfaCodeTriesUsed");
    expect((await act(id, "mfa/verify", { code: first })).body.error.code).toBe("MfaCodeNotSent");
    await act(id, "mfa/sms");
    const code = world.read((s) => s.phone.at(-1)?.code ?? "");
    expect((await act(id, "mfa/verify", { code })).body.mfa).toMatchObject({ page: "phone-verified", added: ["sms"] });
    await go(id, "success");
    expect((await act(id, "mfa/done")).body.step).toBe("done");
    const again = await signedInSession("sam@outlook.com");
    expect(again).toMatchObject({ step: "mfa-challenge", mfa: { challenge: "sms", methods: ["sms"], smsSentTo: "+XX XXXXXXX78" } });
  });

  it("S51 S47 §12.3 §12.4 Alt-B Call me: the phone rings, is answered, and # registers the phone; later the picker offers a call", async () => {
    const id = await atWizard();
    await go(id, "choose-method");
    await go(id, "phone");
    const calling = await act(id, "mfa/call", { phone: "+31 612345678" });
    expect(calling.body.mfa).toMatchObject({ page: "phone-call", call: "ringing", smsSentTo: "+XX XXXXXXX78" });
    const call = (await phone()).calls[0];
    expect(call).toMatchObject({ from: "+1 (855) 330-8653", status: "ringing" });
    expect((await postJson(`${api}/phone/calls/${call.id}`, { action: "press", key: "#" })).body.error.code).toBe("CallNotAnswered");
    await postJson(`${api}/phone/calls/${call.id}`, { action: "answer" });
    await postJson(`${api}/phone/calls/${call.id}`, { action: "press", key: "1" });
    expect((await (await fetch(`${api}/sessions/${id}`)).json()).mfa.call).toBe("answered");
    await postJson(`${api}/phone/calls/${call.id}`, { action: "press", key: "#" });
    expect((await (await fetch(`${api}/sessions/${id}`)).json()).mfa).toMatchObject({ page: "phone-verified", added: ["sms"] });
    await go(id, "success");
    await act(id, "mfa/done");

    const again = await signedInSession("sam@outlook.com");
    await act(again.id, "mfa/method", { method: "picker" });
    const voice = await act(again.id, "mfa/method", { method: "voice" });
    expect(voice.body.mfa).toMatchObject({ challenge: "voice", call: "ringing" });
    const ring = (await phone()).calls[0];
    await postJson(`${api}/phone/calls/${ring.id}`, { action: "decline" });
    expect((await (await fetch(`${api}/sessions/${again.id}`)).json()).mfa.call).toBe("declined");
    await act(again.id, "mfa/call");
    const second = (await phone()).calls[0];
    await postJson(`${api}/phone/calls/${second.id}`, { action: "answer" });
    await postJson(`${api}/phone/calls/${second.id}`, { action: "press", key: "#" });
    // A phone-only guest after 1 September 2026 (addendum §12.8): the passkey campaign, then Not now.
    expect((await (await fetch(`${api}/sessions/${again.id}`)).json()).step).toBe("passkey-register");
    expect((await act(again.id, "passkey", { decision: "snooze" })).body.step).toBe("done");
  });

  it("S50 §12.2 Use a different account goes back to sign-in, asking to pick an account", async () => {
    loadScenario("mfa-required");
    const session = await signedInSession("sam@outlook.com");
    await acceptConsent(session.id);
    const back = await act(session.id, "restart-sign-in");
    expect(back.body).toMatchObject({ step: "sign-in", signIn: { prompt: "select_account" } });
  });
});

async function registeredWithPushAndSms() {
  loadScenario("mfa-required");
  const user = world.read((s) => s.users.find((u) => u.mail === "sam@outlook.com"));
  world.transact((s) => {
    const guest = s.users.find((u) => u.id === user?.id);
    if (guest) guest.mfaMethods = [{ kind: "sms", phone: "+31612345678" }, { kind: "authenticator" }];
  });
  const session = await signedInSession("sam@outlook.com");
  const challenge = await acceptConsent(session.id);
  return { id: session.id, challenge: challenge.body };
}

describe("MFA challenge", () => {
  it("S44 S48 §12.4 sends the request with a number and the phone's additional context; S45 lists the other methods; S46 texts a code", async () => {
    const { id, challenge } = await registeredWithPushAndSms();
    expect(challenge).toMatchObject({
      step: "mfa-challenge",
      mfa: { challenge: "authenticator", push: "pending", matchNumber: expect.any(Number) },
    });
    const push = (await phone()).pushes[0];
    expect(push).toMatchObject({
      organization: "Contoso",
      account: "sam@outlook.com",
      app: expect.any(String),
      location: expect.any(String),
    });
    const picker = await act(id, "mfa/method", { method: "picker" });
    expect(picker.body.mfa).toMatchObject({ challenge: "picker", methods: ["sms", "authenticator"], registeredPhone: "+XX XXXXXXX78" });
    expect((await act(id, "mfa/method", { method: "totp" })).body.error.code).toBe("MfaMethodNotRegistered");
    const sms = await act(id, "mfa/method", { method: "sms" });
    expect(sms.body.mfa).toMatchObject({ challenge: "sms", smsSentTo: "+XX XXXXXXX78" });
    const code = world.read((s) => s.phone.at(-1)?.code ?? "");
    expect((await act(id, "mfa/verify", { code })).body.step).toBe("done");
  });

  it("S49 §12.4 no answer in time: We didn't hear from you, then a new request; S44 a denial ends with 500121", async () => {
    const { id } = await registeredWithPushAndSms();
    await advanceMinutes(30);
    expect((await (await fetch(`${api}/sessions/${id}`)).json()).mfa.push).toBe("timed-out");
    expect((await phone()).pushes).toEqual([]);
    const again = await act(id, "mfa/push");
    expect(again.body.mfa).toMatchObject({ push: "pending", matchNumber: expect.any(Number) });
    await postJson(`${api}/phone/pushes/${(await phone()).pushes[0].id}`, { decision: "deny" });
    const denied = await (await fetch(`${api}/sessions/${id}`)).json();
    expect(denied).toMatchObject({ step: "blocked", blocked: { code: "AADSTS500121" } });
  });

  it("S44 §12.4 the right number on the phone approves the sign-in", async () => {
    const { id, challenge } = await registeredWithPushAndSms();
    const push = (await phone()).pushes[0];
    await postJson(`${api}/phone/pushes/${push.id}`, { decision: "approve", number: challenge.mfa.matchNumber });
    expect((await (await fetch(`${api}/sessions/${id}`)).json()).step).toBe("done");
  });
});
