// MSAL is about 70 KB gzip: it is loaded only when a sign-in is coming (the invitation page and the
// sign-in step call prepare() after first paint), or at once when the page comes back from the redirect
// fallback. Until it is ready the sign-in button waits, because the popup must open synchronously on click.
import { backendReady } from "../api/backend";
import type { AppConfig } from "../config";
import { createStore } from "../lib/store";
import { SignInError, type AuthPort } from "./AuthPort";

/** MSAL v5 marks a redirect under way in sessionStorage; the page that comes back must finish it. */
function returningFromRedirect(): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith("msal.") && key.includes("interaction"));
  } catch {
    return false;
  }
}

export function createLazyAuth(config: AppConfig): AuthPort {
  let loading: Promise<void> | undefined;
  /** MSAL once loaded, and whether it is busy: a new snapshot whenever either changes. */
  const state = createStore<{ inner?: AuthPort; busy: boolean }>({ busy: false });

  function prepare(): void {
    // MSAL talks to the identity provider at once, which in the demo is the fake world: wait for it.
    loading ??= Promise.all([import("./msal"), backendReady()])
      .then(([{ createMsalAuth }]) => createMsalAuth(config))
      .then((auth) => {
        const follow = () => state.set({ inner: auth, busy: auth.isBusy() });
        auth.subscribe(follow);
        follow();
      })
      .catch((error: unknown) => {
        loading = undefined;
        console.error("[auth] MSAL could not be loaded", error);
      });
  }
  if (returningFromRedirect()) prepare();

  const ready = (): AuthPort => {
    const { inner } = state.get();
    if (!inner) throw new SignInError("busy", "msal_not_ready");
    return inner;
  };
  return {
    signInWithPopup: (request) => ready().signInWithPopup(request),
    signInWithRedirect: (request) => ready().signInWithRedirect(request),
    signInSilently: (request) => ready().signInSilently(request),
    takeRedirectResult: () => state.get().inner?.takeRedirectResult(),
    isBusy: () => state.get().busy,
    isReady: () => state.get().inner !== undefined,
    prepare,
    subscribe: state.subscribe,
  };
}
