// @vitest-environment node
// Create a Microsoft account at the HTTP level (spec §4.6, P6): the wizard's steps, each validated, and the
// new account bound to the guest.
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { CONSUMERS_TENANT_ID } from "../../mocks/domain/accounts";
import { acceptConsent, api, identitiesOf, latestCode, loadScenario, postJson, startSessionFor } from "../support/api";
import { authorizeParams, pkcePair, submitPassword } from "../support/oauth";

/** The whole stored world, as text: what a script on the page could read. */
const stored = () => JSON.stringify(world.read((s) => s));

describe("create a Microsoft account (P6)", () => {
  beforeEach(() => loadScenario("create-microsoft-account"));

  it("S21 P6 D9 §4.6 walks the wizard with validation at each step, then binds the new MSA", async () => {
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
    // A withdrawn code (the United Kingdom's GB is the assigned one) and a reserved one are no countries.
    for (const withdrawn of ["UK", "SU", "EA"]) {
      const old = await postJson(`${base}/profile`, { country: withdrawn, birthDate: "1990-05-12" });
      expect(old.body.error.details).toMatchObject({ field: "country" });
    }
    // Under 13 on the fake clock's today, a Microsoft account needs a parent's permission (decision 0051).
    const today = new Date(world.read((_, ctx) => ctx.now));
    const twelve = `${today.getUTCFullYear() - 12}-01-01`;
    const young = await postJson(`${base}/profile`, { country: "NL", birthDate: twelve });
    expect(young.body.error.details).toMatchObject({ field: "birthDate", problem: "underAge" });
    const done = await postJson(`${base}/profile`, { country: "NL", birthDate: "1990-05-12" });
    expect(done.body).toMatchObject({ step: "consent", signedInAs: { email: "pat@contoso-partner.net", displayName: "Pat Kim" } });
    await acceptConsent(session.id);
    expect(await identitiesOf("pat@contoso-partner.net")).toContain("MicrosoftAccount");
    expect(world.read((s) => s.accounts.some((a) => a.kind === "msa" && a.email === "pat@contoso-partner.net"))).toBe(true);
  });

  it("S21 P6 goes back a step keeping what was submitted", async () => {
    const session = await startSessionFor("pat@contoso-partner.net");
    const base = `${api}/sessions/${session.id}/signup`;
    await postJson(`${base}/password`, { password: "Sunny-Day-42" });
    const back = await postJson(`${base}/back`);
    expect(back.body.signup.step).toBe("password");
    const first = await postJson(`${base}/back`);
    expect(first.status).toBe(409);
  });

  it("S21 P6 hardening: the chosen password is kept only as a salted PBKDF2 hash, and it signs in at Microsoft's page", async () => {
    const email = "pat@contoso-partner.net";
    const password = "Sunny-Day-42";
    const session = await startSessionFor(email);
    const base = `${api}/sessions/${session.id}/signup`;
    await postJson(`${base}/password`, { password });
    expect(stored()).not.toContain(password);
    await postJson(`${base}/verify`, { code: await latestCode(email, "account-verification") });
    await postJson(`${base}/name`, { firstName: "Pat", lastName: "Kim" });
    await postJson(`${base}/profile`, { country: "NL", birthDate: "1990-05-12" });
    expect(stored()).not.toContain(password);
    const account = world.read((s) => s.accounts.find((a) => a.kind === "msa" && a.email === email));
    expect(account).toMatchObject({ passwordHash: { algorithm: "PBKDF2-SHA-256", iterations: 600_000 } });
    expect(account).not.toHaveProperty("password");

    const { challenge } = await pkcePair();
    const params = authorizeParams(challenge);
    const wrong = await submitPassword(CONSUMERS_TENANT_ID, params, email, "Sunny-Day-43");
    expect(wrong.location).toBeUndefined();
    const right = await submitPassword(CONSUMERS_TENANT_ID, params, email, password);
    expect(right.location).toContain("code=");
  });
});
