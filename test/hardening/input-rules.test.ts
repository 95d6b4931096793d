// @vitest-environment node
// hardening: input the spec disallows is a 400 (issue "speed and hardening" §4): invisible, control, bidi
// and broken characters and RFC 5321 length violations in e-mail addresses; line breaks and their kin in URLs.
import { describe, expect, it } from "vitest";
import { emailAddress, httpsUrl } from "../../src/api/contract";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { is } from "valibot";
import { graphFetch } from "../support/api";

const badEmails = [
  "a\u0000b@example.com",
  "al\u200bex@example.com",
  "alex\u202e@example.com",
  "al\u2066ex@example.com",
  "a\ud800b@example.com",
  "a\udc00b@example.com",
  "a\u0007@example.com",
  `${"a".repeat(65)}@example.com`,
  `a@${"b".repeat(64)}.com`,
];
const badUrls = [
  "https://myapps.microsoft.com/\npath",
  "https://myapps.microsoft.com/\tpath",
  "https://myapps.micro\rsoft.com",
  "https://myapps.microsoft.com/\u2028",
  "https://myapps.microsoft.com/\u0000",
  "https://myapps.microsoft.com/\u202e",
];

describe("input rules", () => {
  it("hardening: §1.2 e-mail addresses with invisible, control, bidi or broken characters, or over RFC 5321's lengths, are refused", () => {
    for (const email of badEmails) expect({ email, ok: is(emailAddress, email) }).toEqual({ email, ok: false });
    expect(is(emailAddress, `${"a".repeat(64)}@example.com`)).toBe(true);
    expect(is(emailAddress, "zoë@example.com")).toBe(true);
  });

  it("hardening: §1.2 URLs with line breaks, tabs, NUL or line separators are refused, though a URL parser would drop them", () => {
    for (const url of badUrls) expect({ url, ok: is(httpsUrl, url) }).toEqual({ url, ok: false });
    expect(is(httpsUrl, "https://myapps.microsoft.com/?x=1")).toBe(true);
  });

  it("hardening: §1.2 Graph answers them with a 400 naming the field", async () => {
    const res = await graphFetch(`${GRAPH_BASE}/invitations`, {
      method: "POST",
      body: JSON.stringify({ invitedUserEmailAddress: "al\u200bex@example.com", inviteRedirectUrl: "https://x.example/\nnext" }),
    });
    expect(res.status).toBe(400);
    const targets = (await res.json()).error.details.map((d: { target: string }) => d.target);
    expect(targets).toEqual(expect.arrayContaining(["invitedUserEmailAddress", "inviteRedirectUrl"]));
  });
});
