// @vitest-environment node
// hardening: every stored value has bounds, the API's own (issue "speed and hardening" §4). A stored world that
// is well-typed but out of range is recovered exactly like a corrupt one; a world at the bounds still loads;
// the fake world never saves a world it could not load again; "Reset all data" always works.
import { getResponse, type RequestHandler } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { keepWithinBounds, memoryStorage, World } from "../../mocks/db";
import { DomainError } from "../../mocks/domain/errors";
import { STORED_LIMITS, worldState, type WorldState } from "../../mocks/domain/state";
import { createFakeEntra } from "../../mocks/index";
import { buildScenario } from "../../mocks/scenarios";
import { LIMITS, MAX_CLOCK_OFFSET_MS, scenarioId } from "../../src/api/contract";

/** The fake world's answer to `request`, as the browser would get it. */
async function respond(handlers: readonly RequestHandler[], request: Request): Promise<Response> {
  const response = await getResponse([...handlers], request);
  if (!response) throw new Error(`no handler answered ${request.url}`);
  return response;
}
const ORIGIN = "http://localhost:3000";

function seeded(): WorldState {
  // A copy: a built world shares constants (NO_FAULTS) that one test's change must not reach.
  return structuredClone(buildScenario("work-account", { now: new Date("2026-12-03T09:00:00.000Z"), appOrigin: ORIGIN }));
}

/** Loads `state` as stored; answers what the world made of it. */
function load(state: unknown) {
  const storage = memoryStorage();
  storage.save(JSON.stringify(state));
  const world = new World({ storage, seed: (ctx) => buildScenario("email-passcode", ctx), appOrigin: ORIGIN });
  const scenario = world.read((s) => s.scenarioId);
  return { scenario, recoveredFrom: world.recoveredFrom };
}

const longUrl = (length: number) => `https://portal.contoso.example/${"a".repeat(length - "https://portal.contoso.example/".length)}`;
const longEmail = (length: number) => `${"a".repeat(64)}@${"b".repeat(length - 65 - 8)}.example`;
const longTag = (length: number) => `en${"-abcdefgh".repeat(10)}`.slice(0, length).replace(/-$/, "x");

type Bound = [what: string, outOfRange: (s: WorldState) => void, atTheBound: (s: WorldState) => void];

const bounds: Bound[] = [
  [
    "a redirect URL longer than the API's URL limit",
    (s) => void (s.invitations[0]!.inviteRedirectUrl = longUrl(LIMITS.url + 1)),
    (s) => void (s.invitations[0]!.inviteRedirectUrl = longUrl(LIMITS.url)),
  ],
  [
    "a privacy statement URL with a line break",
    (s) => void (s.tenants[0]!.privacy.statementUrl = "https://contoso.com/\nprivacy"),
    (s) => void (s.tenants[0]!.privacy.statementUrl = "https://contoso.com/privacy-and-cookies"),
  ],
  [
    "a language tag longer than BCP 47's 35 characters",
    (s) => void (s.invitations[0]!.messageLanguage = longTag(LIMITS.languageTag + 1)),
    (s) => void (s.invitations[0]!.messageLanguage = longTag(LIMITS.languageTag)),
  ],
  [
    "a preferred language that is no language tag",
    (s) => void (s.users[0]!.preferredLanguage = "<script>"),
    (s) => void (s.users[0]!.preferredLanguage = "nl-NL"),
  ],
  [
    "a tenant domain longer than a domain name can be",
    (s) => void (s.tenants[0]!.domain = `${["a", "b", "c", "d"].map((c) => c.repeat(62)).join(".")}.example`),
    (s) => void (s.tenants[0]!.domain = `${["a", "b", "c", "d"].map((c) => c.repeat(60)).join(".")}.example`),
  ],
  [
    "a collaboration domain that is no domain",
    (s) => void (s.tenants[0]!.policies.collaboration.domains = ["not a domain"]),
    (s) => void (s.tenants[0]!.policies.collaboration.domains = ["fabrikam.com"]),
  ],
  [
    "an organisation name longer than the studio accepts",
    (s) => void (s.tenants[0]!.name = "C".repeat(LIMITS.name + 1)),
    (s) => void (s.tenants[0]!.name = "C".repeat(LIMITS.name)),
  ],
  [
    "a display name longer than Graph accepts",
    (s) => void (s.users[0]!.displayName = "A".repeat(LIMITS.displayName + 1)),
    (s) => void (s.users[0]!.displayName = "A".repeat(LIMITS.displayName)),
  ],
  [
    "an e-mail address longer than RFC 5321 allows",
    (s) => void (s.invitations[0]!.invitedUserEmailAddress = longEmail(LIMITS.email + 1)),
    (s) => void (s.invitations[0]!.invitedUserEmailAddress = longEmail(LIMITS.email)),
  ],
  [
    "a guest address with a lone surrogate (encodeURIComponent refuses it)",
    (s) => void (s.guestEmail = "alex\ud800@fabrikam.com"),
    (s) => void (s.guestEmail = "alex😀@fabrikam.com"),
  ],
  [
    "a display name with a lone surrogate",
    (s) => void (s.users[0]!.displayName = "Alex \udc00"),
    (s) => void (s.users[0]!.displayName = "Alex 😀"),
  ],
  [
    "a clock offset beyond what the demo API can reach",
    (s) => void (s.clockOffsetMs = MAX_CLOCK_OFFSET_MS + 1),
    (s) => void (s.clockOffsetMs = MAX_CLOCK_OFFSET_MS),
  ],
  ["a clock offset that is not whole milliseconds", (s) => void (s.clockOffsetMs = 0.5), (s) => void (s.clockOffsetMs = -60_000)],
  ["a failure rate above 1", (s) => void (s.faults.failureRate = 1.5), (s) => void (s.faults.failureRate = 1)],
  ["a negative failure rate", (s) => void (s.faults.failureRate = -0.1), (s) => void (s.faults.failureRate = 0)],
  ["a latency above 10 s", (s) => void (s.faults.latencyMs = 10_001), (s) => void (s.faults.latencyMs = 10_000)],
  ["a negative jitter", (s) => void (s.faults.jitterMs = -1), (s) => void (s.faults.jitterMs = 0)],
  ["a fault count of 0", (s) => void (s.faults.failCount = 0), (s) => void (s.faults.failCount = 1)],
  ["a Retry-After above an hour", (s) => void (s.faults.retryAfterSeconds = 3601), (s) => void (s.faults.retryAfterSeconds = 3600)],
  [
    "an unknown failing endpoint",
    (s) => void (s.faults.failingEndpoint = "everything"),
    (s) => void (s.faults.failingEndpoint = "mailbox"),
  ],
  [
    "a timestamp that is no ISO time",
    (s) => void (s.invitations[0]!.createdDateTime = "yesterday"),
    (s) => void (s.invitations[0]!.createdDateTime = "2026-12-03T09:00:00.000Z"),
  ],
  [
    "a negative count of failed guesses",
    (s) =>
      void s.passcodes.push({
        tenantId: s.resourceTenantId,
        email: "a@b.example",
        code: "1234",
        issuedAt: "2026-12-03T09:00:00.000Z",
        failedAttempts: -1,
      }),
    (s) =>
      void s.passcodes.push({
        tenantId: s.resourceTenantId,
        email: "a@b.example",
        code: "1234",
        issuedAt: "2026-12-03T09:00:00.000Z",
        failedAttempts: 5,
      }),
  ],
  [
    "more SAML federations than the studio accepts",
    (s) => void (s.tenants[0]!.policies.samlFederations = saml(LIMITS.samlDomains + 1)),
    (s) => void (s.tenants[0]!.policies.samlFederations = saml(LIMITS.samlDomains)),
  ],
  [
    "more collaboration domains than the studio accepts",
    (s) => void (s.tenants[0]!.policies.collaboration.domains = domains(LIMITS.collaborationDomains + 1)),
    (s) => void (s.tenants[0]!.policies.collaboration.domains = domains(LIMITS.collaborationDomains)),
  ],
  [
    "more cc recipients than Graph accepts",
    (s) => void (s.invitations[0]!.ccRecipients = ["a@b.example", "c@d.example"]),
    (s) => void (s.invitations[0]!.ccRecipients = ["a@b.example"]),
  ],
  [
    "more messages than the mailbox keeps",
    (s) => void (s.mail = Array.from({ length: STORED_LIMITS.records + 1 }, () => s.mail[0]!)),
    (s) => void (s.mail = Array.from({ length: STORED_LIMITS.records }, () => s.mail[0]!)),
  ],
];

function saml(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    domain: `p${i}.example`,
    idpName: `P${i}`,
    issuer: `https://p${i}.example/idp`,
    verifiedInEntra: false,
  }));
}
function domains(n: number) {
  return Array.from({ length: n }, (_, i) => `d${i}.example`);
}

describe("stored values out of range", () => {
  it("hardening: the seeded world loads as it is (control)", () => {
    expect(load(seeded())).toEqual({ scenario: "work-account", recoveredFrom: undefined });
  });

  for (const [what, outOfRange, atTheBound] of bounds) {
    it(`hardening: ${what} is recovered like a corrupt state ("unreadable"); at the bound it loads`, () => {
      const bad = seeded();
      outOfRange(bad);
      expect(load(bad)).toEqual({ scenario: "email-passcode", recoveredFrom: "unreadable" });
      const good = seeded();
      atTheBound(good);
      expect(load(good)).toEqual({ scenario: "work-account", recoveredFrom: undefined });
    });
  }

  it("hardening: every named scenario is within the bounds (each loads without recovery)", () => {
    for (const id of scenarioId.options) {
      const state = buildScenario(id, { now: new Date("2026-12-03T09:00:00.000Z"), appOrigin: ORIGIN });
      const checked = v.safeParse(worldState, state);
      expect(checked.issues?.map((issue) => `${id}: ${v.getDotPath(issue)} ${issue.message}`) ?? []).toEqual([]);
      expect(load(state)).toEqual({ scenario: id, recoveredFrom: undefined });
    }
  });
});

describe("the world never saves what it cannot load", () => {
  it("hardening: the growing collections drop their oldest records at the bound, the newest stay", () => {
    const state = seeded();
    const first = state.mail[0]!;
    state.mail = Array.from({ length: STORED_LIMITS.records + 3 }, (_, i) => ({ ...first, id: `m${i}` }));
    state.sessions = [];
    keepWithinBounds(state);
    expect(state.mail).toHaveLength(STORED_LIMITS.records);
    expect(state.mail[0]!.id).toBe("m3");
    expect(state.mail.at(-1)?.id).toBe(`m${STORED_LIMITS.records + 2}`);
  });

  it("hardening: flooding the code attempts never evicts a lock-out (unlocked records make room first)", () => {
    const state = seeded();
    const locked = { kind: "mfa-sms" as const, subject: "victim", failed: 5, lockedUntil: "2026-12-03T10:00:00.000Z" };
    const flood = Array.from({ length: STORED_LIMITS.records }, (_, i) => ({ kind: "mfa-sms" as const, subject: `s${i}`, failed: 1 }));
    state.codeAttempts = [locked, ...flood];
    keepWithinBounds(state);
    expect(state.codeAttempts).toHaveLength(STORED_LIMITS.records);
    expect(state.codeAttempts[0]).toEqual(locked);
    expect(state.codeAttempts[1]?.subject).toBe("s1");
  });

  it("hardening: a session's step history keeps its newest steps at the bound", () => {
    const state = seeded();
    const steps = Array.from({ length: STORED_LIMITS.history + 10 }, (_, i) => (i % 2 ? "sign-in" : "choose-account"));
    state.sessions = [
      {
        id: "s1",
        invitationId: state.invitations[0]!.id,
        entry: "email-link",
        step: "sign-in",
        path: "entra",
        rule: "r",
        history: [...steps],
        createdAt: "2026-12-03T09:00:00.000Z",
        updatedAt: "2026-12-03T09:00:00.000Z",
      },
    ];
    keepWithinBounds(state);
    expect(state.sessions[0]!.history).toEqual(steps.slice(10));
  });

  it("hardening: an action that would store a value out of range is a 400 ValueOutOfRange and saves nothing", () => {
    const storage = memoryStorage();
    const world = new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: ORIGIN });
    world.read(() => undefined);
    const before = storage.load();
    let error: unknown;
    try {
      world.transact((s) => {
        s.tenants[0]!.name = "C".repeat(LIMITS.name + 1);
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "ValueOutOfRange", status: 400, details: { path: "tenants.0.name" } });
    expect(storage.load()).toBe(before);
  });

  it("hardening: the fake clock cannot be moved beyond the bound, through the demo API or the public entry", async () => {
    const fake = createFakeEntra({ appOrigin: ORIGIN });
    const before = await fake.clock.now();
    await expect(fake.clock.set(new Date(before.getTime() + MAX_CLOCK_OFFSET_MS + 86_400_000))).rejects.toMatchObject({
      code: "ValueOutOfRange",
    });
    await fake.clock.advance({ days: 100 * 366 - 100 });
    const answer = await respond(
      fake.handlers,
      new Request(`${ORIGIN}/api/demo/clock`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ minutes: 366 * 24 * 60 }),
      }),
    );
    expect(answer.status).toBe(400);
    expect((await answer.json()).error.code).toBe("ValueOutOfRange");
    // The world still loads: the demo answers with its state.
    const demo = await respond(fake.handlers, new Request(`${ORIGIN}/api/demo`));
    expect(demo.status).toBe(200);
  });

  it("hardening: a custom world out of bounds is refused when seeded, not saved to be reset on every load", async () => {
    const fake = createFakeEntra({ appOrigin: ORIGIN });
    await expect(fake.seed({ tenant: { name: "C".repeat(LIMITS.name + 1), domain: "contoso.example" } })).rejects.toMatchObject({
      code: "ValueOutOfRange",
    });
    await expect(fake.read((s) => s.scenarioId)).resolves.toBe("work-account");
  });
});

describe("Reset all data", () => {
  it("hardening: POST /api/demo/reset works on a stored world out of range, and says it was recovered", async () => {
    const storage = memoryStorage();
    const bad = seeded();
    bad.faults.failureRate = 7;
    storage.save(JSON.stringify(bad));
    const fake = createFakeEntra({ appOrigin: ORIGIN, storage, scenario: "email-passcode" });
    const answer = await respond(
      fake.handlers,
      new Request(`${ORIGIN}/api/demo/reset`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
    );
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(body.recoveredFrom).toBe("unreadable");
    expect(body.faults.failureRate).toBe(0);
    expect(v.is(worldState, JSON.parse(storage.load() ?? ""))).toBe(true);
  });
});
