// The end-to-end support module: Debian's Chromium through playwright-core (never `playwright install`), a
// fresh context per journey, axe, and the steps every journey takes (begin a scenario, open the invitation —
// which lands on the first Entra page of the path —, sign in in the popup, accept consent), written once.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from "../../scripts/chromium.mjs";

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
 * test file, then `await journeys.begin(scenario)` (or `start`, `open`) in each test.
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
  const journeys = {
    async start(options: { locale?: string } = {}): Promise<Journey> {
      if (!browser) throw new Error("the browser is not running");
      current = await newJourney(browser, options);
      return current;
    },
    /** The journey of the running test. */
    get current(): Journey {
      if (!current) throw new Error("no journey started");
      return current;
    },
    /** A fresh journey at `path` (relative to the demo build). */
    async open(path: string, options: { locale?: string } = {}): Promise<Page> {
      const { page } = await journeys.start(options);
      await page.goto(`${baseUrl()}${path}`);
      return page;
    },
    /**
     * A fresh journey at `scenario`, waiting for the guest's mailbox; with `landing: false` wherever the
     * scenario URL leads (a direct link, My Apps).
     */
    async begin(scenario = "work-account", options: { landing?: boolean; locale?: string; query?: string } = {}): Promise<Page> {
      const { page } = await journeys.start({ locale: options.locale });
      if (options.landing === false) await page.goto(`${baseUrl()}/?scenario=${scenario}${options.query ?? ""}`);
      else await startScenario(page, scenario, options.query);
      return page;
    },
  };
  return journeys;
}

export async function startScenario(page: Page, scenario: string, extra = "") {
  await page.goto(`${baseUrl()}/?scenario=${scenario}${extra}`);
  await page.getByRole("heading", { name: /^Mailbox of|^Postvak van/ }).waitFor();
}

/** From the mailbox, Accept invitation in the newest invitation e-mail: waits for the first Entra page of the path. */
export async function openInvitation(page: Page) {
  await page
    .getByRole("link", { name: /invited you to access applications/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Accept invitation" }).click();
  await page.waitForURL(/\/session\/[^/]+\/[a-z-]+$/);
  await page.getByRole("heading", { level: 1 }).waitFor();
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

/**
 * Clicks the resource tenant's sign-in page's Next (the invited address is filled in) — or `button`, e.g. Try
 * again — and returns the MSAL popup once the fake IdP's page is up.
 */
export async function openSignInPopup(page: Page, button: RegExp | string = /^(Next|Volgende)$/): Promise<Page> {
  const popupPromise = page.waitForEvent("popup");
  await page.getByRole("button", { name: button }).click();
  const popup = await popupPromise;
  const said: string[] = [];
  popup.on("console", (message) => said.push(`${message.type()}: ${message.text()}`));
  try {
    // The home IdP's page the resource tenant handed over to: its password page when it knows the address.
    await popup.getByRole("heading", { name: /^(Sign in|Enter password)$/ }).waitFor();
  } catch (error) {
    // What the popup showed instead: the evidence for the one known flake (vitest.e2e.config.ts).
    const url = popup.isClosed() ? "(closed)" : popup.url();
    const text = popup.isClosed()
      ? ""
      : await popup
          .locator("body")
          .innerText({ timeout: 1000 })
          .catch(() => "(no body)");
    throw new Error(
      `The popup never showed its Sign in page. URL ${url}; page text ${JSON.stringify(text.slice(0, 300))}; console ${JSON.stringify(said.slice(-10))}`,
      { cause: error },
    );
  }
  return popup;
}

export async function signInInPopup(popup: Page, email: string, password = "Demo-1234") {
  const passwordPage = popup.getByRole("heading", { name: "Enter password" });
  const forEmail = popup.locator(".identity", { hasText: email });
  if (!(await passwordPage.isVisible()) || !(await forEmail.isVisible())) {
    // The e-mail page, or the password page of another address: Back, then type the address.
    if (await passwordPage.isVisible()) await popup.getByRole("button", { name: "Back" }).click();
    await popup.getByLabel("Email, phone, or Skype").fill(email);
    await popup.getByRole("button", { name: "Next" }).click();
  }
  await popup.getByLabel("Password").fill(password);
  await popup.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in as `email` in the popup that `button` (Next on the sign-in page) opens. */
export async function signInAs(page: Page, email: string, button: RegExp | string = /^(Next|Volgende)$/) {
  await signInInPopup(await openSignInPopup(page, button), email);
}

/**
 * A returning guest (addendum §10): the browser's session at the login host signs them in. On the sign-in
 * page MSAL's ssoSilent (a hidden iframe) does it without a click or a window; with `click`, Next opens the
 * popup, which closes by itself. Neither asks for an address or a password. `click` may name the button (after
 * a refused sign-in it is Try again).
 */
export async function signInWithSession(page: Page, { click = false }: { click?: boolean | string } = {}) {
  const popups: Page[] = [];
  const onPopup = (popup: Page) => popups.push(popup);
  page.on("popup", onPopup);
  try {
    if (!click) {
      await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"), { timeout: 20_000 });
      expect(popups).toHaveLength(0);
      return;
    }
    const popupPromise = page.waitForEvent("popup");
    await page.getByRole("button", { name: typeof click === "string" ? click : /^(Next|Volgende)$/ }).click();
    const popup = await popupPromise;
    const asked = popup
      .getByLabel("Password")
      .waitFor({ timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    const closed = popup.isClosed() ? Promise.resolve(false) : popup.waitForEvent("close", { timeout: 20_000 }).then(() => false);
    expect(await Promise.race([asked, closed])).toBe(false);
  } finally {
    page.off("popup", onPopup);
  }
}

/** From the mailbox to the first Entra page of the path (there is no page in between, as in Entra). */
export async function continueFromEmail(page: Page) {
  await openInvitation(page);
}

/** From the e-mail to a signed-in work account (popup), for the Fabrikam scenarios. */
export async function signInAsAlex(page: Page) {
  await continueFromEmail(page);
  await signInAs(page, "alex@fabrikam.com");
}

export async function acceptConsent(page: Page) {
  await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
  await page.getByRole("button", { name: "Accept" }).click();
}

/** Accepts Review permissions and waits for My Apps. */
export async function acceptAndLand(page: Page) {
  await acceptConsent(page);
  await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
}

/** POST /invitations to the fake Graph from the page, as someone at the browser console would. */
/** A Graph call from the page, with the demo admin's token, as the admin page makes it: status and body. */
export function graphFromPage(
  page: Page,
  graphPath: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ url, method, payload }) => {
      const token = await fetch("/api/demo/graph-token", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
      const { accessToken } = await token.json();
      const request: RequestInit = { method, headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}` } };
      if (payload !== undefined) request.body = payload;
      const res = await fetch(url, request);
      return { status: res.status, body: await res.json() };
    },
    {
      url: `https://graph.microsoft.com/v1.0${graphPath}`,
      method: init.method ?? "GET",
      payload: init.body === undefined ? undefined : JSON.stringify(init.body),
    },
  );
}

/** POST /invitations from the page (Graph's answer, errors included). */
export function inviteFromPage(page: Page, invitation: Record<string, unknown>) {
  return graphFromPage(page, "/invitations", { method: "POST", body: invitation });
}

/** Where the page keeps the fake world (mocks/db.ts sharedBrowserStorage) and the lock it takes. */
const WORLD_STORE = { name: "b2b-simulator/world", store: "documents", key: "world", lock: "b2b-simulator/world" };

/** The stored world document, as raw text, replaced by `replacement` if given — under the world's lock. */
function storedWorldDocument(page: Page, replacement?: string): Promise<string | null> {
  return page.evaluate(
    ({ where, next }) =>
      navigator.locks.request(where.lock, async () => {
        // Runs in the page: everything it uses is defined here.
        // oxlint-disable-next-line unicorn/consistent-function-scoping -- page.evaluate cannot reach an outer scope
        const settle = <T>(request: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            request.addEventListener("success", () => resolve(request.result));
            request.addEventListener("error", () => reject(request.error));
          });
        const opening = indexedDB.open(where.name);
        opening.addEventListener("upgradeneeded", () => opening.result.createObjectStore(where.store));
        const db = await settle(opening);
        const store = db.transaction(where.store, "readwrite").objectStore(where.store);
        const raw = (await settle(store.get(where.key))) as string | undefined;
        if (next !== undefined) await settle(store.put(next, where.key));
        db.close();
        return raw ?? null;
      }),
    { where: WORLD_STORE, next: replacement },
  );
}

/** The fake world as the page stored it. */
export async function storedWorld(page: Page) {
  return JSON.parse((await storedWorldDocument(page)) ?? "{}");
}

/** Replaces the stored fake world with `raw` (any text: a test of what the world does with it). */
export async function writeStoredWorld(page: Page, raw: string): Promise<void> {
  await storedWorldDocument(page, raw);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; fails the test with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(page: Page) {
  // Once per document: the SPA's steps are one document, and parsing axe again for each one costs seconds a run.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  });
  expect(violations.join("\n"), `axe violations on ${page.url()}`).toBe("");
}
