// Runs inside the MSAL popup (or any window sent to the fake Entra) on MOCK_IDP_PAGE_PREFIX. This window has started its own msw client, so the
// sign-in pages it fetches and the forms it posts are answered by the fake IdP. On success it goes to the
// redirect bridge with the code; if the guest closes the window first, it tells MSAL so on the bridge's
// channel (docs/decisions/0003: real MSAL v5 would only notice at popupBridgeTimeout).
import { MOCK_IDP_API } from "../../src/api/endpoints";

/** microsoft.com/devicelogin's tab (decision 0084): a separate browser, not the app's sign-in window. */
const DEVICE_LOGIN = "devicelogin";

/**
 * `reloading`: msw reloads a page that no worker controlled when it loaded (the worker was still
 * installing, e.g. just after the app page reloaded). That reload is not the guest closing the window, so
 * it must not tell MSAL so.
 */
export async function runFakeIdpPopup({ reloading }: { reloading: boolean }): Promise<void> {
  const url = new URL(window.location.href);
  const tenant = url.pathname.split("/")[2] ?? "";
  let finished = false;
  let typed = new Map<string, string>();

  // The resource tenant hands the guest over to the home IdP in this window (addendum §11.1): that page's
  // URL no longer carries MSAL's state, so the window remembers which bridge channel it answers on.
  // The device sign-in tab stands for a separate browser: it answers no sign-in window's channel.
  const channelId =
    tenant === DEVICE_LOGIN
      ? undefined
      : (bridgeChannelId(url.searchParams.get("state")) ?? sessionStorage.getItem(BRIDGE_CHANNEL_KEY) ?? undefined);
  if (channelId) sessionStorage.setItem(BRIDGE_CHANNEL_KEY, channelId);
  window.addEventListener("pagehide", () => {
    if (finished || reloading || !channelId) return;
    const channel = new BroadcastChannel(channelId);
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel, not a window
    channel.postMessage({ v: 1, payload: "" });
    channel.close();
  });

  async function show(response: Response): Promise<void> {
    if (response.headers.get("Content-Type")?.includes("json")) {
      const { location } = (await response.json()) as { location: string };
      finished = true;
      window.location.replace(location);
      return;
    }
    render(await response.text());
  }

  let polling: ReturnType<typeof setInterval> | undefined;

  function render(html: string): void {
    clearInterval(polling);
    const page = new DOMParser().parseFromString(html, "text/html");
    document.documentElement.lang = page.documentElement.lang;
    document.title = page.title;
    // The identity provider's page has its own look: the app shell's stylesheets must not reach it.
    document.head.querySelectorAll('style, link[rel="stylesheet"]').forEach((node) => node.remove());
    for (const style of page.head.querySelectorAll("style")) {
      style.setAttribute("data-fake-idp", "");
      document.head.append(document.importNode(style, true));
    }
    document.body.replaceWith(document.importNode(page.body, true));
    // Presenter mode (src/app/Layout.tsx keeps it in the tab's sessionStorage, which a popup inherits from its
    // opener) hides the simulator's strip here too: only what a real guest would see.
    document.documentElement.classList.toggle("presenter", sessionStorage.getItem("b2b-simulator/presenter") === "1");
    // response_mode=form_post: the page is an auto-submitting form that posts the response to the client.
    const autoSubmit = document.querySelector<HTMLFormElement>("form[data-auto-submit]");
    if (autoSubmit) {
      finished = true;
      HTMLFormElement.prototype.submit.call(autoSubmit);
      return;
    }
    for (const form of document.querySelectorAll("form")) {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        // The pressed button's name=value goes with the form, as in a browser's own submission ("Stay signed in?"
        // has Yes and No in one form): read before the buttons are disabled, which would drop it.
        const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
        const body = new URLSearchParams(new FormData(form, submitter) as unknown as Record<string, string>);
        for (const button of form.querySelectorAll("button")) button.disabled = true;
        // What was typed in password fields stays in this window: the next page may ask for some of it back.
        typed = new Map([...form.querySelectorAll<HTMLInputElement>('input[type="password"]')].map((i) => [i.name, i.value]));
        fetch(form.action, { method: "POST", body }).then(show, () => render(html));
      });
    }
    // A refused form (the update-password page, AADSTS50055) gets back what the guest typed where that is
    // safe: the page marks those fields; the server's answer never holds a password.
    for (const input of document.querySelectorAll<HTMLInputElement>("input[data-keep]")) input.value = typed.get(input.name) ?? "";
    typed = new Map();
    wireErrorPage();
    // Microsoft's device sign-in flow (decision 0084): the web view's page asks every two seconds whether the
    // separate browser has finished; 204 means not yet, anything else is the next page (or where to go).
    const pollUrl = document.querySelector<HTMLElement>("[data-poll]")?.dataset.poll;
    if (pollUrl) {
      let asking = false;
      polling = setInterval(() => {
        if (asking) return;
        asking = true;
        fetch(pollUrl)
          .then(async (response) => {
            if (response.status === 204) return;
            clearInterval(polling);
            await show(response);
          })
          .catch(() => undefined)
          .finally(() => (asking = false));
      }, 2000);
    }
    const target = document.querySelector<HTMLElement>("[autofocus]") ?? document.querySelector<HTMLElement>("h1");
    // Drawn as a keyboard ring only after a key press: never in a freshly opened window, nor after a click
    // (issue 12 §1), as on the app's pages (src/ui/StepHeading.tsx).
    target?.focus({ focusVisible: keyboard });
  }

  let keyboard = false;
  document.addEventListener("keydown", () => (keyboard = true), true);
  document.addEventListener("pointerdown", () => (keyboard = false), true);

  // A tile's options menu (<details>) closes on Escape, back to its button, and on a click elsewhere.
  document.addEventListener("keydown", (event) => {
    const open = document.querySelector<HTMLDetailsElement>("details[open]");
    if (event.key !== "Escape" || !open) return;
    open.open = false;
    open.querySelector<HTMLElement>("summary")?.focus();
  });
  document.addEventListener("click", (event) => {
    for (const open of document.querySelectorAll<HTMLDetailsElement>("details[open]")) {
      if (!open.contains(event.target as Node)) open.open = false;
    }
  });

  // /mock-idp/<tenant>/oauth2/v2.0/authorize or …/logout (end session).
  const endpoint = url.pathname.endsWith("/logout") ? "logout" : "authorize";
  await show(await fetch(`${url.origin}${MOCK_IDP_API}/${tenant}/${endpoint}${url.search}`));
}

/**
 * The buttons of Entra's error page (mocks/idp/pages.ts errorPage): "More details" and Close show and hide
 * the troubleshooting details (Close gives the focus back to "More details"), Copy puts them on the
 * clipboard, and the flagging switch turns into "Disable flagging" and back.
 */
function wireErrorPage(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-toggle]")) {
    button.addEventListener("click", () => {
      const panel = document.getElementById(button.dataset.toggle ?? "");
      const more = document.querySelector<HTMLButtonElement>(`button[aria-controls="${panel?.id ?? ""}"]`);
      if (!panel || !more) return;
      panel.hidden = !panel.hidden;
      more.setAttribute("aria-expanded", String(!panel.hidden));
      if (panel.hidden) more.focus();
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    button.addEventListener("click", () => {
      const facts = document.getElementById(button.dataset.copy ?? "");
      const lines = [...(facts?.querySelectorAll("dt") ?? [])].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent ?? ""}`,
      );
      void navigator.clipboard?.writeText(lines.join("\n")).then(() => {
        button.textContent = button.dataset.copied ?? button.textContent;
      });
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-flag]")) {
    const labels = [button.textContent ?? "", button.dataset.flag ?? ""];
    let on = false;
    button.addEventListener("click", () => {
      on = !on;
      button.textContent = labels[on ? 1 : 0] ?? "";
    });
  }
}

const BRIDGE_CHANNEL_KEY = "fake-idp/bridge-channel";

/** MSAL's state is `<base64 JSON {id, meta}>|<app state>`; `id` names the bridge's BroadcastChannel. */
function bridgeChannelId(state: string | null): string | undefined {
  try {
    const libraryPart = (state ?? "").split("|")[0] ?? "";
    const json = atob(libraryPart.replace(/-/g, "+").replace(/_/g, "/"));
    const id = (JSON.parse(json) as { id?: unknown }).id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}
