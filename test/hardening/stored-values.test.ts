// hardening: no screen crashes on a stored value (issue "speed and hardening" §4). The SPA puts stored
// values into URLs with encodeURIComponent (the guest's mailbox address, the passcode's address, ids),
// which throws on a lone surrogate: such a value is refused at the API and never served from a stored world.
import { getResponse, type RequestHandler } from "msw";
import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../mocks/db";
import { createFakeEntra } from "../../mocks/index";
import { world } from "../../mocks/node";
import { buildScenario } from "../../mocks/scenarios";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { api, graphFetch, loadScenario, post } from "../support/api";

/** The fake world's answer to `request`, as the browser would get it. */
async function respond(handlers: readonly RequestHandler[], request: Request): Promise<Response> {
  const response = await getResponse([...handlers], request);
  if (!response) throw new Error(`no handler answered ${request.url}`);
  return response;
}
const ORIGIN = "http://localhost:3000";
const LONE = "\ud800";

const encodes = (value: string) => {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};

describe("stored values the SPA encodes", () => {
  it("hardening: a lone surrogate cannot be encoded (why it matters)", () => {
    expect(encodes(`alex${LONE}@fabrikam.com`)).toBe(false);
    expect(encodes("alex😀@fabrikam.com")).toBe(true);
  });

  it("hardening: a stored world whose guest address has a lone surrogate is recovered; the demo state encodes", async () => {
    const storage = memoryStorage();
    const state = buildScenario("email-passcode", { now: new Date(), appOrigin: ORIGIN });
    state.guestEmail = `lee${LONE}@yahoo.com`;
    state.invitations[0]!.invitedUserEmailAddress = state.guestEmail;
    storage.save(JSON.stringify(state));
    const fake = createFakeEntra({ appOrigin: ORIGIN, storage });
    const answer = await respond(fake.handlers, new Request(`${ORIGIN}/api/demo`));
    expect(answer.status).toBe(200);
    const demo = await answer.json();
    expect(demo.recoveredFrom).toBe("unreadable");
    expect(encodes(demo.guestEmail)).toBe(true);
    expect(demo.guestEmail).toBe("alex@fabrikam.com");
  });

  it("hardening: an address with a lone surrogate is a 400 wherever the API takes one", async () => {
    loadScenario("work-account");
    const invite = await graphFetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      body: JSON.stringify({ invitedUserEmailAddress: `x${LONE}@fabrikam.com`, inviteRedirectUrl: "https://myapps.microsoft.com" }),
    });
    expect(invite.status).toBe(400);
    const tenantId = world.read((s) => s.resourceTenantId);
    const direct = await post(`${api}/direct-sessions`, { tenantId, email: `alex${LONE}@fabrikam.com` });
    expect(direct.status).toBe(400);
  });

  it("hardening: a display name with a lone surrogate is refused (400) and nothing is stored", async () => {
    loadScenario("work-account");
    const before = world.read((s) => s.invitations.length);
    const res = await graphFetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "sam@fabrikam.com",
        invitedUserDisplayName: `Sam ${LONE}`,
        inviteRedirectUrl: "https://myapps.microsoft.com",
      }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("ValueOutOfRange");
    expect(world.read((s) => s.invitations.length)).toBe(before);
    // The same invitation with a name that encodes is created (control).
    const ok = await graphFetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "sam@fabrikam.com",
        invitedUserDisplayName: "Sam 😀",
        inviteRedirectUrl: "https://myapps.microsoft.com",
      }),
    });
    expect(ok.status).toBe(201);
  });

  it("hardening: a redirect URL longer than the URL limit is a 400 at the API, not a world that no longer loads", async () => {
    loadScenario("work-account");
    const res = await graphFetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      body: JSON.stringify({ invitedUserEmailAddress: "sam@fabrikam.com", inviteRedirectUrl: `https://a.example/${"a".repeat(4096)}` }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details[0]).toMatchObject({ target: "inviteRedirectUrl" });
  });
});
