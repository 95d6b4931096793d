// @vitest-environment node
import { describe, expect, it } from "vitest";
import { TEST_ORIGIN } from "../../mocks/node";

describe("fake world over HTTP", () => {
  it("infra: serves the seeded invitation mail", async () => {
    const res = await fetch(`${TEST_ORIGIN}/api/mailbox/alex%40fabrikam.com`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0].invitation.organizationName).toBe("Contoso");
  });
});
