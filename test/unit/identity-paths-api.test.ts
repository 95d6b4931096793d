// @vitest-environment node
// Every identity path at the HTTP level (spec §3, §4.2–4.9): discovery, the path's own proof, and the
// identity recorded on the guest.
import { beforeEach, describe, expect, it } from "vitest";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD } from "../../mocks/scenarios";
import { PASSCODE_MAX_FAILED_ATTEMPTS, PASSCODE_RESEND_COOLDOWN_SECONDS } from "../../mocks/domain/passcode";
import { advanceMinutes, api, graphFetch, latestCode, loadScenario, postJson, startSessionFor, USER_DETAILS } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";

async function accept(sessionId: string) {
  return postJson(`${api}/sessions/${sessionId}/consent`, { decision: "accept" });
}

async function identitiesOf(email: string) {
  const id = world.read((s) => s.users.find((u) => u.mail === email)?.id);
  const user = await (await graphFetch(`${GRAPH_BASE}/users/${id}?${USER_DETAILS}`)).json();
  return user.identities.map((i: { issuer: string }) => i.issuer);
}

async function sendCode() {
  const session = await startSessionFor("lee@yahoo.com");
  expect(session).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D8" } });
  const sent = await postJson(`${api}/sessions/${session.id}/passcode/send`);
  expect(sent.body.step).toBe("otp-enter");
  return session.id as string;
}

describe("email one-time passcode (P5)", () => {
  beforeEach(() => loadScenario("email-passcode"));

  it("sends the code by e-mail and accepts it pasted with spaces; identity `mail`", async () => {
    const id = await sendCode();
    const code = await latestCode("lee@yahoo.com", "passcode");
    expect(code).toMatch(/^\d{8}$/);
    const pasted = ` ${code.slice(0, 4)} ${code.slice(4)}\n`;
    const verified = await postJson(`${api}/sessions/${id}/passcode/verify`, { code: pasted });
    expect(verified.body.step).toBe("consent");
    await accept(id);
    expect(await identitiesOf("lee@yahoo.com")).toContain("mail");
  });

  it("refuses letters with a typed error and counts wrong codes down to a lock-out", async () => {
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

  it("expires a code after 30 minutes by the fake clock", async () => {
    const id = await sendCode();
    const code = await latestCode("lee@yahoo.com", "passcode");
    await advanceMinutes(31);
    const expired = await postJson(`${api}/sessions/${id}/passcode/verify`, { code });
    expect(expired.body.error).toMatchObject({ code: "PasscodeExpired", details: { minutes: "30" } });
  });

  it("enforces the resend cooldown, and a new code invalidates the old one", async () => {
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

  it("keeps a passcode session for 24 hours, then asks for a new code", async () => {
    const id = await sendCode();
    await postJson(`${api}/sessions/${id}/passcode/verify`, { code: await latestCode("lee@yahoo.com", "passcode") });
    await accept(id);
    const within = await startSessionFor("lee@yahoo.com");
    expect(within).toMatchObject({ step: "done", discovery: { rule: "D1" } });
    await advanceMinutes(24 * 60 + 1);
    const after = await startSessionFor("lee@yahoo.com");
    expect(after).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D1" } });
  });
});

describe("create a Microsoft account (P6)", () => {
  beforeEach(() => loadScenario("create-microsoft-account"));

  it("walks the wizard with validation at each step, then binds the new MSA", async () => {
    const session = await startSessionFor("pat@contoso-partner.net");
    expect(session).toMatchObject({ step: "create-account", discovery: { rule: "D9" }, signup: { step: "password" } });
    const base = `${api}/sessions/${session.id}/signup`;

    const outOfOrder = await postJson(`${base}/name`, { firstName: "Pat", lastName: "Kim" });
    expect(outOfOrder).toMatchObject({ status: 409, body: { error: { code: "StepConflict", details: { signupStep: "password" } } } });
    const weak = await postJson(`${base}/password`, { password: "short" });
    expect(weak.body.error).toMatchObject({ code: "PasswordRejected", details: { problem: "length,variety" } });
    expect((await postJson(`${base}/password`, { password: "Sunny-Day-42" })).body.signup.step).toBe("verify");

    const wrongCode = await postJson(`${base}/verify`, { code: "abcd" });
    expect(wrongCode.body.error.code).toBe("VerificationCodeMalformed");
    const code = await latestCode("pat@contoso-partner.net", "account-verification");
    expect((await postJson(`${base}/verify`, { code: ` ${code} ` })).body.signup.step).toBe("name");

    const html = await postJson(`${base}/name`, { firstName: "<b>Pat</b>", lastName: "Kim" });
    expect(html.body.error).toMatchObject({ code: "NameRejected", details: { field: "firstName", problem: "characters" } });
    expect((await postJson(`${base}/name`, { firstName: "Pat", lastName: "Kim" })).body.signup).toMatchObject({
      step: "profile",
      firstName: "Pat",
    });

    const future = await postJson(`${base}/profile`, { country: "NL", birthDate: "2999-01-01" });
    expect(future.body.error.details).toMatchObject({ field: "birthDate", problem: "future" });
    const invalid = await postJson(`${base}/profile`, { country: "NL", birthDate: "1990-02-31" });
    expect(invalid.body.error.details).toMatchObject({ field: "birthDate", problem: "invalid" });
    const country = await postJson(`${base}/profile`, { country: "XX", birthDate: "1990-05-12" });
    expect(country.body.error.details).toMatchObject({ field: "country" });
    const done = await postJson(`${base}/profile`, { country: "NL", birthDate: "1990-05-12" });
    expect(done.body).toMatchObject({ step: "consent", signedInAs: { email: "pat@contoso-partner.net", displayName: "Pat Kim" } });
    await accept(session.id);
    expect(await identitiesOf("pat@contoso-partner.net")).toContain("MicrosoftAccount");
    expect(world.read((s) => s.accounts.some((a) => a.kind === "msa" && a.email === "pat@contoso-partner.net"))).toBe(true);
  });

  it("goes back a step keeping what was submitted", async () => {
    const session = await startSessionFor("pat@contoso-partner.net");
    const base = `${api}/sessions/${session.id}/signup`;
    await postJson(`${base}/password`, { password: "Sunny-Day-42" });
    const back = await postJson(`${base}/back`);
    expect(back.body.signup.step).toBe("password");
    const first = await postJson(`${base}/back`);
    expect(first.status).toBe(409);
  });
});

describe("popup identity providers", () => {
  it("MSA (P4, D7): consumer authority, identity MicrosoftAccount", async () => {
    loadScenario("microsoft-account");
    const session = await startSessionFor("sam@outlook.com");
    expect(session).toMatchObject({ step: "sign-in", discovery: { rule: "D7" }, signIn: { idp: "microsoft-account" } });
    const idToken = await signInAtFakeIdp(session.signIn.authority, "sam@outlook.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
    await accept(session.id);
    expect(await identitiesOf("sam@outlook.com")).toContain("MicrosoftAccount");
  });

  it("account chooser (D2): the guest picks the work account", async () => {
    loadScenario("account-chooser");
    const session = await startSessionFor("robin@fabrikam.com");
    expect(session).toMatchObject({ step: "choose-account", discovery: { rule: "D2" } });
    const chosen = await postJson(`${api}/sessions/${session.id}/choose`, { account: "entra" });
    expect(chosen.body).toMatchObject({ step: "sign-in", signIn: { idp: "entra", idpName: "Fabrikam" } });
  });

  it("Google (P3, D6): another Google account is refused; identity google.com", async () => {
    loadScenario("gmail-google-federation");
    const session = await startSessionFor("kim@gmail.com");
    expect(session).toMatchObject({ discovery: { rule: "D6" }, signIn: { idp: "google" } });
    const other = await signInAtFakeIdp(session.signIn.authority, "kim.akers.home@gmail.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: other })).body.step).toBe("wrong-account");
    await postJson(`${api}/sessions/${session.id}/restart-sign-in`);
    const right = await signInAtFakeIdp(session.signIn.authority, "kim@gmail.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: right })).body.step).toBe("consent");
    await accept(session.id);
    expect(await identitiesOf("kim@gmail.com")).toContain("google.com");
  });

  it("Google federation off: the same address gets a passcode (D8)", async () => {
    loadScenario("gmail-google-federation");
    world.transact((s) => {
      s.tenants[0]!.policies.googleFederation = false;
    });
    const session = await startSessionFor("kim@gmail.com");
    expect(session).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D8" } });
  });

  it("SAML (P2, D5): the partner's issuer is recorded; no e-mail claim → AADSTS5000819", async () => {
    loadScenario("saml-partner");
    const session = await startSessionFor("jo@woodgrovebank.com");
    expect(session).toMatchObject({ discovery: { rule: "D5" }, signIn: { idp: "saml", idpName: "Woodgrove Bank" } });
    const noClaim = await signInAtFakeIdp(session.signIn.authority, "jo@woodgrovebank.com", DEMO_PASSWORD, { omit_email_claim: "1" });
    const refused = await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: noClaim });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "AADSTS5000819" } } });
    const idToken = await signInAtFakeIdp(session.signIn.authority, "jo@woodgrovebank.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
    await accept(session.id);
    expect(await identitiesOf("jo@woodgrovebank.com")).toContain("https://sts.woodgrovebank.com/adfs/services/trust");
  });
});

describe("direct link and the common endpoint", () => {
  beforeEach(() => loadScenario("direct-link"));

  it("signs in an invited work account from the direct link", async () => {
    const { status, body } = await postJson(`${api}/direct-sessions`, { tenantId: CONTOSO_TENANT_ID, email: "alex@fabrikam.com" });
    expect(status).toBe(201);
    expect(body).toMatchObject({ entry: "direct-link", step: "sign-in", discovery: { rule: "D3" } });
  });

  it("D10: no home account and passcodes off → its own step, no account creation", async () => {
    const { body } = await postJson(`${api}/direct-sessions`, { tenantId: CONTOSO_TENANT_ID, email: "pat@contoso-partner.net" });
    expect(body).toMatchObject({ step: "no-identity-provider", discovery: { rule: "D10" } });
    expect(body.signup).toBeUndefined();
  });

  it("refuses an address that was never invited", async () => {
    const { status, body } = await postJson(`${api}/direct-sessions`, { tenantId: CONTOSO_TENANT_ID, email: "nobody@example.com" });
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "UserNotInTenant", details: { organization: "Contoso" } });
  });

  it("finds an organisation by domain, and says AADSTS90002 for an unknown one", async () => {
    expect((await (await fetch(`${api}/organizations?domain=Contoso.com`)).json()).tenantId).toBe(CONTOSO_TENANT_ID);
    const unknown = await fetch(`${api}/organizations?domain=nowhere.example`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("AADSTS90002");
  });
});
