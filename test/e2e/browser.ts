// Debian's Chromium through playwright-core (never `playwright install`), plus the helpers every journey
// uses: a fresh context per test, axe, and "sign in in the popup".
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const baseUrl = () => inject("baseUrl");

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of every page in the context. */
  problems: string[];
}

export async function newJourney(browser: Browser, options: { locale?: string } = {}): Promise<Journey> {
  const context = await browser.newContext({ locale: options.locale ?? "en-US", viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  context.on("page", (p) => watch(p, problems));
  const page = await context.newPage();
  return { context, page, problems };
}

function watch(page: Page, problems: string[]) {
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
}

/**
 * One Chromium per test file, a fresh context per journey, closed after each test: call at the top of a
 * test file, then `await journeys.start()` in each test.
 */
export function registerJourneys() {
  let browser: Browser | undefined;
  let current: Journey | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await current?.context.close();
    current = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async start(options: { locale?: string } = {}): Promise<Journey> {
      if (!browser) throw new Error("the browser is not running");
      current = await newJourney(browser, options);
      return current;
    },
  };
}

export async function startScenario(page: Page, scenario: string, extra = "") {
  await page.goto(`${baseUrl()}/?scenario=${scenario}${extra}`);
  await page.getByRole("heading", { name: /^Mailbox of|^Postvak van/ }).waitFor();
}

export async function openInvitation(page: Page) {
  await page
    .getByRole("link", { name: /invited you to access applications/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Accept invitation" }).click();
  await page.getByRole("heading", { name: /You're invited to/ }).waitFor();
}

/** Opens `address`'s mailbox in another tab, as a user would, and reads the code of the newest `subject`. */
export async function readCode(context: BrowserContext, address: string, subject: RegExp = /verification code/): Promise<string> {
  const tab = await context.newPage();
  await tab.goto(`${baseUrl()}/mailbox/${address}`);
  await tab.getByRole("link", { name: subject }).first().click();
  const code = (await tab.locator(".code-box").innerText()).replace(/\D/g, "");
  await tab.close();
  return code;
}

/** Clicks the sign-in button and returns the MSAL popup once the fake IdP's page is up. */
export async function openSignInPopup(page: Page, button: RegExp | string = /Sign in with Fabrikam/): Promise<Page> {
  const popupPromise = page.waitForEvent("popup");
  await page.getByRole("button", { name: button }).click();
  const popup = await popupPromise;
  await popup.getByRole("heading", { name: "Sign in" }).waitFor();
  return popup;
}

export async function signInInPopup(popup: Page, email: string, password = "Demo-1234") {
  await popup.getByLabel("Email, phone, or Skype").fill(email);
  await popup.getByRole("button", { name: "Next" }).click();
  await popup.getByLabel("Password").fill(password);
  await popup.getByRole("button", { name: "Sign in" }).click();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; fails the test with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  });
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
