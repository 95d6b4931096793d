// @vitest-environment node
// Hostile input (issue "speed and hardening"): generated and known-bad bodies against every API input.
// Each must get a typed 4xx error body — never an exception, never a 5xx.
import fc from "fast-check";
import { safeParse } from "valibot";
import { describe, expect, it } from "vitest";
import { apiErrorBody } from "../../src/api/contract";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { world } from "../../mocks/node";
import { FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { api, graphFetch, loadScenario, post, startSessionFor } from "../support/api";
import { authorizeParams, pkcePair, submitPassword } from "../support/oauth";

const RUNS = 60; // × the endpoints below > 500 generated cases per run

async function send(url: string, body: string) {
  const init = { method: "POST", headers: { "Content-Type": "application/json" }, body };
  const res = url.startsWith(GRAPH_BASE) ? await graphFetch(url, init) : await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json };
}

function expectTypedRefusal(result: { status: number; json: unknown }, graph = false) {
  expect(result.status, JSON.stringify(result.json)).toBeGreaterThanOrEqual(400);
  expect(result.status, JSON.stringify(result.json)).toBeLessThan(500);
  if (graph) expect(result.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  else expect(safeParse(apiErrorBody, result.json).success, JSON.stringify(result.json)).toBe(true);
}

/** Bodies of the wrong shape: any JSON value, objects with wrong types, huge strings, extra fields. */
const hostileBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom(
        "tenant",
        "user",
        "ticket",
        "code",
        "idToken",
        "decision",
        "password",
        "email",
        "tenantId",
        "phone",
        "expanded",
        "firstName",
        "country",
        "birthDate",
        "__proto__",
        "constructor",
      ),
      fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string()),
        fc.string({ maxLength: 20 }),
        fc.string({ minLength: 5000, maxLength: 20000 }),
      ),
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }), // not JSON at all
);

const SESSION_ACTIONS = [
  "sign-in",
  "consent",
  "choose",
  "passcode/verify",
  "signup/password",
  "signup/verify",
  "signup/name",
  "signup/profile",
  "mfa/sms",
  "mfa/verify",
  "terms",
];

// Hundreds of requests each: a volume test, not a speed budget (speed lives in npm run bench).
describe("generated hostile bodies", { timeout: 30_000 }, () => {
  it("hardening: the redemption API answers every malformed body with a typed error", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    const endpoints = [`${api}/sessions`, `${api}/direct-sessions`, ...SESSION_ACTIONS.map((a) => `${api}/sessions/${session.id}/${a}`)];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), hostileBody, async (url, body) => {
        expectTypedRefusal(await send(url, body));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("hardening: Graph answers every malformed invitation with its error envelope", async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, async (body) => {
        expectTypedRefusal(await send(`${GRAPH_BASE}/invitations`, body), true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("hardening: tickets and ids of any shape find nothing and break nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), async (user, ticket) => {
        const query = new URLSearchParams({ tenant: "72f988bf-0000-4c1a-9b3e-c0450c0a7a01", user, ticket });
        const res = await fetch(`${api}/invitation?${query.toString()}`);
        expect([400, 404]).toContain(res.status);
        expect(safeParse(apiErrorBody, await res.json()).success).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("§1.2 e-mail addresses follow Graph's character rules", async () => {
    const disallowed = fc.constantFrom(...'~!#$%^&*()+=[]{}\\/|;:"<>?,'.split(""));
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 10 }), disallowed, async (local, bad) => {
        const result = await send(
          `${GRAPH_BASE}/invitations`,
          JSON.stringify({ invitedUserEmailAddress: `${local}${bad}x@example.com`, inviteRedirectUrl: "https://myapps.microsoft.com" }),
        );
        expect(result.status).toBe(400);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("known-bad corpus", () => {
  const redirects = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://evil.example",
    "//evil.example",
    "https:",
    "not a url",
    "  https://x.example",
    "vbscript:msgbox(1)",
    "",
  ];
  it.each(redirects)("hardening: refuses the redirect URL %j at invitation time", async (url) => {
    const result = await send(
      `${GRAPH_BASE}/invitations`,
      JSON.stringify({ invitedUserEmailAddress: "a@example.com", inviteRedirectUrl: url }),
    );
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: { details: [expect.objectContaining({ target: "inviteRedirectUrl" })] } });
  });

  const emails = [
    "",
    "plain",
    "@example.com",
    "a@",
    "a@b",
    ".a@example.com",
    "a.@example.com",
    "-a@example.com",
    "a b@example.com",
    "a+tag@example.com",
    "a@@example.com",
    "<script>@example.com",
    `${"a".repeat(300)}@example.com`,
  ];
  it.each(emails)("§1.2 refuses the e-mail address %j", async (email) => {
    const result = await send(
      `${GRAPH_BASE}/invitations`,
      JSON.stringify({ invitedUserEmailAddress: email, inviteRedirectUrl: "https://x.example" }),
    );
    expect(result.status).toBe(400);
  });

  it("hardening: refuses a body that is an array, also where every field is optional", async () => {
    loadScenario("mfa-required");
    const session = await startSessionFor("sam@outlook.com");
    const arrayBodies: Array<[string, string]> = [
      [`${api}/sessions/${session.id}/mfa/sms`, "[]"],
      [`${api}/sessions/${session.id}/consent`, '[{"accept":true}]'],
      [`${GRAPH_BASE}/invitations`, "[]"],
    ];
    for (const [url, body] of arrayBodies) {
      const result = await send(url, body);
      expect(result.status, url).toBe(400);
    }
  });

  it("hardening: refuses malformed codes before they count as attempts", async () => {
    loadScenario("email-passcode");
    const session = await startSessionFor("lee@yahoo.com");
    await send(`${api}/sessions/${session.id}/passcode/send`, "{}");
    for (const code of ["", "abcdefgh", "1234567", "123456789", "12 34 56 7x", "１２３４５６７８", "<b>1</b>"]) {
      const result = await send(`${api}/sessions/${session.id}/passcode/verify`, JSON.stringify({ code }));
      expect(result).toMatchObject({ status: 400, json: { error: { code: "PasscodeMalformed" } } });
    }
    expect(world.read((s) => s.passcodes[0]?.failedAttempts)).toBe(0);
  });

  it("hardening: answers a body with wrong types with a typed 400", async () => {
    const res = await post(`${api}/sessions`, { tenant: 42, ticket: null });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("BadRequest");
    expect(Object.keys(body.error.details)).toEqual(expect.arrayContaining(["tenant", "user", "ticket"]));
  });

  it("hardening: the fake IdP escapes HTML in everything it echoes", async () => {
    const { challenge } = await pkcePair();
    const outcome = await submitPassword(
      FABRIKAM_TENANT_ID,
      authorizeParams(challenge, { state: '"><script>alert(1)</script>' }),
      "<img src=x onerror=alert(1)>@x.com",
      "x",
    );
    expect(outcome.html).not.toContain("<script>alert");
    expect(outcome.html).not.toContain("<img src=x");
  });
});
