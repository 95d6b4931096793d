// @vitest-environment node
// Sign-in at the HTTP level: each popup identity provider (spec §4.1–4.4), another account than the invited
// one (§4.9), and the direct link and common endpoint (E3, E4, §4.8).
import { beforeEach, describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { CONTOSO_TENANT_ID, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { acceptConsent, api, identitiesOf, inviteAlso, loadScenario, post, postJson, startSessionFor } from "../support/api";
import { authorizeParams, pkcePair, SignInPageError, signInAtFakeIdp, submitPassword } from "../support/oauth";
import { authorityFor } from "../../mocks/domain/accounts";

describe("work account (P1)", () => {
  it("S16 P1 §4.1 §14.2 says the password is wrong inline, as Entra does, without the AADSTS50126 code, and issues no code", async () => {
    const { challenge } = await pkcePair();
    const outcome = await submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", "nope");
    expect(outcome.status).toBe(200);
    expect(outcome.html).toContain("Your account or password is incorrect.");
    expect(outcome.html).not.toContain("AADSTS50126");
  });

  it("S31 §4.9 §10.4 an account the resource tenant does not have gets Entra's AADSTS50020 page in the popup, no token", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    const failed = await signInAtFakeIdp(session.signIn, "taylor@fabrikam.com", DEMO_PASSWORD).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(SignInPageError);
    const page = (failed as SignInPageError).html;
    expect(page).toContain("AADSTS50020");
    expect(page).toContain(
      `User account &#39;taylor@fabrikam.com&#39; from identity provider &#39;${authorityFor(FABRIKAM_TENANT_ID)}&#39;`,
    );
    expect(page).toContain("does not exist in tenant &#39;Contoso&#39;");
  });

  it("S31 §4.9 sends another guest of the tenant to the AADSTS50020 step, and back to sign-in on request", async () => {
    await inviteAlso("taylor@fabrikam.com", "Taylor Reyes");
    const session = await startSessionFor("alex@fabrikam.com");
    const idToken = await signInAtFakeIdp(session.signIn, "taylor@fabrikam.com", DEMO_PASSWORD);
    const wrong = await (await post(`${api}/sessions/${session.id}/sign-in`, { idToken })).json();
    expect(wrong.step).toBe("wrong-account");
    expect(wrong.signedInAs.email).toBe("taylor@fabrikam.com");
    const retry = await (await post(`${api}/sessions/${session.id}/restart-sign-in`, {})).json();
    expect(retry.step).toBe("sign-in");
  });
});

describe("popup identity providers", () => {
  it("S20 P4 D7 §4.4 MSA: consumer authority, identity MicrosoftAccount", async () => {
    loadScenario("microsoft-account");
    const session = await startSessionFor("sam@outlook.com");
    expect(session).toMatchObject({ step: "sign-in", discovery: { rule: "D7" }, signIn: { idp: "microsoft-account" } });
    const idToken = await signInAtFakeIdp(session.signIn, "sam@outlook.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
    await acceptConsent(session.id);
    expect(await identitiesOf("sam@outlook.com")).toContain("MicrosoftAccount");
  });

  it("S15 D2 account chooser: the guest picks the work account", async () => {
    loadScenario("account-chooser");
    const session = await startSessionFor("robin@fabrikam.com");
    expect(session).toMatchObject({ step: "choose-account", discovery: { rule: "D2" } });
    const chosen = await postJson(`${api}/sessions/${session.id}/choose`, { account: "entra" });
    expect(chosen.body).toMatchObject({ step: "sign-in", signIn: { idp: "entra", idpName: "Fabrikam" } });
  });

  it("S18 P3 D6 §4.3 Google: another Google account is refused; identity google.com", async () => {
    loadScenario("gmail-google-federation");
    const session = await startSessionFor("kim@gmail.com");
    expect(session).toMatchObject({ discovery: { rule: "D6" }, signIn: { idp: "google" } });
    // Picked in Google's chooser, the other Google account is not Contoso's: its AADSTS50020 page, no token.
    const other = await signInAtFakeIdp(session.signIn, "kim.akers.home@gmail.com", DEMO_PASSWORD).catch((error: unknown) => error);
    expect((other as SignInPageError).html).toContain("from identity provider &#39;google.com&#39;");
    const right = await signInAtFakeIdp(session.signIn, "kim@gmail.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: right })).body.step).toBe("consent");
    await acceptConsent(session.id);
    expect(await identitiesOf("kim@gmail.com")).toContain("google.com");
  });

  it("D8 P5 Google federation off: the same address gets a passcode", async () => {
    loadScenario("gmail-google-federation");
    world.transact((s) => {
      s.tenants[0]!.policies.googleFederation = false;
    });
    const session = await startSessionFor("kim@gmail.com");
    expect(session).toMatchObject({ step: "otp-send", discovery: { path: "email-otp", rule: "D8" } });
  });

  it("S17 P2 D5 §4.2 SAML: the partner's issuer is recorded; no e-mail claim → AADSTS5000819", async () => {
    loadScenario("saml-partner");
    const session = await startSessionFor("jo@woodgrovebank.com");
    expect(session).toMatchObject({ discovery: { rule: "D5" }, signIn: { idp: "saml", idpName: "Woodgrove Bank" } });
    // The studio's fault at the partner (decision 0065): its assertion leaves the e-mail claim out.
    world.transact((s) => {
      s.tenants.find((t) => t.id === s.resourceTenantId)!.policies.samlPartnerFault = "AADSTS5000819";
    });
    const noClaim = await signInAtFakeIdp(session.signIn, "jo@woodgrovebank.com", DEMO_PASSWORD);
    const refused = await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: noClaim });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "AADSTS5000819" } } });
    world.transact((s) => {
      s.tenants.find((t) => t.id === s.resourceTenantId)!.policies.samlPartnerFault = "none";
    });
    const idToken = await signInAtFakeIdp(session.signIn, "jo@woodgrovebank.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken })).body.step).toBe("consent");
    await acceptConsent(session.id);
    expect(await identitiesOf("jo@woodgrovebank.com")).toContain("https://sts.woodgrovebank.com/adfs/services/trust");
  });
});

describe("direct link and the common endpoint", () => {
  beforeEach(() => loadScenario("direct-link"));

  it("S13 E3 D3 signs in an invited work account from the direct link", async () => {
    const { status, body } = await postJson(`${api}/direct-sessions`, { tenantId: CONTOSO_TENANT_ID, email: "alex@fabrikam.com" });
    expect(status).toBe(201);
    expect(body).toMatchObject({ entry: "direct-link", step: "sign-in", discovery: { rule: "D3" } });
  });

  it("E3 D10 P7 §4.7 no home account and passcodes off → its own step, no account creation", async () => {
    const { body } = await postJson(`${api}/direct-sessions`, { tenantId: CONTOSO_TENANT_ID, email: "pat@contoso-partner.net" });
    expect(body).toMatchObject({ step: "no-identity-provider", discovery: { rule: "D10" } });
    expect(body.signup).toBeUndefined();
  });

  it("E3 §2.1 refuses an address that was never invited", async () => {
    const { status, body } = await postJson(`${api}/direct-sessions`, { tenantId: CONTOSO_TENANT_ID, email: "nobody@example.com" });
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "UserNotInTenant", details: { organization: "Contoso" } });
  });

  it("S12 E4 §4.8 finds an organisation by domain, and says AADSTS90002 for an unknown one", async () => {
    expect((await (await fetch(`${api}/organizations?domain=Contoso.com`)).json()).tenantId).toBe(CONTOSO_TENANT_ID);
    const unknown = await fetch(`${api}/organizations?domain=nowhere.example`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("AADSTS90002");
  });
});
