// @vitest-environment node
// Several terms of use per tenant (spec §5.2, §7; decisions 0091, 0092): Graph creates, updates and deletes
// agreements (at most 40), and the guest accepts each applicable one, one page at a time, in order.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { memoryStorage, World } from "../../mocks/db";
import { buildScenario, DATA_TERMS_ID } from "../../mocks/scenarios";
import { TERMS_OF_USE_PER_TENANT } from "../../mocks/domain/terms-of-use";
import { acceptConsent, api, graph, loadScenario, postJson, putSettings, signedInSession } from "../support/api";

const AGREEMENTS = "/identityGovernance/termsOfUse/agreements";
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const send = (method: string, path: string, body: unknown) => graph(path, { method, body: JSON.stringify(body) });
const newAgreement = (displayName = "Contoso NDA") => ({
  displayName,
  isViewingBeforeAcceptanceRequired: false,
  files: [
    { language: "en-US", fileName: "nda.pdf", isDefault: true, fileData: { data: b64("Keep it secret.") } },
    { language: "nl-NL", fileName: "nda-nl.pdf", fileData: { data: b64("Houd het geheim.") } },
  ],
});

async function signIn() {
  const session = await signedInSession("alex@fabrikam.com");
  return session.step === "consent" ? (await acceptConsent(session.id)).body : session;
}

describe("terms of use agreements in Graph", () => {
  it("§5.2 §7 POST creates an agreement (201) that GET lists after the tenant's own; PATCH changes it (204)", async () => {
    loadScenario("terms-of-use");
    const created = await send("POST", AGREEMENTS, {
      ...newAgreement(),
      userReacceptRequiredFrequency: "P90D",
      termsExpiration: { startDateTime: "2027-01-01T00:00:00Z", frequency: "P1Y" },
    });
    expect(created.status).toBe(201);
    const agreement = await created.json();
    expect(agreement).toMatchObject({
      displayName: "Contoso NDA",
      isViewingBeforeAcceptanceRequired: false,
      isPerDeviceAcceptanceRequired: false,
      userReacceptRequiredFrequency: "P90D",
      termsExpiration: { startDateTime: "2027-01-01T00:00:00.000Z", frequency: "P1Y" },
      files: [
        { language: "en", isDefault: true },
        { language: "nl", isDefault: false },
      ],
    });
    const list = (await (await graph(AGREEMENTS)).json()).value;
    expect(list.map((a: { displayName: string }) => a.displayName)).toEqual(["Contoso guest access terms", "Contoso NDA"]);

    const patched = await send("PATCH", `${AGREEMENTS}/${agreement.id}`, {
      displayName: "Contoso NDA 2027",
      isViewingBeforeAcceptanceRequired: true,
      userReacceptRequiredFrequency: null,
      termsExpiration: { startDateTime: "2027-02-01T00:00:00Z", frequency: "P3M" },
    });
    expect(patched.status).toBe(204);
    expect(await (await graph(`${AGREEMENTS}/${agreement.id}`)).json()).toMatchObject({
      displayName: "Contoso NDA 2027",
      isViewingBeforeAcceptanceRequired: true,
      userReacceptRequiredFrequency: null,
      termsExpiration: { frequency: "P3M" },
    });
    // The tenant's own agreement changes the same way.
    const own = list[0].id;
    expect((await send("PATCH", `${AGREEMENTS}/${own}`, { userReacceptRequiredFrequency: "P7D" })).status).toBe(204);
    expect(world.read((s) => s.tenants[0]!.policies.termsOfUse?.reacceptAfterDays)).toBe(7);
  });

  it("§5.2 answers 400 with Graph's envelope for bad input, naming the property", async () => {
    loadScenario("terms-of-use");
    const cases: [unknown, RegExp][] = [
      [{ ...newAgreement(), colour: "red" }, /The property 'colour' does not exist on type 'microsoft.graph.agreement'/],
      [{ ...newAgreement(), files: [{ language: "en", fileData: { data: b64("x"), extra: 1 } }] }, /agreementFileData/],
      [{ isViewingBeforeAcceptanceRequired: false, files: newAgreement().files }, /'displayName' is required/],
      [{ displayName: "X", files: newAgreement().files }, /'isViewingBeforeAcceptanceRequired' is required/],
      [{ displayName: "X", isViewingBeforeAcceptanceRequired: false }, /'files' is required/],
      [{ ...newAgreement(), files: [] }, /at least one file/],
      [{ ...newAgreement(), files: [{ language: "nl-NL", fileData: { data: b64("Alleen Nederlands") } }] }, /English \(en\) file/],
      [{ ...newAgreement(), files: [{ language: "de-DE", fileData: { data: b64("Deutsch") } }] }, /Language 'de-DE'/],
      [{ ...newAgreement(), files: [{ language: "en", fileData: { data: "not base64!" } }] }, /not valid base64/],
      [{ ...newAgreement(), userReacceptRequiredFrequency: "P1M" }, /userReacceptRequiredFrequency/],
      [{ ...newAgreement(), termsExpiration: { startDateTime: "2027-01-01T00:00:00Z", frequency: "P2W" } }, /termsExpiration.frequency/],
      [{ ...newAgreement(), termsExpiration: { startDateTime: "soon", frequency: "P1M" } }, /termsExpiration.startDateTime/],
      [{ ...newAgreement(), isPerDeviceAcceptanceRequired: true }, /not supported for guest/],
      [{ ...newAgreement(), isViewingBeforeAcceptanceRequired: "yes" }, /isViewingBeforeAcceptanceRequired/],
    ];
    for (const [body, message] of cases) {
      const response = await send("POST", AGREEMENTS, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("BadRequest");
      expect(`${error.message} ${JSON.stringify(error.details ?? [])}`).toMatch(message);
      expect(error.innerError["request-id"]).toEqual(expect.any(String));
    }
    const own = (await (await graph(AGREEMENTS)).json()).value[0].id;
    expect((await send("PATCH", `${AGREEMENTS}/${own}`, { files: newAgreement().files })).status).toBe(400);
    expect((await (await graph(AGREEMENTS)).json()).value).toHaveLength(1);
  });

  it("§5.2 answers 404 Request_ResourceNotFound for an unknown id on GET, PATCH and DELETE", async () => {
    loadScenario("terms-of-use");
    for (const response of [
      await graph(`${AGREEMENTS}/nope`),
      await send("PATCH", `${AGREEMENTS}/nope`, { displayName: "X" }),
      await graph(`${AGREEMENTS}/nope`, { method: "DELETE" }),
      await graph(`${AGREEMENTS}/nope/acceptances`),
    ]) {
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("Request_ResourceNotFound");
    }
  });

  it("§7 refuses a 41st agreement; DELETE (204) makes room again", async () => {
    loadScenario("terms-of-use");
    for (let n = 2; n <= TERMS_OF_USE_PER_TENANT; n++) {
      expect((await send("POST", AGREEMENTS, newAgreement(`Terms ${n}`))).status).toBe(201);
    }
    const full = await send("POST", AGREEMENTS, newAgreement("Terms 41"));
    expect(full.status).toBe(400);
    expect((await full.json()).error.message).toMatch(/40 terms of use/);
    const list = (await (await graph(AGREEMENTS)).json()).value;
    expect(list).toHaveLength(40);
    expect((await graph(`${AGREEMENTS}/${list[5].id}`, { method: "DELETE" })).status).toBe(204);
    expect((await graph(`${AGREEMENTS}/${list[5].id}`)).status).toBe(404);
    expect((await send("POST", AGREEMENTS, newAgreement("Terms 41"))).status).toBe(201);
    // Without the studio's own agreement, Graph may create 40 others; then the studio can't switch its own on.
    expect((await graph(`${AGREEMENTS}/${list[0].id}`, { method: "DELETE" })).status).toBe(204);
    expect((await send("POST", AGREEMENTS, newAgreement("Terms 42"))).status).toBe(201);
    expect((await send("POST", AGREEMENTS, newAgreement("Terms 43"))).status).toBe(400);
    const studio = await putSettings({ termsOfUse: true });
    expect(studio.status).toBe(400);
    expect((await studio.json()).error.message).toMatch(/40 terms of use/);
    expect(world.read((s) => [s.tenants[0]!.policies.termsOfUse, s.tenants[0]!.policies.moreTermsOfUse?.length])).toEqual([undefined, 40]);
  });
});

describe("a guest meeting two agreements", () => {
  it("§5.2 accepts them one at a time, in order; each has its own acceptance; a later sign-in asks for neither", async () => {
    loadScenario("terms-of-use-two-agreements");
    const first = await signIn();
    expect(first).toMatchObject({ step: "terms", terms: { displayName: "Contoso guest access terms", requireExpand: true } });
    // Accepting the second one from a stale page is refused: the page must show the agreement due.
    const stale = await postJson(`${api}/sessions/${first.id}/terms`, { decision: "accept", expanded: true, agreementId: DATA_TERMS_ID });
    expect(stale.status).toBe(409);
    const second = await postJson(`${api}/sessions/${first.id}/terms`, { decision: "accept", expanded: true, agreementId: first.terms.id });
    expect(second.body).toMatchObject({ step: "terms", terms: { id: DATA_TERMS_ID, displayName: "Contoso data protection terms" } });
    expect(second.body.terms.documents.nl).toMatch(/gegevensbescherming/);
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
    // The second one does not require opening it.
    const done = await postJson(`${api}/sessions/${first.id}/terms`, { decision: "accept", expanded: false, agreementId: DATA_TERMS_ID });
    expect(done.body.step).toBe("done");
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("Accepted");
    for (const agreement of (await (await graph(AGREEMENTS)).json()).value) {
      const acceptances = (await (await graph(`${AGREEMENTS}/${agreement.id}/acceptances`)).json()).value;
      expect(acceptances).toMatchObject([{ agreementId: agreement.id, userEmail: "alex@fabrikam.com", state: "accepted" }]);
    }
    expect((await signIn()).step).toBe("done");
  });

  it("§5.2 Decline of the second blocks, and only it is asked again; an agreement added later is asked at the next sign-in", async () => {
    loadScenario("terms-of-use-two-agreements");
    const first = await signIn();
    await postJson(`${api}/sessions/${first.id}/terms`, { decision: "accept", expanded: true });
    const declined = await postJson(`${api}/sessions/${first.id}/terms`, { decision: "decline", expanded: false });
    expect(declined.body.step).toBe("terms-declined");
    const states = async () => {
      const list = (await (await graph(AGREEMENTS)).json()).value;
      return Promise.all(
        list.map(async (a: { id: string }) => (await (await graph(`${AGREEMENTS}/${a.id}/acceptances`)).json()).value[0]?.state),
      );
    };
    expect(await states()).toEqual(["accepted", "declined"]);
    const again = await signIn();
    expect(again).toMatchObject({ step: "terms", terms: { id: DATA_TERMS_ID } });
    expect((await postJson(`${api}/sessions/${again.id}/terms`, { decision: "accept", expanded: false })).body.step).toBe("done");
    expect(await states()).toEqual(["accepted", "accepted"]);
    // An admin adds a third agreement: the guest's next sign-in asks for it alone.
    const third = await (await send("POST", AGREEMENTS, newAgreement())).json();
    const next = await signIn();
    expect(next).toMatchObject({ step: "terms", terms: { id: third.id, displayName: "Contoso NDA" } });
    // Deleting it removes the requirement and its acceptances.
    expect((await graph(`${AGREEMENTS}/${third.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await postJson(`${api}/sessions/${next.id}/terms`, { decision: "accept", expanded: false })).body.step).toBe("done");
  });

  it("§5.2 a world stored before several agreements (no moreTermsOfUse, no termsDecisions) still loads and asks its one", async () => {
    const ctx = { now: new Date("2026-12-03T09:00:00.000Z"), appOrigin: "http://localhost:3000" };
    const old = structuredClone(buildScenario("terms-of-use", ctx));
    delete (old.tenants[0]!.policies as { moreTermsOfUse?: unknown }).moreTermsOfUse;
    for (const u of old.users) delete (u as { termsDecisions?: unknown }).termsDecisions;
    const storage = memoryStorage();
    storage.save(JSON.stringify(old));
    const stored = new World({ storage, seed: (c) => buildScenario("email-passcode", c), appOrigin: ctx.appOrigin });
    expect(stored.recoveredFrom).toBeUndefined();
    expect(stored.read((s) => [s.scenarioId, s.tenants[0]!.policies.termsOfUse?.displayName])).toEqual([
      "terms-of-use",
      "Contoso guest access terms",
    ]);
    // And the live world without those fields meets its one agreement as before.
    loadScenario("terms-of-use");
    world.transact((s) => {
      delete s.tenants[0]!.policies.moreTermsOfUse;
      for (const u of s.users) delete u.termsDecisions;
    });
    const session = await signIn();
    expect(session.step).toBe("terms");
    expect((await postJson(`${api}/sessions/${session.id}/terms`, { decision: "accept", expanded: true })).body.step).toBe("done");
  });
});
