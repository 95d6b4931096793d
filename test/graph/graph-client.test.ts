// @vitest-environment node
// infra: the official Microsoft Graph JavaScript client, used unchanged, against the fake Graph (issue 14 §2,
// §4): invite, read, select, filter, page, count, reset redemption, Graph's errors, and retries.
import { Client, GraphError, PageIterator, RetryHandlerOptions } from "@microsoft/microsoft-graph-client";
import { describe, expect, it } from "vitest";
import { server } from "../../mocks/node";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { api, post } from "../support/api";

async function adminToken(): Promise<string> {
  const res = await post(`${api}/demo/graph-token`);
  expect(res.status).toBe(200);
  return (await res.json()).accessToken;
}

async function graphClient(): Promise<Client> {
  const token = await adminToken();
  return Client.init({ authProvider: (done) => done(null, token), defaultVersion: "v1.0" });
}

/** The client's error for a request that must fail. */
async function refusal(request: Promise<unknown>): Promise<GraphError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error("the request did not fail");
}

const NO_RETRY = [new RetryHandlerOptions(0, 0)];

describe("the Graph client against the fake Graph", () => {
  it("§1.1 infra: invites a guest and reads the user it created", async () => {
    const client = await graphClient();
    const invitation = await client.api("/invitations").post({
      invitedUserEmailAddress: "new.guest@example.com",
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: true,
    });
    expect(invitation).toMatchObject({ invitedUserEmailAddress: "new.guest@example.com", status: "PendingAcceptance" });
    const user = await client.api(`/users/${invitation.invitedUser.id}`).get();
    expect(user.mail).toBe("new.guest@example.com");
  });

  it("infra: GET /users/{id} returns v1.0's default property set; $select returns exactly what was asked", async () => {
    const client = await graphClient();
    const [first] = (await client.api("/users").get()).value;
    const user = await client.api(`/users/${first.id}`).get();
    expect(Object.keys(user).toSorted()).toEqual(
      [
        "@odata.context",
        "businessPhones",
        "displayName",
        "givenName",
        "id",
        "jobTitle",
        "mail",
        "mobilePhone",
        "officeLocation",
        "preferredLanguage",
        "surname",
        "userPrincipalName",
      ].toSorted(),
    );
    const selected = await client.api(`/users/${first.id}`).select(["id", "externalUserState", "creationType", "userType"]).get();
    expect(selected).toEqual({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(id,externalUserState,creationType,userType)/$entity",
      id: first.id,
      externalUserState: "PendingAcceptance",
      creationType: "Invitation",
      userType: "Guest",
    });
  });

  it("infra: an unknown $select property is Graph's 400", async () => {
    const client = await graphClient();
    const error = await refusal(client.api("/users").select("id,externalUserStat").get());
    expect(error).toMatchObject({ statusCode: 400, code: "BadRequest" });
    expect(error.message).toBe("Could not find a property named 'externalUserStat' on type 'microsoft.graph.user'.");
  });

  it("infra: $filter with eq and startswith filters; what Graph refuses is a 400, never an unfiltered list", async () => {
    const client = await graphClient();
    for (const email of ["a.one@example.com", "b.two@example.com"]) {
      await client.api("/invitations").post({ invitedUserEmailAddress: email, inviteRedirectUrl: "https://myapps.microsoft.com" });
    }
    const byMail = await client.api("/users").filter("mail eq 'A.ONE@example.com'").select("mail").get();
    expect(byMail.value).toEqual([{ mail: "a.one@example.com" }]);
    const guests = await client
      .api("/users")
      .filter("userType eq 'Guest' and externalUserState eq 'PendingAcceptance'")
      .select("mail")
      .get();
    expect(guests.value.map((u: { mail: string }) => u.mail)).toEqual(expect.arrayContaining(["a.one@example.com", "b.two@example.com"]));
    const byName = await client.api("/users").filter("startswith(displayName,'b.')").select("mail").get();
    expect(byName.value).toEqual([{ mail: "b.two@example.com" }]);

    for (const [filter, code] of [
      ["userType ne 'Member'", "Request_UnsupportedQuery"],
      ["contains(displayName,'a')", "Request_UnsupportedQuery"],
      ["jobTitle eq 'x'", "Request_UnsupportedQuery"],
      ["startswith(userType,'G')", "Request_UnsupportedQuery"],
      ["mail eq", "BadRequest"],
      ["mail eq 'x' and", "BadRequest"],
    ] as const) {
      const error = await refusal(client.api("/users").filter(filter).get());
      expect({ filter, status: error.statusCode, code: error.code }).toEqual({ filter, status: 400, code });
    }
  });

  it("infra: $top pages with @odata.nextLink; the client's page iterator reads every user once", async () => {
    const client = await graphClient();
    for (const email of ["p1@example.com", "p2@example.com", "p3@example.com"]) {
      await client.api("/invitations").post({ invitedUserEmailAddress: email, inviteRedirectUrl: "https://myapps.microsoft.com" });
    }
    const all = (await client.api("/users").select("id").get()).value.map((u: { id: string }) => u.id);
    const firstPage = await client.api("/users").top(2).select("id").get();
    expect(firstPage.value).toHaveLength(2);
    expect(firstPage["@odata.nextLink"]).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?.*%24skiptoken=/);
    const seen: string[] = [];
    await new PageIterator(client, firstPage, (user: { id: string }) => {
      seen.push(user.id);
      return true;
    }).iterate();
    expect(seen).toEqual(all);
  });

  it("infra: $count needs ConsistencyLevel: eventual, as Graph says", async () => {
    const client = await graphClient();
    const total = (await client.api("/users").select("id").get()).value.length;
    const counted = await client.api("/users").header("ConsistencyLevel", "eventual").count(true).select("id").get();
    expect(counted["@odata.count"]).toBe(total);
    const raw = await client.api("/users/$count").header("ConsistencyLevel", "eventual").get();
    expect(Number(raw)).toBe(total);
    const error = await refusal(client.api("/users").count(true).get());
    expect(error).toMatchObject({ statusCode: 400, code: "Request_BadRequest" });
    const rawError = await refusal(client.api("/users/$count").get());
    expect(rawError).toMatchObject({ statusCode: 400, code: "Request_UnsupportedQuery" });
  });

  it("infra: an unknown property in a body is a 400 naming it (a typo never silently sends nothing)", async () => {
    const client = await graphClient();
    const error = await refusal(
      client.api("/invitations").post({
        invitedUserEmailAddress: "typo@example.com",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMesage: true,
      }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain("'sendInvitationMesage' does not exist on type 'microsoft.graph.invitation'");
    const nested = await refusal(
      client.api("/invitations").post({
        invitedUserEmailAddress: "typo@example.com",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        invitedUserMessageInfo: { customisedMessageBody: "hi" },
      }),
    );
    expect(nested.message).toContain("'customisedMessageBody' does not exist on type 'microsoft.graph.invitedUserMessageInfo'");
  });

  it("§8 infra: resets a redemption through the client", async () => {
    const client = await graphClient();
    const [user] = (await client.api("/users").filter("mail eq 'alex@fabrikam.com'").select("id,mail").get()).value;
    const reset = await client.api("/invitations").post({
      invitedUserEmailAddress: "alex@fabrikam.com",
      inviteRedirectUrl: "https://myapps.microsoft.com",
      resetRedemption: true,
      invitedUser: { id: user.id },
    });
    expect(reset).toMatchObject({ resetRedemption: true, invitedUser: { id: user.id } });
  });
});

describe("Graph's envelope, as any client sees it", () => {
  it("infra: errors carry details as {code, message, target}, innerError with the caller's client-request-id, and a request-id header", async () => {
    const token = await adminToken();
    const res = await fetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "client-request-id": "my-own-id" },
      body: JSON.stringify({ invitedUserEmailAddress: "a(b)@x.com", inviteRedirectUrl: "https://x.com" }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("request-id")).toMatch(/\S/);
    const { error } = await res.json();
    expect(error.details).toEqual([
      expect.objectContaining({ target: "invitedUserEmailAddress", code: expect.any(String), message: expect.any(String) }),
    ]);
    expect(error.innerError).toEqual({
      date: expect.any(String),
      "request-id": res.headers.get("request-id"),
      "client-request-id": "my-own-id",
    });
  });

  it("infra: a request without a bearer token, or with one the fake Entra did not sign, is 401", async () => {
    const none = await fetch(`${GRAPH_BASE}/users`);
    expect(none.status).toBe(401);
    expect((await none.json()).error).toMatchObject({ code: "InvalidAuthenticationToken", message: "Access token is empty." });
    const forged = await fetch(`${GRAPH_BASE}/users`, { headers: { Authorization: "Bearer aaa.bbb.ccc" } });
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe("InvalidAuthenticationToken");
  });

  it("infra: a path the fake does not serve is Graph's 400 for the segment, never passed to the real service", async () => {
    const client = await graphClient();
    const error = await refusal(client.api("/me/drive/root/children").get());
    expect(error).toMatchObject({ statusCode: 400, code: "BadRequest" });
    expect(error.message).toBe("Resource not found for the segment 'me'.");
  });

  it("infra: an injected Graph fault is Graph's 503 with Retry-After, in Graph's envelope", async () => {
    const client = await graphClient();
    await fetch(`${api}/demo/faults`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ latencyMs: 0, jitterMs: 0, failureRate: 0, failingEndpoint: "graph", offline: false }),
    });
    const res = await fetch(`${GRAPH_BASE}/users`, { headers: { Authorization: `Bearer ${await adminToken()}` } });
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect((await res.json()).error).toMatchObject({ code: "InjectedFault", innerError: { "request-id": expect.any(String) } });
    const error = await refusal(client.api("/users").middlewareOptions(NO_RETRY).get());
    expect(error.statusCode).toBe(503);
  });
});

/** The next `count` Graph requests fail with `status` and `Retry-After: 1`; then Graph answers again. */
async function failNextGraphRequests(count: number, status: 429 | 503) {
  const res = await fetch(`${api}/demo/faults`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      latencyMs: 0,
      jitterMs: 0,
      failureRate: 0,
      failingEndpoint: "graph",
      offline: false,
      failCount: count,
      failStatus: status,
      retryAfterSeconds: 1,
    }),
  });
  expect(res.status).toBe(200);
}

/** What reached the fake Graph: each request's Retry-Attempt header and when it came. */
function recordGraphRequests() {
  const seen: Array<{ attempt: string | null; at: number }> = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.url.startsWith(GRAPH_BASE)) seen.push({ attempt: request.headers.get("Retry-Attempt"), at: performance.now() });
  };
  server.events.on("request:start", listener);
  return { seen, stop: () => server.events.removeListener("request:start", listener) };
}

describe("the Graph client's retries against the fake Graph", () => {
  for (const status of [429, 503] as const) {
    it(`infra: the client's default RetryHandler waits for Retry-After after a ${status} and then succeeds`, async () => {
      const client = await graphClient();
      await failNextGraphRequests(1, status);
      const recording = recordGraphRequests();
      try {
        const users = await client.api("/users").select("mail").get();
        expect(users.value.map((u: { mail: string }) => u.mail)).toContain("alex@fabrikam.com");
      } finally {
        recording.stop();
      }
      const [first, retry, ...more] = recording.seen;
      expect(more).toEqual([]);
      expect(first?.attempt).toBeNull();
      expect(retry?.attempt).toBe("1");
      // Retry-After: 1 was honoured (the client's own back-off would not wait a whole second first).
      expect((retry?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
      const demo = await (await fetch(`${api}/demo`)).json();
      expect(demo.faults.failingEndpoint).toBeUndefined();
    });
  }

  it("infra: a fault that outlasts the client's retries reaches the caller as Graph's error", async () => {
    const client = await graphClient();
    await failNextGraphRequests(2, 503);
    const error = await refusal(
      client
        .api("/users")
        .middlewareOptions([new RetryHandlerOptions(0, 1)])
        .get(),
    );
    expect(error).toMatchObject({ statusCode: 503, code: "InjectedFault" });
    const users = await client.api("/users").middlewareOptions(NO_RETRY).select("id").get();
    expect(users.value.length).toBeGreaterThan(0);
  });
});
