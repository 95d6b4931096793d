// @vitest-environment node
// Terms of use at the HTTP level (spec §5.2, S27).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { api, loadScenario, postJson, signedInSession } from "../support/api";

describe("terms of use", () => {
  it("S27 §5.2 refuses Accept on unopened terms when expanding is required", async () => {
    loadScenario("terms-of-use");
    const session = await signedInSession("alex@fabrikam.com");
    const terms = await postJson(`${api}/sessions/${session.id}/consent`, { decision: "accept" });
    expect(terms.body).toMatchObject({ step: "terms", terms: { requireExpand: true, documents: { nl: expect.any(String) } } });
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("PendingAcceptance");
    const unopened = await postJson(`${api}/sessions/${session.id}/terms`, { decision: "accept", expanded: false });
    expect(unopened.body.error.code).toBe("TermsNotExpanded");
    const accepted = await postJson(`${api}/sessions/${session.id}/terms`, { decision: "accept", expanded: true });
    expect(accepted.body.step).toBe("done");
    expect(world.read((s) => s.users[0]?.externalUserState)).toBe("Accepted");
  });
});
