// Bootstrap: settings → fake world (when mocks are on) → first render. Nothing renders before the worker
// runs, so no first-paint request escapes it. MSAL loads later, when a sign-in is coming (auth/lazyAuth.ts;
// docs/decisions/0018).
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App, createQueryClient } from "./app/App";
import { createLazyAuth } from "./auth/lazyAuth";
import { readConfig } from "./config";
import { initI18n } from "./i18n";

async function startMocks(config: ReturnType<typeof readConfig>) {
  // Static check first, so the product build (VITE_MOCKS=off) drops the fake world entirely.
  if (import.meta.env.VITE_MOCKS === "off" || !config.mocks) return "app" as const;
  if (!("serviceWorker" in navigator) || !window.isSecureContext) {
    throw Object.assign(new Error("Service workers are unavailable here."), { code: "MockServiceWorkerUnavailable" });
  }
  // The one seam between the product and the fake world.
  const { startFakeWorld } = await import("../mocks/browser");
  return startFakeWorld({ clientId: config.clientId, baseUrl: config.baseUrl });
}

async function boot() {
  const root = document.getElementById("root");
  if (!root) return;
  const config = readConfig();
  await initI18n();
  try {
    if ((await startMocks(config)) === "fake-idp-page") return;
    const auth = createLazyAuth(config);
    createRoot(root).render(
      <StrictMode>
        <BrowserRouter basename={config.baseUrl.replace(/\/$/, "") || undefined}>
          <App auth={auth} queryClient={createQueryClient()} />
        </BrowserRouter>
      </StrictMode>,
    );
  } catch (error) {
    const { renderStartupError } = await import("./app/StartupError");
    renderStartupError(root, error);
  }
}

void boot();
