// @vitest-environment node
// AADSTS70012 MsaServerError (spec §4.4, §6), over HTTP: the studio's fault at the Microsoft account service
// refuses a personal account's sign-in with Entra's message; other identities pass; with the fault off the
// guest tries again and goes on to consent (decision 0075).
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { api, loadScenario, postJson, putSettings, signedInSession, startSessionFor } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";

describe("Microsoft account service error (AADSTS70012)", () => {
  beforeEach(() => loadScenario("msa-server-error"));

  it("§6 70012 refuses the personal account's sign-in; with the fault off, trying again goes on to consent", async () => {
    const session = await startSessionFor("sam@outlook.com");
    const idToken = await signInAtFakeIdp(session.signIn, "sam@outlook.com", DEMO_PASSWORD);
    const refused = await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "AADSTS70012" } } });
    expect(refused.body.error.message).toMatch(/server error occurred while signing in your personal Microsoft account\. Try again/);
    expect((await (await fetch(`${api}/demo/settings`)).json()).msaFault).toBe("AADSTS70012");
    expect((await putSettings({ msaFault: "none" })).status).toBe(200);
    const again = await signInAtFakeIdp(session.signIn, "sam@outlook.com", DEMO_PASSWORD);
    expect((await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken: again })).body.step).toBe("consent");
  });

  it("§6 a work account is not touched by the Microsoft account service's fault", async () => {
    loadScenario("work-account");
    expect((await putSettings({ msaFault: "AADSTS70012" })).status).toBe(200);
    expect(await signedInSession("alex@fabrikam.com")).toMatchObject({ step: "consent" });
  });

  it("infra: the setting takes only its codes", async () => {
    expect((await putSettings({ msaFault: "AADSTS70011" })).status).toBe(400);
  });
});
