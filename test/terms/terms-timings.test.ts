// @vitest-environment node
// Terms of use on the fake clock (spec §5.2, §7): re-acceptance after N days, "Expire consents", a re-prompt
// only at a new sign-in, and the agreement and its acceptances as the admin reads them in Graph.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { termsDue } from "../../mocks/domain/policies";
import { TERMS_AUDIT_DAYS } from "../../mocks/domain/terms-of-use";
import { acceptConsent, advanceMinutes, api, graph, loadScenario, postJson, signedInSession } from "../support/api";

const DAY = 24 * 60;
const terms = { displayName: "Terms", documents: { en: "Read me." }, requireExpand: false };

function reacceptEvery(days: number) {
  world.transact((state) => {
    const tenant = state.tenants.find((t) => t.id === state.resourceTenantId);
    if (tenant?.policies.termsOfUse) tenant.policies.termsOfUse.reacceptAfterDays = days;
  });
}

/** Sign in through the redeem link; the step after consent (first time) or straight after sign-in. */
async function signIn() {
  const session = await signedInSession("alex@fabrikam.com");
  return session.step === "consent" ? (await acceptConsent(session.id)).body : session;
}

describe("terms of use on the fake clock", () => {
  it("§5.2 §7 asks again once 'Duration before re-acceptance required' has passed, and only then", async () => {
    loadScenario("terms-of-use");
    reacceptEvery(30);
    const first = await signIn();
    expect(first.step).toBe("terms");
    expect((await postJson(`${api}/sessions/${first.id}/terms`, { decision: "accept", expanded: true })).body.step).toBe("done");
    // A later sign-in within the 30 days: no terms.
    await advanceMinutes(29 * DAY);
    expect((await signIn()).step).toBe("done");
    // Day 30: the acceptance has run out; the next sign-in asks again.
    await advanceMinutes(DAY);
    const again = await signIn();
    expect(again.step).toBe("terms");
  });

  it("§5.2 without a re-acceptance duration, an acceptance lasts", async () => {
    loadScenario("terms-of-use");
    const first = await signIn();
    await postJson(`${api}/sessions/${first.id}/terms`, { decision: "accept", expanded: true });
    await advanceMinutes(400 * DAY);
    expect((await signIn()).step).toBe("done");
  });

  it("§5.2 'Expire consents' expires every acceptance on the start date and each period after it", () => {
    const expiring = { ...terms, expireConsents: { startsOn: "2027-01-01T00:00:00.000Z", frequency: "monthly" as const } };
    const acceptedAt = "2026-12-20T10:00:00.000Z";
    expect(termsDue(expiring, acceptedAt, new Date("2026-12-31T23:59:00.000Z"))).toBe(false);
    expect(termsDue(expiring, acceptedAt, new Date("2027-01-01T00:00:00.000Z"))).toBe(true);
    // Accepted again after the first expiry: good until the next one, a month on.
    expect(termsDue(expiring, "2027-01-02T00:00:00.000Z", new Date("2027-01-31T23:59:00.000Z"))).toBe(false);
    expect(termsDue(expiring, "2027-01-02T00:00:00.000Z", new Date("2027-02-01T00:00:00.000Z"))).toBe(true);
    expect(termsDue(undefined, undefined, new Date())).toBe(false);
    expect(termsDue(terms, undefined, new Date())).toBe(true);
  });

  it("§5.2 Graph lists the agreement with a file per language, the first the default", async () => {
    loadScenario("terms-of-use");
    reacceptEvery(90);
    const list = await (await graph("/identityGovernance/termsOfUse/agreements")).json();
    expect(list.value).toHaveLength(1);
    expect(list.value[0]).toMatchObject({
      displayName: "Contoso guest access terms",
      isViewingBeforeAcceptanceRequired: true,
      isPerDeviceAcceptanceRequired: false,
      userReacceptRequiredFrequency: "P90D",
    });
    expect(list.value[0].files.map((f: { language: string; isDefault: boolean }) => [f.language, f.isDefault])).toEqual([
      ["en", true],
      ["nl", false],
    ]);
    expect((await graph("/identityGovernance/termsOfUse/agreements/nope")).status).toBe(404);
  });

  it("§5.2 §7 the admin sees each accept and decline in the acceptances, for the audit log's 30 days", async () => {
    loadScenario("terms-of-use");
    reacceptEvery(30);
    const [agreement] = (await (await graph("/identityGovernance/termsOfUse/agreements")).json()).value;
    const acceptances = async () =>
      (await (await graph(`/identityGovernance/termsOfUse/agreements/${agreement.id}/acceptances`)).json()).value;
    expect(await acceptances()).toEqual([]);
    const first = await signIn();
    await postJson(`${api}/sessions/${first.id}/terms`, { decision: "decline", expanded: false });
    expect(await acceptances()).toMatchObject([{ state: "declined", userEmail: "alex@fabrikam.com", expirationDateTime: null }]);
    const second = await signIn();
    expect(second.step).toBe("terms");
    await postJson(`${api}/sessions/${second.id}/terms`, { decision: "accept", expanded: true });
    const [accepted] = await acceptances();
    expect(accepted.state).toBe("accepted");
    expect(Date.parse(accepted.expirationDateTime) - Date.parse(accepted.recordedDateTime)).toBe(30 * DAY * 60_000);
    await advanceMinutes((TERMS_AUDIT_DAYS + 1) * DAY);
    expect(await acceptances()).toEqual([]);
  });
});
