// S19, Microsoft's device sign-in flow for a Gmail guest in an embedded web view (spec §4.3; decision 0084), by role
// and accessible name, en + nl: the web view's code page, then microsoft.com/devicelogin in a separate browser (enter
// code, e-mail again, Google's password, "Are you trying to sign in", Continue, the confirmation).
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { TEST_ORIGIN } from "../../mocks/node";
import { MOCK_IDP_API } from "../../src/api/endpoints";
import { loadScenario, startSessionFor } from "../support/api";
import { authorizeParams, openAuthorize, pkcePair } from "../support/oauth";
import userEvent from "@testing-library/user-event";
import { renderApp } from "../support/render";

function show(html: string) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const container = document.createElement("div");
  container.innerHTML = doc.body.innerHTML;
  document.body.replaceChildren(container);
  return within(container);
}

/** Submits the form of `button` as the popup's page script does (a fetch with the button's name and value). */
async function press(button: HTMLElement) {
  const form = button.closest("form")!;
  const body = new URLSearchParams(new FormData(form) as never);
  const { name, value } = button as HTMLButtonElement;
  if (name) body.set(name, value);
  return show(await (await fetch(form.action, { method: "POST", body })).text());
}

const COPY = {
  en: {
    wait: "Enter the code in a separate browser",
    open: "Open https://microsoft.com/devicelogin in a separate browser (simulated: a new tab)",
    enter: "Enter code",
    code: "Code",
    next: "Next",
    signIn: "Sign in",
    email: "Email",
    password: "Password",
    googleSignIn: "Sign in",
    confirm: /^Are you trying to sign in to .+\?$/,
    cont: "Continue",
    cancel: "Cancel",
    done: /You have signed in to .+ on your device\. You can close this window now\./,
    switchLabel: "In a web view, Microsoft's device sign-in flow takes over for Gmail guests",
  },
  nl: {
    wait: "Voer de code in een aparte browser in",
    open: "https://microsoft.com/devicelogin openen in een aparte browser (gesimuleerd: een nieuw tabblad)",
    enter: "Code invoeren",
    code: "Code",
    next: "Volgende",
    signIn: "Aanmelden",
    email: "E-mail",
    password: "Wachtwoord",
    googleSignIn: "Aanmelden",
    confirm: /^Probeer je je aan te melden bij .+\?$/,
    cont: "Doorgaan",
    cancel: "Annuleren",
    done: /Je bent aangemeld bij .+ op je apparaat\. Je kunt dit venster nu sluiten\./,
    switchLabel: "In een webweergave neemt de apparaataanmelding van Microsoft het over voor Gmail-gasten",
  },
} as const;

describe.each(["en", "nl"] as const)("S19 device sign-in flow (%s)", (lang) => {
  const copy = COPY[lang];

  it("S19 §4.3 the web view's code page, then the separate browser's pages up to the confirmation", async () => {
    loadScenario("google-device-sign-in");
    const user = userEvent.setup();
    const session = await startSessionFor("kim@gmail.com");
    const tenantId = new URL(session.signIn.authority).pathname.split("/")[1] ?? "";
    const { challenge } = await pkcePair();
    const params = authorizeParams(challenge, { nonce: session.signIn.nonce, ui_locales: lang });
    const first = await openAuthorize(tenantId, { response_type: "code", ...params, login_hint: "kim@gmail.com" });
    const webView = show(first.html ?? "");
    expect(webView.getByRole("heading", { level: 1, name: copy.wait })).toBeTruthy();
    expect(webView.getByText(/https:\/\/microsoft\.com\/devicelogin/, { selector: "main p" })).toBeTruthy();
    const code = webView.getByText(/^[A-Z0-9]{9}$/).textContent ?? "";
    expect(webView.getByRole("status")).toBeTruthy();
    const link = within(webView.getByRole("complementary", { name: "Simulator" })).getByRole("link", { name: copy.open });
    expect(link).toHaveAttribute("target", "_blank");

    // The separate browser (the link's new tab).
    const tab = new URL(link.getAttribute("href") ?? "", TEST_ORIGIN);
    const enter = show(await (await fetch(`${TEST_ORIGIN}${MOCK_IDP_API}/devicelogin/authorize${tab.search}`)).text());
    expect(enter.getByRole("heading", { level: 1, name: copy.enter })).toBeTruthy();
    await user.type(enter.getByRole("textbox", { name: copy.code }), code);
    const email = await press(enter.getByRole("button", { name: copy.next }));
    expect(email.getByRole("heading", { level: 1, name: copy.signIn })).toBeTruthy();
    await user.type(email.getByRole("textbox", { name: copy.email }), "kim@gmail.com");
    const google = await press(email.getByRole("button", { name: copy.next }));
    expect(google.getByText("kim@gmail.com")).toBeTruthy();
    await user.type(google.getByLabelText(copy.password), DEMO_PASSWORD);
    const confirm = await press(google.getByRole("button", { name: copy.googleSignIn }));
    expect(confirm.getByRole("heading", { level: 1, name: copy.confirm })).toBeTruthy();
    expect(confirm.getByRole("button", { name: copy.cancel })).toBeTruthy();
    const done = await press(confirm.getByRole("button", { name: copy.cont }));
    expect(done.getByText(copy.done)).toBeTruthy();
  });

  it("S19 the studio's switch is on in the scenario, beside the web view's", async () => {
    loadScenario("google-device-sign-in");
    const user = userEvent.setup();
    renderApp("/mailbox/kim@gmail.com", { language: lang });
    await user.click(await screen.findByRole("button", { name: "Studio" }));
    await user.click(await screen.findByRole("tab", { name: lang === "nl" ? "Tenantinstellingen" : "Tenant settings" }));
    expect(await screen.findByRole("checkbox", { name: copy.switchLabel })).toBeChecked();
  });
});
