// The demo studio and the guarantees for everyone (issue "demo studio"): share links, live settings,
// time travel, fault injection, explain panel, presenter mode, invite composer, axe on every scenario,
// 320 px and right-to-left layouts.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { scenarioId } from "../../src/api/contract";
import { baseUrl, expectNoAxeViolations, openSignInPopup, readCode, registerJourneys } from "../support/e2e";

const journeys = registerJourneys();

async function openStudio(page: Page, tab: string) {
  await page.getByRole("button", { name: "Studio" }).click();
  await page.getByRole("tab", { name: tab }).click();
}

async function hasNoHorizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

describe("share links", () => {
  it("studio: open the exact scenario, step and language", async () => {
    const page = await journeys.open("/?scenario=email-passcode&lang=nl&step=sign-in");
    await page.getByRole("heading", { name: "Een code verzenden om je aan te melden" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("nl");
    await page.goto(`${baseUrl()}/?scenario=work-account&lang=en&step=consent`);
    await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
  });
});

describe("studio controls", () => {
  it("A04 D9 flipping a setting changes the next step's path; the explain panel says why", async () => {
    const page = await journeys.open("/?scenario=email-passcode");
    await page.getByRole("heading", { name: /^Mailbox of/ }).waitFor();
    await openStudio(page, "Tenant settings");
    await page.getByLabel("Email one-time passcode").uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();
    await page.getByRole("link", { name: /invited you/ }).click();
    await page.getByRole("link", { name: "Accept invitation" }).click();
    await page.getByRole("heading", { name: "Create a password" }).waitFor();
    await page.getByRole("tab", { name: "Why this?" }).click();
    await page.getByText(/Rule D9/).waitFor();
    await expect(page.locator('[aria-current="step"]').innerText()).resolves.toContain("Create Microsoft account");
    await expectNoAxeViolations(page);
  });

  it("A09 S23 time travel expires a passcode", async () => {
    const page = await journeys.open("/?scenario=email-passcode&step=sign-in");
    await page.getByRole("button", { name: "Send code" }).click();
    const code = await readCode(page.context(), "lee@yahoo.com");
    await openStudio(page, "Time & faults");
    await page.getByRole("button", { name: /\+30 minutes/ }).click();
    await page.getByRole("status").filter({ hasText: "The fake time is" }).waitFor();
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText(/That code has expired/).waitFor();
  });

  it("studio: survives injected failures and latency with nothing typed lost", async () => {
    const page = await journeys.open("/?scenario=email-passcode&step=sign-in");
    await page.getByRole("button", { name: "Send code" }).click();
    const code = await readCode(page.context(), "lee@yahoo.com");
    await openStudio(page, "Time & faults");
    await page.getByLabel("Fail one endpoint").selectOption("session-actions");
    await page.getByLabel("Latency (ms)").fill("300");
    await page.getByRole("button", { name: "Apply faults" }).click();
    await page.getByText("Faults are on.").waitFor();
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "A fault was injected" }).waitFor();
    await expect(page.getByLabel("Code", { exact: true }).inputValue()).resolves.toBe(code);
    await page.getByRole("button", { name: "No faults" }).click();
    await page.getByText("No faults.").waitFor();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
  });

  it("studio: offline mode shows the retry state and recovers", async () => {
    const page = await journeys.open("/?scenario=work-account");
    await page.getByRole("heading", { name: /^Mailbox of/ }).waitFor();
    await openStudio(page, "Time & faults");
    await page.getByLabel("Offline (every request fails)").check();
    await page.getByRole("button", { name: "Apply faults" }).click();
    await page.getByText("Faults are on.").waitFor();
    await page.getByRole("link", { name: /invited you/ }).click();
    await page.getByRole("link", { name: "Accept invitation" }).click();
    await page.getByRole("heading", { name: "The simulator's backend didn't answer" }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { name: "The simulator's backend didn't answer" }).waitFor({ timeout: 15_000 });
    // Switching faults off refreshes what failed: the page recovers by itself.
    await page.getByRole("button", { name: "No faults" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    journeys.current.problems.length = 0; // the offline requests were meant to fail
  });

  it("A01 invites from the composer and shows Graph errors in the console", async () => {
    const page = await journeys.open("/?scenario=work-account");
    await page.getByRole("heading", { name: /^Mailbox of/ }).waitFor();
    await openStudio(page, "Invite");
    const studio = page.getByRole("complementary", { name: "Demo studio" });
    await studio.getByLabel("E-mail address").fill("kai@northwind.example");
    await studio.getByLabel("Display name").fill("Kai Carter");
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    await page.getByText("Invitation created for kai@northwind.example.").waitFor();
    await page.getByLabel("Request body (JSON)").fill('{"invitedUserEmailAddress": "bad", "inviteRedirectUrl": "javascript:alert(1)"}');
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByText(/HTTP 400/).waitFor();
    await page.getByRole("link", { name: "Open kai@northwind.example's mailbox" }).click();
    await page.getByRole("link", { name: /Megan Bowen invited you/ }).waitFor();
    journeys.current.problems.length = 0; // the 400 was the point
  });

  it("studio: presenter mode shows only the guest's view", async () => {
    const page = await journeys.open("/?scenario=work-account&step=invitation&presenter=1");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expect(page.getByRole("button", { name: "Studio" }).count()).resolves.toBe(0);
    // The identity provider's page in the popup shows no simulator strip either (the demo password hint).
    const popup = await openSignInPopup(page);
    await expect(popup.getByText(/Simulator demo: sign in as/).isVisible()).resolves.toBe(false);
    await popup.close();
    await page.getByRole("button", { name: "Exit presenter mode" }).click();
    await page.getByRole("button", { name: "Studio" }).waitFor();
  });
});

describe("for everyone", () => {
  it("studio: survives a 320 px screen and a right-to-left language", async () => {
    const { page } = await journeys.start();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl()}/?scenario=work-account&step=consent`);
    await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
    await expect(hasNoHorizontalOverflow(page)).resolves.toBe(true);
    await page.goto(`${baseUrl()}/?scenario=terms-of-use&step=invitation&lang=qps-plocm`);
    await page.waitForURL(/\/session\//); // the redeem link opened the first Entra page
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(hasNoHorizontalOverflow(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 640, height: 720 }); // 200 % zoom of a 1280 px window
    await page.goto(`${baseUrl()}/?scenario=create-microsoft-account&step=sign-in&lang=en`);
    await page.getByRole("heading", { name: "Create a password" }).waitFor();
    await expect(hasNoHorizontalOverflow(page)).resolves.toBe(true);
  });

  // Each scenario's first page is checked by its keyboard journey (keyboard.e2e.ts); a share link straight to a
  // step is another way in.
  it("studio: every scenario's share link to its sign-in step is axe-clean", async () => {
    const { page } = await journeys.start();
    for (const id of scenarioId.options) {
      await page.goto(`${baseUrl()}/?scenario=${id}&step=sign-in`);
      await page.locator("h1:focus").waitFor();
      await expectNoAxeViolations(page);
    }
  }, 180_000);
});
