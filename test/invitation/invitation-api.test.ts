// @vitest-environment node
// The invitation at the HTTP level (spec §1.2, §4.0, E1): what the redeem link shows, and the e-mail's language.
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { api, locatorFor } from "../support/api";

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
