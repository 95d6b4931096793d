// infra: the flow table (src/api/flow.ts) is complete: every step has a screen, a name in the studio's flow
// diagram in both languages, and a test that names its screen's spec ID; every action has a route that
// checks the table's `from` steps.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actionNames, actions, steps, stepNames, type ActionBody, type ActionName } from "../../src/api/flow";
import { stepScreens } from "../../src/app/steps";
import { enStudio } from "../../src/i18n/en-studio";
import { nlStudio } from "../../src/i18n/nl-studio";
import { api, post, startSessionFor } from "../support/api";

/** A valid body for every action, so a refusal can only be the step check (typed: a new action needs one). */
const validBodies: { [A in ActionName]: ActionBody<A> } = {
  "sign-in": { idToken: "not-a-token" },
  "restart-sign-in": {},
  choose: { account: "entra" },
  "passcode/send": {},
  "passcode/verify": { code: "12345678" },
  "signup/password": { password: "Demo-1234-long" },
  "signup/resend-code": {},
  "signup/verify": { code: "1234" },
  "signup/name": { firstName: "Pat", lastName: "Doe" },
  "signup/profile": { country: "NL", birthDate: "1990-01-01" },
  "signup/back": {},
  consent: { decision: "accept" },
  "mfa/proof-up": {},
  "mfa/wizard": { page: "authenticator-setup" },
  "mfa/method": { method: "picker" },
  "mfa/done": {},
  "mfa/push": {},
  "mfa/sms": { phone: "+31 6 12345678" },
  "mfa/call": { phone: "+31 6 12345678" },
  "mfa/verify": { code: "123456" },
  passkey: { decision: "snooze" },
  terms: { decision: "accept", expanded: true },
  "app-consent/request": { justification: "" },
};

/** Every test title in test/, read from the source (`it("…"`, `test("…"` and `it.each(…)("…"`). */
function testTitles(dir = join(import.meta.dirname, "..")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testTitles(path);
    if (!/\.(test|e2e)\.tsx?$/.test(entry.name)) return [];
    return [...readFileSync(path, "utf8").matchAll(/(?:\b(?:it|test)|\))\(\s*(["'`])(.*?)\1/g)].map((m) => m[2] ?? "");
  });
}

/** The spec IDs a title starts with: "S26 §5.1 the guest accepts" → ["S26", "§5.1"]. */
function leadingIds(title: string): string[] {
  const words = title.split(/\s+/);
  const end = words.findIndex((word) => !/^(?:[SDPE]\d+|§[\d.]+|AADSTS\d+)[,:]?$/.test(word));
  return words.slice(0, end === -1 ? words.length : end).map((word) => word.replace(/[,:]$/, ""));
}

describe("the flow table", () => {
  it("infra: every step has a screen, and only the table's steps do", () => {
    expect(Object.keys(stepScreens).toSorted()).toEqual(stepNames.toSorted());
  });

  it("infra: every step has its name in the studio's flow diagram, in English and Dutch", () => {
    for (const step of stepNames) {
      expect(enStudio.studio.explain.node, step).toHaveProperty([step], expect.stringMatching(/\S/));
      expect(nlStudio.studio.explain.node, step).toHaveProperty([step], expect.stringMatching(/\S/));
    }
  });

  it("infra: every step's screen has a test whose title starts with its spec ID", () => {
    const titles = testTitles();
    for (const step of stepNames) {
      const id = steps[step].screen;
      expect(
        titles.some((title) => leadingIds(title).includes(id)),
        `${step} (${id})`,
      ).toBe(true);
    }
  });

  it("infra: every action has a route, and it refuses every step outside the action's `from` steps with 409", async () => {
    // The work-account session starts at "sign-in"; the actions that may not start there must say StepConflict.
    const session = await startSessionFor("alex@fabrikam.com");
    expect(session.step).toBe("sign-in");
    for (const name of actionNames) {
      const res = await post(`${api}/sessions/${session.id}/${name}`, validBodies[name]);
      const body = await res.json();
      const from: readonly string[] = actions[name].from;
      if (from.includes("sign-in")) {
        expect([200, 400, 401], name).toContain(res.status);
      } else {
        expect({ name, status: res.status, code: body.error?.code }).toEqual({ name, status: 409, code: "StepConflict" });
      }
    }
  });
});
