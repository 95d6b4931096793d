// @vitest-environment node
// MFA at the HTTP level (spec §5.3, S24, S25): registration, then only the challenge.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { api, loadScenario, postJson, signedInSession } from "../support/api";

describe("MFA", () => {
  it("S24 S25 §5.3 registers SMS, then only challenges; a wrong phone number is a typed error", async () => {
    loadScenario("mfa-required");
    const session = await signedInSession("sam@outlook.com");
    const mfa = await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    expect(mfa.body).toMatchObject({ step: "mfa-register", mfa: { registering: true, methods: [] } });
    const bad = await postJson(`${api}/sessions/${session.id}/mfa/sms`, { phone: "12345" });
    expect(bad.body.error.code).toBe("PhoneNumberInvalid");
    const sent = await postJson(`${api}/sessions/${session.id}/mfa/sms`, { phone: "+31 6 1234 5678" });
    expect(sent.body.mfa.smsSentTo).toMatch(/78$/);
    const code = world.read((s) => s.phone.at(-1)?.code ?? "");
    expect((await postJson(`${api}/sessions/${session.id}/mfa/verify`, { code: "000000" })).body.error.code).toBe("MfaCodeIncorrect");
    expect((await postJson(`${api}/sessions/${session.id}/mfa/verify`, { code })).body.step).toBe("done");

    const again = await signedInSession("sam@outlook.com");
    expect(again).toMatchObject({ step: "mfa-challenge", mfa: { registering: false, methods: ["sms"] } });
  });

  it("S24 §5.3 approves an Authenticator push from the phone API", async () => {
    loadScenario("mfa-required");
    const session = await signedInSession("sam@outlook.com");
    await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    const pending = await postJson(`${api}/sessions/${session.id}/mfa/push`);
    expect(pending.body.mfa.push).toBe("pending");
    const phone = await (await fetch(`${api}/phone`)).json();
    expect(phone.pushes).toHaveLength(1);
    await postJson(`${api}/phone/pushes/${phone.pushes[0].id}`, { decision: "approve" });
    expect((await (await fetch(`${api}/sessions/${session.id}`)).json()).step).toBe("done");
  });
});
