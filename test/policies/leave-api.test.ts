// @vitest-environment node
// Leaving an organization at the HTTP level (spec §5.5, S34–S36).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { api, loadScenario, postJson, signedInSession } from "../support/api";

describe("leave the organization", () => {
  it("S34 S35 S36 §5.5 leaving soft-deletes the guest; a tenant that disallows it names its privacy contact", async () => {
    loadScenario("leave-organization");
    const session = await signedInSession("alex@fabrikam.com");
    expect(session.step).toBe("done");
    const orgs = await (await fetch(`${api}/my-account/organizations?session=${session.id}`)).json();
    expect(orgs).toMatchObject({ home: { name: "Fabrikam" }, others: [{ name: "Contoso", canLeave: true }] });
    const left = await postJson(`${api}/my-account/leave`, { sessionId: session.id });
    expect(left.body.left.name).toBe("Contoso");
    expect(world.read((s) => s.users[0]?.deletedDateTime)).toBeDefined();

    loadScenario("leave-not-allowed");
    const other = await signedInSession("alex@fabrikam.com");
    const refused = await postJson(`${api}/my-account/leave`, { sessionId: other.id });
    expect(refused).toMatchObject({
      status: 403,
      body: { error: { code: "LeaveNotAllowed", details: { contact: "privacy@contoso.com" } } },
    });
  });
});
