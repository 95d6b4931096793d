// @vitest-environment node
// Block future invitations and the manage page at the HTTP level (spec §4.0, E8, S05, S06).
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { api, graph, loadScenario, mailbox, postJson } from "../support/api";

describe("block future invitations", () => {
  it("S05 S06 E8 §4.0 does not deliver invitations from a blocked organisation; the manage page needs a passcode", async () => {
    loadScenario("work-account");
    const tenantId = world.read((s) => s.resourceTenantId);
    await postJson(`${api}/unsubscribe`, { tenantId, email: "alex@fabrikam.com" });
    await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "alex@fabrikam.com",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMessage: true,
      }),
    });
    expect((await mailbox("alex@fabrikam.com")).messages.filter((m) => m.kind === "invitation")).toHaveLength(1);
    const locked = await fetch(`${api}/unsubscribe/manage?email=alex@fabrikam.com`);
    expect(locked.status).toBe(401);
    await postJson(`${api}/unsubscribe/manage/send-code`, { email: "alex@fabrikam.com" });
    const code = (await mailbox("alex@fabrikam.com")).messages.find((m) => m.kind === "passcode")?.passcode.code;
    const list = await postJson(`${api}/unsubscribe/manage/verify`, { email: "alex@fabrikam.com", code });
    expect(list.body.organizations).toMatchObject([{ name: "Contoso" }]);
    const after = await postJson(`${api}/unsubscribe/manage/unblock`, { email: "alex@fabrikam.com", tenantIds: [tenantId] });
    expect(after.body.organizations).toEqual([]);
  });
});
