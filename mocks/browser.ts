// The fake world in the browser: the msw service worker, with the world persisted in localStorage so a
// reload, the MSAL popup and a second tab all see the same state.
import { setupWorker } from "msw/browser";
import { SIMULATOR_CLIENT_ID } from "../src/api/endpoints";
import { localStorageStorage, World } from "./db";
import { createHandlers } from "./handlers";
import { buildScenario, DEFAULT_SCENARIO } from "./scenarios";

export async function startFakeWorld(options: { clientId?: string; baseUrl: string }): Promise<void> {
  const appOrigin = window.location.origin;
  const world = new World({
    storage: localStorageStorage(),
    seed: (ctx) => buildScenario(DEFAULT_SCENARIO, ctx),
    appOrigin,
  });
  const worker = setupWorker(
    ...createHandlers({ world, appOrigin, clientId: options.clientId ?? SIMULATOR_CLIENT_ID }),
  );
  await worker.start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledFrame: "bypass",
    quiet: true,
  });
}
