// Speed and size bench (issue "speed and hardening"). Builds the product build (mocks off) and the demo
// build (mocks on), serves each from a local static server that gzips like a real static host, loads the
// invitation page, the sign-in step and the consent step in Debian's Chromium, and prints for each: JS
// and CSS bytes (raw and gzip), requests, time to the step's heading; plus step transitions and whether
// MSAL stays off the first paint. Exits 1 when a budget is exceeded. Run: npm run bench.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const BUDGETS = {
  productFirstLoadJsGzipKB: 105,
  stepTransitionMs: 100,
  lighthousePerformance: 95,
  lighthouseLcpMs: 1800,
};
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };

function build(args) {
  execFileSync("npx", ["vite", "build", "--logLevel", "warn", ...args], { stdio: "inherit" });
}

/** A static host: gzip for text, SPA fallback to index.html, the MSAL bridge page as a file. */
function serve(dir, port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) file = join(dir, "index.html");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body = readFileSync(file);
    const headers = { "Content-Type": type, "Cache-Control": "no-store" };
    if (/text|javascript|json|svg/.test(type) && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 9 });
      headers["Content-Encoding"] = "gzip";
    }
    if (file.endsWith("mockServiceWorker.js")) headers["Service-Worker-Allowed"] = "/";
    res.writeHead(200, { ...headers, "Content-Length": body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const kb = (n) => (n / 1024).toFixed(1);

/**
 * Loads `url` in a fresh page and measures it by the page's own resource timing: first-load code is what
 * was requested before the first contentful paint; what follows paint (MSAL, the next screen) is
 * prefetched and reported apart.
 */
/** Gzip size of a built file (a service worker's answers report no transfer size of their own). */
function gzipSizeOf(dir, url) {
  try {
    return gzipSync(readFileSync(join(dir, new URL(url).pathname)), { level: 9 }).length;
  } catch {
    return 0;
  }
}

async function measure(context, url, heading, dir) {
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.getByRole("heading", { name: heading }).first().waitFor({ timeout: 30_000 });
  const headingMs = Date.now() - started;
  await page.waitForTimeout(1000); // let after-paint prefetches show up
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
    resources: performance.getEntriesByType("resource").map((r) => ({
      name: r.name,
      type: r.initiatorType,
      start: r.startTime,
      raw: r.decodedBodySize,
    })),
  }));
  for (const r of timing.resources) r.gzip = gzipSizeOf(dir, r.name);
  const isScript = (r) => /\.js(\?|$)/.test(r.name) && !r.name.includes("mockServiceWorker");
  const isCss = (r) => /\.css(\?|$)/.test(r.name);
  const isMsal = (r) => /\/(msal|Configuration|CacheKeys)-/.test(r.name);
  const before = timing.resources.filter((r) => r.start < timing.fcp);
  const after = timing.resources.filter((r) => r.start >= timing.fcp && isScript(r));
  const total = (list, key) => list.reduce((n, r) => n + r[key], 0);
  return {
    page,
    headingMs,
    fcpMs: Math.round(timing.fcp),
    requests: before.length,
    js: { raw: total(before.filter(isScript), "raw"), gzip: total(before.filter(isScript), "gzip") },
    css: { raw: total(before.filter(isCss), "raw"), gzip: total(before.filter(isCss), "gzip") },
    prefetched: total(after, "gzip"),
    msalBeforeHeading: before.some(isMsal),
    msalAfterHeading: after.some(isMsal),
  };
}

function row(name, m) {
  console.log(
    `  ${name.padEnd(16)} first load: JS ${kb(m.js.raw).padStart(6)} KB raw ${kb(m.js.gzip).padStart(6)} KB gzip, CSS ${kb(m.css.gzip).padStart(4)} KB gzip, ${String(m.requests).padStart(2)} requests | first paint ${m.fcpMs} ms, heading ${m.headingMs} ms | after paint ${kb(m.prefetched)} KB gzip | MSAL ${m.msalBeforeHeading ? "BEFORE first paint" : m.msalAfterHeading ? "prefetched after paint" : "not loaded"}`,
  );
}

/** Lighthouse (mobile defaults) with Debian's Chromium on `url`: performance score, FCP, LCP, TBT, CLS. */
async function lighthouse(url) {
  const out = join(tmpdir(), `bench-lighthouse-${process.pid}.json`);
  // Asynchronous: this process also serves the pages Lighthouse loads.
  await promisify(execFile)(
    "npx",
    ["lighthouse", url, "--quiet", "--only-categories=performance", "--output=json", `--output-path=${out}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  const report = JSON.parse(readFileSync(out, "utf8"));
  const audit = (id) => report.audits[id];
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: audit("first-contentful-paint").numericValue,
    lcp: audit("largest-contentful-paint").numericValue,
    tbt: audit("total-blocking-time").numericValue,
    cls: audit("cumulative-layout-shift").numericValue,
  };
}

/** Click → the next step's h1 in the DOM, timed inside the page (MutationObserver, no polling). */
async function transition(page, button, heading) {
  await page.waitForTimeout(1000); // after-paint prefetches are done, as for a person reading the page
  return page.evaluate(
    ([buttonText, headingText]) =>
      new Promise((resolve) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if ([...document.querySelectorAll("h1")].some((h) => h.textContent === headingText)) {
            observer.disconnect();
            resolve(Math.round(performance.now() - started));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        [...document.querySelectorAll("button")].find((b) => b.textContent === buttonText)?.click();
      }),
    [button, heading],
  );
}

const failures = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
  build(["--mode", "production-no-mocks"]);
  build([]);

  // Product build: no backend answers /api, so the invitation page ends on its error screen; what matters
  // here is the code a first visit downloads.
  const prod = await serve(join(process.cwd(), "dist-prod"), 4190);
  console.log("Product build (mocks off):");
  const prodContext = await browser.newContext();
  const prodLanding = await measure(prodContext, "http://127.0.0.1:4190/redeem?tenant=t&user=u&ticket=x", /invitation|backend|wrong/i, join(process.cwd(), "dist-prod"));
  row("invitation page", prodLanding);
  if (prodLanding.js.gzip / 1024 > BUDGETS.productFirstLoadJsGzipKB) {
    failures.push(`product first-load JS ${kb(prodLanding.js.gzip)} KB gzip > ${BUDGETS.productFirstLoadJsGzipKB} KB`);
  }
  if (prodLanding.msalBeforeHeading) failures.push("product build loads MSAL before first paint");
  await prodContext.close();
  prod.close();

  const demo = await serve(join(process.cwd(), "dist"), 4191);
  const base = "http://127.0.0.1:4191";
  console.log("Demo build (mocks on):");
  const context = await browser.newContext();
  const setup = await context.newPage();
  await setup.goto(`${base}/?scenario=work-account&step=consent`);
  await setup.getByRole("heading", { name: "Review permissions" }).waitFor();
  const consentUrl = setup.url();
  const redeemUrl = await setup.evaluate(() => {
    const state = JSON.parse(localStorage.getItem("b2b-simulator/world") ?? "{}");
    const i = state.invitations[0];
    return `/redeem?tenant=${i.tenantId}&user=${i.id}&ticket=${i.ticket}&ver=2.0`;
  });
  // A second session of the same invitation, left at its sign-in step.
  await setup.goto(`${base}${redeemUrl}`);
  await setup.getByRole("button", { name: "Accept and continue" }).click();
  await setup.getByRole("heading", { name: "Sign in to continue" }).waitFor();
  const signInUrl = setup.url();
  await setup.close();

  const dist = join(process.cwd(), "dist");
  const landing = await measure(context, `${base}${redeemUrl}`, "You're invited to Contoso", dist);
  row("invitation page", landing);
  const signIn = await measure(context, signInUrl, "Sign in to continue", dist);
  row("sign-in step", signIn);
  const consent = await measure(context, consentUrl, "Review permissions", dist);
  row("consent step", consent);
  if (landing.msalBeforeHeading) failures.push("demo landing loads MSAL before first paint");
  if (!landing.msalAfterHeading) failures.push("demo landing does not prefetch MSAL after first paint");

  const toSignIn = await transition(landing.page, "Accept and continue", "Sign in to continue");
  const toLanding = await transition(consent.page, "Accept", "There are no apps to show");
  console.log(`  step transitions (mock latency 0): invitation → sign-in ${toSignIn} ms; consent → My Apps ${toLanding} ms`);
  for (const [name, ms] of [["invitation → sign-in", toSignIn], ["consent → My Apps", toLanding]]) {
    if (ms > BUDGETS.stepTransitionMs) failures.push(`${name} took ${ms} ms > ${BUDGETS.stepTransitionMs} ms`);
  }
  await context.close();

  // A fresh profile: the share link seeds the fake world and opens the invitation page.
  const lh = await lighthouse(`${base}/?scenario=work-account&step=invitation`);
  console.log(
    `  Lighthouse (mobile) on the invitation page: performance ${lh.score}, FCP ${Math.round(lh.fcp)} ms, LCP ${Math.round(lh.lcp)} ms, TBT ${Math.round(lh.tbt)} ms, CLS ${lh.cls.toFixed(3)}`,
  );
  if (lh.score < BUDGETS.lighthousePerformance) failures.push(`Lighthouse performance ${lh.score} < ${BUDGETS.lighthousePerformance}`);
  if (lh.lcp > BUDGETS.lighthouseLcpMs) failures.push(`Lighthouse LCP ${Math.round(lh.lcp)} ms > ${BUDGETS.lighthouseLcpMs} ms`);
  demo.close();
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.log(`Over budget:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
console.log("Within budget.");
