// @vitest-environment node
// The invitation at the HTTP level (spec §1.2, §4.0, E1): what the redeem link shows, and the e-mail's language.
import { describe, expect, it } from "vitest";
import { TEST_ORIGIN, world } from "../../mocks/node";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { api, graphFetch, locatorFor, mailbox, USER_DETAILS } from "../support/api";

describe("invitation", () => {
  it("E1 §1.5 shows an invitation on GET without redeeming anything", async () => {
    const locator = await locatorFor("alex@fabrikam.com");
    const res = await fetch(`${api}/invitation?${new URLSearchParams(locator)}`);
    const view = await res.json();
    expect(view).toMatchObject({
      status: "PendingAcceptance",
      invitedEmail: "alex@fabrikam.com",
      organization: { name: "Contoso", domain: "contoso.com" },
      inviter: { name: "Megan Bowen" },
    });
    expect(world.read((s) => s.sessions)).toHaveLength(0);
  });

  it("E1 §1.5 §4.0 a mail scanner that GETs the API behind Accept invitation redeems nothing (the page's GET: e2e)", async () => {
    const invitation = (await mailbox("alex@fabrikam.com")).messages.find((m) => m.kind === "invitation");
    const redeemUrl = new URL(invitation?.invitation.redeemUrl, TEST_ORIGIN);
    const locator = Object.fromEntries(redeemUrl.searchParams);
    const query = new URLSearchParams(locator).toString();
    const before = world.read((s) => JSON.stringify({ invitations: s.invitations, users: s.users }));

    // What a scanner does: follow every URL it finds, with GET (and HEAD), never running the page.
    const answers = await Promise.all([
      fetch(`${api}/invitation?${query}`),
      fetch(`${api}/sessions?${query}`),
      fetch(`${api}/sessions`, { method: "HEAD" }),
    ]);
    expect(answers[0]!.status).toBe(200); // the only API a GET reaches shows the invitation
    expect(answers.slice(1).every((res) => res.status >= 400)).toBe(true); // starting a session takes a POST

    expect(world.read((s) => JSON.stringify({ invitations: s.invitations, users: s.users }))).toBe(before);
    expect(world.read((s) => s.sessions)).toHaveLength(0);
    const userId = world.read((s) => s.invitations.find((i) => i.invitedUserEmailAddress === "alex@fabrikam.com")!.invitedUserId);
    const user = await (await graphFetch(`${GRAPH_BASE}/users/${userId}?${USER_DETAILS}`)).json();
    expect(user).toMatchObject({ mail: "alex@fabrikam.com", externalUserState: "PendingAcceptance" });
    expect(await (await fetch(`${api}/invitation?${query}`)).json()).toMatchObject({ status: "PendingAcceptance" });
  });

  it("E1 §1.2 refuses a mangled ticket with its own error code", async () => {
    const locator = { ...(await locatorFor("alex@fabrikam.com")), ticket: "forged" };
    const res = await fetch(`${api}/invitation?${new URLSearchParams(locator)}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("InvitationNotFound");
  });
});

describe("mail language", () => {
  it("S02 §4.0 follows messageLanguage → preferredLanguage → home tenant → resource tenant → English", async () => {
    const { resolveMailLanguage } = await import("../../mocks/domain/mail");
    expect(resolveMailLanguage("nl-NL", "en")).toBe("nl");
    expect(resolveMailLanguage(undefined, "nl", "en")).toBe("nl");
    expect(resolveMailLanguage(undefined, undefined, undefined, "nl-BE")).toBe("nl");
    expect(resolveMailLanguage(undefined, undefined, undefined, undefined)).toBe("en");
    expect(resolveMailLanguage("de-DE", "nl")).toBe("en"); // German is not rendered: English fallback
  });
});
