// @vitest-environment node
// hardening: a redemption session ends as docs/api.md says, on the fake clock (issue "speed and hardening"
// §3): idle for SESSION_IDLE_MINUTES, it answers 410 SessionExpired, and the invitation link starts afresh.
import { describe, expect, it } from "vitest";
import { SESSION_IDLE_MINUTES } from "../../mocks/domain/redemption";
import { advanceMinutes, api, loadScenario, postJson, startSessionFor } from "../support/api";

describe("redemption sessions end", () => {
  it("hardening: an idle session answers 410 SessionExpired to a read and to an action; a new one starts", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    await advanceMinutes(SESSION_IDLE_MINUTES - 1);
    // Still live a minute before the end; a read does not keep it alive, an action does (updatedAt).
    expect((await fetch(`${api}/sessions/${session.id}`)).status).toBe(200);
    await advanceMinutes(1);
    const read = await fetch(`${api}/sessions/${session.id}`);
    expect(read.status).toBe(410);
    expect((await read.json()).error).toMatchObject({ code: "SessionExpired", details: { sessionId: session.id } });
    const act = await postJson(`${api}/sessions/${session.id}/restart-sign-in`);
    expect(act).toMatchObject({ status: 410, body: { error: { code: "SessionExpired" } } });
    const again = await startSessionFor("alex@fabrikam.com");
    expect(again.step).toBe("sign-in");
  });

  it("hardening: each action keeps a session alive for another idle period", async () => {
    loadScenario("email-passcode");
    const session = await startSessionFor("lee@yahoo.com");
    await advanceMinutes(SESSION_IDLE_MINUTES - 5);
    expect((await postJson(`${api}/sessions/${session.id}/passcode/send`)).status).toBe(200);
    await advanceMinutes(SESSION_IDLE_MINUTES - 5);
    expect((await fetch(`${api}/sessions/${session.id}`)).status).toBe(200);
  });
});
