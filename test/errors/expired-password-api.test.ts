// @vitest-environment node
// AADSTS50055 expired password at the home tenant (addendum §14.2), over HTTP: after the right password the
// home tenant's page asks for a new one (current, new, confirm), refuses a wrong current password, a new one
// that breaks the password rules, a confirmation that doesn't match and the current one again (decision 0074),
// stores the new one only as a salted hash, and the redemption goes on to consent.
import { beforeEach, describe, expect, it } from "vitest";
import { TEST_ORIGIN, world } from "../../mocks/node";
import { MOCK_IDP_API } from "../../src/api/endpoints";
import { DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { meetsPasswordRules } from "../../mocks/domain/password-expiry";
import { api, loadScenario, postJson, startSessionFor } from "../support/api";
import { authorizeParams, passwordSignIn, pkcePair, redeemCode, submitPassword, type AuthorizeOutcome } from "../support/oauth";

const HEADING = "Update your password";
const NEW_PASSWORD = "Sunny-Day-42";

/** Posts the update-password form of `html` the way its button does. */
async function submitUpdate(html: string, fields: { current: string; next: string; confirm: string }): Promise<AuthorizeOutcome> {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, "&") ?? "";
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
  const body = new URLSearchParams({
    ...hidden,
    current_password: fields.current,
    new_password: fields.next,
    confirm_password: fields.confirm,
  });
  const res = await fetch(action, { method: "POST", body });
  if (res.headers.get("Content-Type")?.includes("json")) {
    return { status: res.status, location: ((await res.json()) as { location: string }).location };
  }
  const page = await res.text();
  // "Stay signed in?" may follow at the member's own tenant: answer No.
  if (page.includes('name="answer"')) {
    const kmsiAction = /<form[^>]*action="([^"]*)"/.exec(page)?.[1]?.replace(/&amp;/g, "&") ?? "";
    const kmsiFields = Object.fromEntries(
      [...page.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    );
    const answered = await fetch(kmsiAction, { method: "POST", body: new URLSearchParams({ ...kmsiFields, answer: "no" }) });
    return { status: answered.status, location: ((await answered.json()) as { location: string }).location };
  }
  return { status: res.status, html: page };
}

async function updatePage(password = DEMO_PASSWORD) {
  const { challenge } = await pkcePair();
  return submitPassword(FABRIKAM_TENANT_ID, authorizeParams(challenge), "alex@fabrikam.com", password);
}

const alex = () => world.read((state) => state.accounts.find((a) => a.kind === "entra" && a.email === "alex@fabrikam.com"));

describe("expired password (AADSTS50055)", () => {
  beforeEach(() => loadScenario("expired-password"));

  it("§14.2 the right password leads to the home tenant's update-password form, without a code; a wrong one is the usual inline error", async () => {
    const wrong = await updatePage("Wrong-1234");
    expect(wrong.html).toContain("Your account or password is incorrect.");
    expect(wrong.html).not.toContain(HEADING);
    const page = await updatePage();
    expect(page.status).toBe(200);
    expect(page.location).toBeUndefined();
    expect(page.html).toContain(`<h1 id="heading" tabindex="-1">${HEADING}</h1>`);
    expect(page.html).toContain("because your password has expired");
    for (const name of ["current_password", "new_password", "confirm_password"])
      expect(page.html).toContain(`name="${name}" type="password"`);
    expect(page.html).not.toContain("AADSTS50055");
    // Decision 0054: a home-side page wears the home tenant's branding (Fabrikam's banner logo).
    expect(page.html).toMatch(/<img class="banner-logo ext-banner-logo" src="data:image[^"]*" alt="Fabrikam">/);
  });

  it.each([
    [
      "wrongCurrent",
      { current: "Wrong-1234", next: NEW_PASSWORD, confirm: NEW_PASSWORD },
      "Your current password is incorrect.",
      "current_password",
    ],
    ["emptyCurrent", { current: "", next: NEW_PASSWORD, confirm: NEW_PASSWORD }, "Please enter your current password.", "current_password"],
    ["too short", { current: DEMO_PASSWORD, next: "Ab-1", confirm: "Ab-1" }, "doesn't meet the requirements", "new_password"],
    [
      "two kinds only",
      { current: DEMO_PASSWORD, next: "sunnydays42", confirm: "sunnydays42" },
      "doesn't meet the requirements",
      "new_password",
    ],
    ["mismatch", { current: DEMO_PASSWORD, next: NEW_PASSWORD, confirm: "Sunny-Day-43" }, "The passwords don't match.", "confirm_password"],
    [
      "same as current",
      { current: DEMO_PASSWORD, next: DEMO_PASSWORD, confirm: DEMO_PASSWORD },
      "can't be the same as your current password",
      "new_password",
    ],
  ] as const)("decision 0074 %s is refused under its field, the password still expired", async (_, fields, message, field) => {
    const page = await updatePage();
    const refused = await submitUpdate(page.html ?? "", fields);
    expect(refused.location).toBeUndefined();
    expect(refused.html).toContain(HEADING);
    expect(refused.html?.replaceAll("&#39;", "'")).toContain(message);
    expect(refused.html).toContain(
      `id="${field}" name="${field}" type="password" autocomplete="${field === "current_password" ? "current" : "new"}-password" autofocus`,
    );
    expect(refused.html).toContain(`aria-invalid="true" aria-describedby="${field}-error"`);
    // What was typed is never written back into the page; the popup refills the safe fields itself.
    for (const typed of [fields.current, fields.next, fields.confirm].filter(Boolean))
      expect(refused.html).not.toContain(`value="${typed}"`);
    expect(refused.html).toContain("data-keep");
    expect(alex()).toMatchObject({ passwordExpired: true, password: DEMO_PASSWORD });
  });

  it("decision 0074 the rules: 8 to 256 characters and three of lowercase, uppercase, digits, symbols", () => {
    expect(meetsPasswordRules("Sunny-Day-42")).toBe(true);
    expect(meetsPasswordRules("sunny-day-42")).toBe(true);
    expect(meetsPasswordRules("Sunny-Day")).toBe(true);
    expect(meetsPasswordRules("Sunnyday")).toBe(false);
    expect(meetsPasswordRules("Aa-4567")).toBe(false);
    expect(meetsPasswordRules(`Aa-${"x".repeat(253)}`)).toBe(true);
    expect(meetsPasswordRules(`Aa-${"x".repeat(254)}`)).toBe(false);
  });

  it("§14.2 a new password is stored only as a salted hash; the old one stops working, the new one signs in", async () => {
    const page = await updatePage();
    const done = await submitUpdate(page.html ?? "", { current: DEMO_PASSWORD, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(done.location).toContain("code=");
    const stored = alex();
    expect(stored).toMatchObject({ passwordExpired: false, passwordHash: { algorithm: "PBKDF2-SHA-256", iterations: 600_000 } });
    expect(stored && "password" in stored ? stored.password : undefined).toBeUndefined();
    expect(JSON.stringify(world.read((state) => state))).not.toContain(NEW_PASSWORD);
    expect((await updatePage()).html).toContain("Your account or password is incorrect.");
    expect((await updatePage(NEW_PASSWORD)).location).toContain("code=");
    const view = (await (await fetch(`${api}/demo/passwords`)).json()) as {
      accounts: Array<{ email: string; expired: boolean; changedAt?: string }>;
    };
    expect(view.accounts.find((a) => a.email === "alex@fabrikam.com")).toMatchObject({ expired: false, changedAt: expect.any(String) });
  });

  it("§6 the redemption: Contoso hands Alex to Fabrikam, the new password, then consent", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    const tenantId = new URL(session.signIn.authority).pathname.split("/")[1] ?? "";
    const { verifier, challenge } = await pkcePair();
    const params = authorizeParams(challenge, { nonce: session.signIn.nonce });
    const page = await passwordSignIn(tenantId, params, "alex@fabrikam.com", DEMO_PASSWORD);
    expect(page.html).toContain(HEADING);
    const done = await submitUpdate(page.html ?? "", { current: DEMO_PASSWORD, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
    const code = new URLSearchParams(new URL(done.location ?? "").hash.slice(1)).get("code") ?? "";
    const { id_token: idToken } = (await (await redeemCode(tenantId, code, verifier)).json()) as { id_token: string };
    const signedIn = await postJson(`${api}/sessions/${session.id}/sign-in`, { idToken });
    expect(signedIn.body.step).toBe("consent");
  });

  it("§14.2 a wrong current password counts towards smart lockout (AADSTS50053) as on the password page", async () => {
    const page = await updatePage();
    let last: AuthorizeOutcome = page;
    for (let i = 1; i <= 10; i += 1) {
      last = await submitUpdate(page.html ?? "", { current: `Wrong-${i}`, next: NEW_PASSWORD, confirm: NEW_PASSWORD });
    }
    expect(last.html).toContain("Your account is temporarily locked");
    expect(last.html).not.toContain(HEADING);
    expect(alex()).toMatchObject({ passwordExpired: true });
  });

  it("infra: the studio's Expire password (the home admin's) makes a work account's next sign-in ask for a new password", async () => {
    loadScenario("work-account");
    expect((await updatePage()).location).toContain("code=");
    const expired = await postJson(`${api}/demo/passwords/expire`, { email: "alex@fabrikam.com" });
    expect(expired.status).toBe(200);
    expect(expired.body.accounts).toContainEqual({ email: "alex@fabrikam.com", expired: true });
    expect((await updatePage()).html).toContain(HEADING);
    expect((await postJson(`${api}/demo/passwords/expire`, { email: "sam@outlook.com" })).status).toBe(404);
  });

  it("infra: the form is offered only for an expired password; posting it for another account starts over", async () => {
    const { challenge } = await pkcePair();
    const params = authorizeParams(challenge);
    const body = new URLSearchParams({
      ...params,
      step: "update-password",
      email: "taylor@fabrikam.com",
      current_password: DEMO_PASSWORD,
      new_password: NEW_PASSWORD,
      confirm_password: NEW_PASSWORD,
    });
    const res = await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/${FABRIKAM_TENANT_ID}/login`, { method: "POST", body });
    const html = await res.text();
    expect(html).toContain("Enter password");
    expect(world.read((state) => state.accounts.find((a) => a.email === "taylor@fabrikam.com"))).toMatchObject({ password: DEMO_PASSWORD });
  });
});
