// Google's own refusals (spec §4.3, §6) by role and accessible name, en + nl: the "header too long" page and its
// next step (the simulated browser clears Google's cookies: Google's sign-in page), the embedded web-view block and
// its next step (the studio's switch off: Google's chooser), the studio's switches and the explain panel's entries
// (decisions 0082, 0083).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { loadScenario, startSessionFor } from "../support/api";
import { authorizeParams, handOverOf, openAuthorize, pkcePair } from "../support/oauth";
import { renderApp } from "../support/render";
import type { Language } from "../../src/i18n";

/** Puts an identity provider's HTML page into the document, as the popup's page script does. */
function show(html: string) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const container = document.createElement("div");
  container.innerHTML = doc.body.innerHTML;
  document.body.replaceChildren(container);
  return within(container);
}

/** The sign-in popup's page at Google, after the resource tenant handed kim@gmail.com over. */
async function googlePage(lang: Language) {
  const session = await startSessionFor("kim@gmail.com");
  const tenantId = new URL(session.signIn.authority).pathname.split("/")[1] ?? "";
  const { challenge } = await pkcePair();
  const params = authorizeParams(challenge, { nonce: session.signIn.nonce, ui_locales: lang });
  const handOver = handOverOf((await openAuthorize(tenantId, { response_type: "code", ...params, login_hint: "kim@gmail.com" })).location);
  if (!handOver) throw new Error("no hand-over to Google");
  const page = await openAuthorize(handOver.segment, handOver.params);
  return { status: page.status, page: show(page.html ?? "") };
}

/** Submits the form around `button` the way the popup's page script does (a fetch), and shows the answer. */
async function press(button: HTMLElement) {
  const form = button.closest("form")!;
  const res = await fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form) as never) });
  return show(await res.text());
}

const COPY = {
  en: {
    heading400: "400. That’s an error.",
    clear: "Clear this browser's cookies for Google and try again",
    signIn: "Sign in",
    email: "Email or phone",
    heading403: "403. That’s an error.",
    code403: "Error: disallowed_useragent",
    chooser: "Choose an account",
    headerSwitch: 'The guest\'s browser sends Google an oversized cookie header ("header too long")',
    webViewSwitch: "The app signs in inside an embedded web view (Google blocks it)",
    tab: "Tenant settings",
    save: "Save settings",
    studio: "Demo studio",
    headerExplain: "Google: header too long",
    headerFix: /The way out is the guest's: clear the browser's cookies for Google, or open a private or incognito window/,
    webViewExplain: "Google: sign-in inside an embedded web view is blocked",
    webViewFix: /The fix is the app developer's: sign in with the system browser/,
  },
  nl: {
    heading400: "400. Dat is een fout.",
    clear: "Cookies voor Google in deze browser wissen en opnieuw proberen",
    signIn: "Aanmelden",
    email: "E-mailadres of telefoonnummer",
    heading403: "403. Dat is een fout.",
    code403: "Fout: disallowed_useragent",
    chooser: "Kies een account",
    headerSwitch: 'De browser van de gast stuurt Google een te grote cookieheader ("header te lang")',
    webViewSwitch: "De app meldt aan in een ingesloten webweergave (Google blokkeert dat)",
    tab: "Tenantinstellingen",
    save: "Instellingen opslaan",
    studio: "Demostudio",
    headerExplain: "Google: header te lang",
    headerFix: /De uitweg ligt bij de gast: de cookies voor Google in de browser wissen, of een privé- of incognitovenster openen/,
    webViewExplain: "Google: aanmelden in een ingesloten webweergave is geblokkeerd",
    webViewFix: /De oplossing ligt bij de ontwikkelaar van de app: aanmelden via de systeembrowser/,
  },
} as const;

async function openStudio(language: "en" | "nl", tab?: string) {
  const user = userEvent.setup();
  renderApp("/mailbox/kim@gmail.com", { language });
  await user.click(await screen.findByRole("button", { name: "Studio" }));
  if (tab) await user.click(await screen.findByRole("tab", { name: tab }));
  return { user, studio: screen.getByRole("complementary", { name: COPY[language].studio }) };
}

describe.each(["en", "nl"] as const)('Google\'s "header too long" (%s)', (lang) => {
  const copy = COPY[lang];

  it("S18 §4.3 Google's own 400 page, no AADSTS code; the simulated browser clears Google's cookies: Google's sign-in page", async () => {
    loadScenario("google-header-too-long");
    const { status, page } = await googlePage(lang);
    expect(status).toBe(400);
    expect(page.getByRole("heading", { level: 1, name: copy.heading400 })).toBeTruthy();
    expect(page.queryByText(/AADSTS/)).toBeNull();
    // The way out is the simulated browser's, in the simulator's strip outside Google's page.
    const strip = page.getByRole("complementary", { name: "Simulator" });
    const next = await press(within(strip).getByRole("button", { name: copy.clear }));
    expect(next.getByRole("heading", { level: 1, name: copy.signIn })).toBeTruthy();
    expect(next.getByRole("textbox", { name: copy.email })).toBeTruthy();
    expect(world.read((s) => s.tenants[0]!.policies.googleHeaderTooLong)).toBe(false);
  });

  it("§4.3 the studio's switch is on in the scenario, and the explain panel names the cause and the guest's way out", async () => {
    loadScenario("google-header-too-long");
    const settings = await openStudio(lang, copy.tab);
    expect(await within(settings.studio).findByRole("checkbox", { name: copy.headerSwitch })).toBeChecked();
    await settings.user.click(screen.getByRole("tab", { name: lang === "nl" ? "Waarom dit?" : "Why this?" }));
    await within(settings.studio).findByRole("heading", { name: copy.headerExplain });
    expect(within(settings.studio).getByText(copy.headerFix)).toBeTruthy();
  });
});

describe.each(["en", "nl"] as const)("Google's embedded web-view block (%s)", (lang) => {
  const copy = COPY[lang];

  it("§4.3 Google's own 403 page with disallowed_useragent; the studio's switch off: Google's account chooser", async () => {
    loadScenario("google-web-view-blocked");
    const { status, page } = await googlePage(lang);
    expect(status).toBe(403);
    expect(page.getByRole("heading", { level: 1, name: copy.heading403 })).toBeTruthy();
    expect(page.getByText(copy.code403)).toBeTruthy();
    expect(page.queryByRole("button")).toBeNull();
    const { user, studio } = await openStudio(lang, copy.tab);
    const webView = await within(studio).findByRole("checkbox", { name: copy.webViewSwitch });
    expect(webView).toBeChecked();
    await user.click(webView);
    await user.click(within(studio).getByRole("button", { name: copy.save }));
    await waitFor(() => expect(world.read((s) => s.tenants[0]!.policies.embeddedWebView)).toBe(false));
    const again = await googlePage(lang);
    expect(again.page.getByRole("heading", { level: 1, name: copy.chooser })).toBeTruthy();
  });

  it("§4.3 the explain panel names the cause and the developer's fix while the switch is on", async () => {
    loadScenario("google-web-view-blocked");
    const { studio } = await openStudio(lang);
    await within(studio).findByRole("heading", { name: copy.webViewExplain });
    expect(within(studio).getByText(copy.webViewFix)).toBeTruthy();
    expect(within(studio).queryByRole("heading", { name: copy.headerExplain })).toBeNull();
  });
});
