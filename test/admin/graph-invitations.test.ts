// @vitest-environment node
// Graph's POST /invitations (spec §1.2, A01): the real response shape and its validation errors.
import { describe, expect, it } from "vitest";
import { graph, mailbox } from "../support/api";

describe("Graph invitations", () => {
  it("A01 §7 takes up to 5 sponsors on an invitation (a sixth is refused below)", async () => {
    const res = await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "kai@northwind.example",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        invitedUserSponsors: ["1", "2", "3", "4", "5"].map((id) => ({ id })),
      }),
    });
    expect(res.status).toBe(201);
  });

  it("A01 §1.2 creates an invitation with the real response shape", async () => {
    const res = await graph("/invitations", {
      method: "POST",
      body: JSON.stringify({
        invitedUserEmailAddress: "Sam@Northwind.example",
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMessage: true,
      }),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      invitedUserEmailAddress: "sam@northwind.example",
      status: "PendingAcceptance",
      resetRedemption: false,
      invitedUser: { id: expect.any(String) },
    });
    expect(body.inviteRedeemUrl).toMatch(/\/redeem\?tenant=.+&user=.+&ticket=.+&ver=2\.0$/);
    const mail = await mailbox("sam@northwind.example");
    expect(mail.messages).toHaveLength(1);
  });

  it.each([
    [{ inviteRedirectUrl: "https://myapps.microsoft.com" }, "invitedUserEmailAddress"],
    [{ invitedUserEmailAddress: "a(b)@x.com", inviteRedirectUrl: "https://x.com" }, "invitedUserEmailAddress"],
    [{ invitedUserEmailAddress: "a@x.com", inviteRedirectUrl: "javascript:alert(1)" }, "inviteRedirectUrl"],
    [{ invitedUserEmailAddress: "a@x.com", inviteRedirectUrl: "//evil.example" }, "inviteRedirectUrl"],
    [
      {
        invitedUserEmailAddress: "a@x.com",
        inviteRedirectUrl: "https://x.com",
        invitedUserMessageInfo: { ccRecipients: [{ emailAddress: { address: "b@x.com" } }, { emailAddress: { address: "c@x.com" } }] },
      },
      "invitedUserMessageInfo.ccRecipients",
    ],
    [
      {
        invitedUserEmailAddress: "a@x.com",
        inviteRedirectUrl: "https://x.com",
        invitedUserSponsors: ["1", "2", "3", "4", "5", "6"].map((id) => ({ id })),
      },
      "invitedUserSponsors",
    ],
  ])("A01 §1.2 refuses %j with a Graph error naming %s", async (body, field) => {
    const res = await graph("/invitations", { method: "POST", body: JSON.stringify(body) });
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.code).toBe("BadRequest");
    expect(error.details.map((d: { target: string }) => d.target)).toContain(field);
  });
});
