// @vitest-environment node
// infra: nothing addressed to a service the fake world stands in for reaches the network (issue 14 §1).
import { afterEach, describe, expect, it, vi } from "vitest";
import { FAKE_AUTHORITY_HOST } from "../../src/api/endpoints";

afterEach(() => vi.restoreAllMocks());

describe("nothing leaves the fake world", () => {
  it("infra: an unknown Graph path of any version is Graph's 400, with or without a token", async () => {
    for (const url of [
      "https://graph.microsoft.com/v1.0/me",
      "https://graph.microsoft.com/beta/users/x/photo",
      "https://graph.microsoft.com/v2/x",
    ]) {
      const res = await fetch(url, { headers: { Authorization: "Bearer secret" } });
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect((await res.json()).error.code).toBe("BadRequest");
    }
  });

  it("infra: an unknown path on a login host is an OAuth error, not a pass-through", async () => {
    for (const host of [FAKE_AUTHORITY_HOST, "login.microsoftonline.com"]) {
      const res = await fetch(`https://${host}/common/oauth2/v2.0/nothing-here`);
      expect(res.status).toBe(400);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(res.headers.get("Pragma")).toBe("no-cache");
      expect(await res.json()).toMatchObject({ error: "invalid_request" });
    }
  });

  it("infra: any other request to a Microsoft host, or to another site, fails loudly", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const myApps = await fetch("https://myapps.microsoft.com/api/anything");
    expect(myApps.status).toBe(501);
    await expect(fetch("https://example.org/tracker.js")).rejects.toThrow();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("https://example.org/tracker.js"));
  });
});
