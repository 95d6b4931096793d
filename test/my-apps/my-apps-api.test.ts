// @vitest-environment node
// My Apps and the admin's app assignments at the HTTP level (addendum §15.2): Graph's appRoleAssignments on
// the fake Graph, and the apps My Apps shows a redeemed guest (visible to users and assigned only).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { acceptConsent, api, graph, loadScenario, signedInSession } from "../support/api";

const DEFAULT_ACCESS = "00000000-0000-0000-0000-000000000000";

async function redeemedAlex(): Promise<string> {
  const session = await signedInSession("alex@fabrikam.com");
  await acceptConsent(session.id);
  return session.id;
}

const appsOf = async (sessionId: string) =>
  (await (await fetch(`${api}/my-apps?session=${sessionId}`)).json()) as { apps: Array<{ displayName: string }> };
const alexId = () => world.read((s) => s.users.find((u) => u.mail === "alex@fabrikam.com")!.id);

describe("my apps", () => {
  it("S56 §15.2 assigned-apps: My Apps lists the assigned apps that are visible to users, by name; the hidden one stays out", async () => {
    loadScenario("assigned-apps");
    const sessionId = await redeemedAlex();
    expect((await appsOf(sessionId)).apps.map((a) => a.displayName)).toEqual(["Contoso Expenses", "Contoso Projects"]);
    // Graph has all three assignments, Payroll's included: visibility is the service principal's HideApp tag.
    const assignments = await (await graph(`/users/${alexId()}/appRoleAssignments`)).json();
    expect(assignments.value.map((a: { resourceDisplayName: string }) => a.resourceDisplayName).toSorted()).toEqual([
      "Contoso Expenses",
      "Contoso Payroll",
      "Contoso Projects",
    ]);
    const principals = await (await graph("/servicePrincipals")).json();
    expect(principals.value.find((p: { displayName: string }) => p.displayName === "Contoso Payroll").tags).toEqual(["HideApp"]);
  });

  it("S56 §15.2 the admin assigns and removes an app through Graph; My Apps follows; Graph's errors for a bad assignment", async () => {
    loadScenario("work-account");
    const sessionId = await redeemedAlex();
    expect((await appsOf(sessionId)).apps).toEqual([]);
    const principals = await (await graph("/servicePrincipals")).json();
    const wiki = principals.value.find((p: { displayName: string }) => p.displayName === "Contoso Partner Wiki");
    const assign = (body: Record<string, unknown>) =>
      graph(`/users/${alexId()}/appRoleAssignments`, { method: "POST", body: JSON.stringify(body) });

    const created = await assign({ principalId: alexId(), resourceId: wiki.id, appRoleId: DEFAULT_ACCESS });
    expect(created.status).toBe(201);
    const assignment = await created.json();
    expect(assignment).toMatchObject({ principalId: alexId(), resourceId: wiki.id, appRoleId: DEFAULT_ACCESS, principalType: "User" });
    expect((await appsOf(sessionId)).apps.map((a) => a.displayName)).toEqual(["Contoso Partner Wiki"]);

    const again = await assign({ principalId: alexId(), resourceId: wiki.id, appRoleId: DEFAULT_ACCESS });
    expect(again.status).toBe(400);
    expect((await again.json()).error.message).toMatch(/already exists/);
    expect((await assign({ principalId: alexId(), resourceId: "no-such-app", appRoleId: DEFAULT_ACCESS })).status).toBe(404);
    const unknownProperty = await assign({ principalId: alexId(), resourceId: wiki.id, appRoleId: DEFAULT_ACCESS, colour: "red" });
    expect(unknownProperty.status).toBe(400);
    expect((await unknownProperty.json()).error.message).toMatch(/'colour' does not exist on type 'microsoft.graph.appRoleAssignment'/);

    const removed = await graph(`/users/${alexId()}/appRoleAssignments/${assignment.id}`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    expect((await appsOf(sessionId)).apps).toEqual([]);
    expect((await graph(`/users/${alexId()}/appRoleAssignments/${assignment.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("S56 §15.2 My Apps answers only for a redeemed guest's session; Graph's assignments need a token", async () => {
    loadScenario("assigned-apps");
    const session = await signedInSession("alex@fabrikam.com");
    expect((await fetch(`${api}/my-apps?session=${session.id}`)).status).toBe(404); // not redeemed yet
    expect((await fetch(`${api}/my-apps?session=no-such-session`)).status).toBe(404);
    const anonymous = await fetch(`https://graph.microsoft.com/v1.0/users/${alexId()}/appRoleAssignments`);
    expect(anonymous.status).toBe(401);
  });
});
