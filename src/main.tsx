// Bootstrap: settings → first render; the fake world (when mocks are on) starts when first needed. The app
// paints before the mock service worker runs (its ~70 KB would delay the first paint, docs/decisions/0018);
// requests and MSAL wait for it (api/backend.ts), so none escapes it. The fake IdP's popup page is the exception: it
// is not the app, so it only starts the worker. MSAL loads later, when a sign-in is coming (auth/lazyAuth.ts).
import "./styles.css";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { backendStartsWith, startBackend } from "./api/backend";
import { MOCK_IDP_PAGE_PREFIX } from "./api/endpoints";
import { App, createQueryClient } from "./app/App";
import { preloadScreenAt } from "./app/routes";
import { createLazyAuth } from "./auth/lazyAuth";
import { readConfig, type AppConfig } from "./config";
import { initI18n } from "./i18n";
import type { FakeWorldPage } from "../mocks/browser";

async function startMocks(config: AppConfig, page: FakeWorldPage) {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) {
    throw Object.assign(new Error("Service workers are unavailable here."), { code: "MockServiceWorkerUnavailable" });
  }
  // The one seam between the product and the fake world.
  const { startFakeWorld } = await import("../mocks/browser");
  return startFakeWorld({ clientId: config.clientId, baseUrl: config.baseUrl, page });
}

/**
 * msw reloads a page that no worker controls while its worker is registered (after a hard reload, or when
 * the worker unregistered itself as its last page closed). Such a page starts the worker before painting,
 * so the reload never takes a page the guest already sees.
 */
async function workerWillReloadPage(): Promise<boolean> {
  if (!("serviceWorker" in navigator) || navigator.serviceWorker.controller) return false;
  const registrations = await navigator.serviceWorker.getRegistrations();
  return registrations.some((registration) => (registration.active?.scriptURL ?? "").endsWith("/mockServiceWorker.js"));
}

async function showStartupError(root: Root, error: unknown) {
  console.error("[startup]", error);
  const { StartupError } = await import("./app/StartupError");
  root.render(<StartupError error={error} />);
}

async function boot() {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  await initI18n();
  let config: AppConfig;
  try {
    config = readConfig();
  } catch (error) {
    return showStartupError(root, error);
  }
  // Static check first, so the product build (VITE_MOCKS=off) drops the fake world entirely.
  const mocksOn = import.meta.env.VITE_MOCKS !== "off" && config.mocks;
  const base = config.baseUrl.replace(/\/$/, "");
  if (mocksOn && window.location.pathname.startsWith(`${base}${MOCK_IDP_PAGE_PREFIX}`)) {
    // The MSAL popup on the fake IdP's page: the worker renders that page; the app never starts here.
    return startMocks(config, "fake-idp-page").catch((error: unknown) => showStartupError(root, error));
  }
  if (mocksOn) {
    backendStartsWith(() =>
      startMocks(config, "app").catch((error: unknown) => {
        void showStartupError(root, error);
        throw error;
      }),
    );
    // msw reloads such a page as it starts: let that happen before anything is painted.
    if (await workerWillReloadPage()) {
      try {
        await startBackend();
      } catch {
        return; // the startup error screen is showing
      }
    }
  }
  // The first screen's code and strings before the first render, so it shows that screen rather than
  // "Loading…" (see preloadScreenAt); if they fail to load, the screen's error boundary says so.
  await preloadScreenAt(window.location.pathname.slice(base.length) || "/").catch(() => undefined);
  root.render(
    <StrictMode>
      <BrowserRouter basename={base || undefined}>
        <App auth={createLazyAuth(config)} queryClient={createQueryClient()} />
      </BrowserRouter>
    </StrictMode>,
  );
}

void boot();
