// The fake world in the browser: the msw service worker, with the world persisted in IndexedDB so a
// reload, the MSAL popup and a second tab all see the same state. This is the only module src/ imports
// from mocks/ (src/main.tsx), and only when mocks are on.
import { setupWorker } from "msw/browser";
import { createFakeEntra, showFakeIdpPage } from "./index";

export interface StartOptions {
  clientId: string;
  baseUrl: string;
  page: FakeWorldPage;
}

/** What the page shows once the fake world runs: the app, or (in the MSAL popup) the fake IdP's sign-in page. */
export type FakeWorldPage = "app" | "fake-idp-page";

/**
 * msw calls `registration.update()` on an existing worker without handling its failure. The worker
 * unregisters itself when its last page closes, so a page that loads just then gets a rejected update
 * ("Failed to update a ServiceWorker … Not found") although the worker still serves it. Only that
 * rejection is silenced; any other stays visible.
 */
function ignoreStaleWorkerUpdate(event: PromiseRejectionEvent) {
  const reason: unknown = event.reason;
  if (reason instanceof Error && /^Failed to update a ServiceWorker .*mockServiceWorker\.js/.test(reason.message)) {
    event.preventDefault();
  }
}

export async function startFakeWorld(options: StartOptions): Promise<void> {
  window.addEventListener("unhandledrejection", ignoreStaleWorkerUpdate);
  const fake = createFakeEntra({ appOrigin: window.location.origin, clientId: options.clientId, storage: "browser" });
  // msw reloads a page that no worker controls while one is registered: known before it starts.
  const reloading = !navigator.serviceWorker.controller && (await navigator.serviceWorker.getRegistrations()).length > 0;
  const worker = setupWorker(...fake.handlers);
  await worker.start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledFrame: "bypass",
    quiet: true,
  });
  if (options.page === "fake-idp-page") {
    await showFakeIdpPage({ reloading });
  }
}
