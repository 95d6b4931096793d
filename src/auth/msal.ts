// The real adapter: @azure/msal-browser v5 against the authority the backend names (the fake Entra by
// default, or a real tenant from VITE_MSAL_AUTHORITY). Popup first, redirect as the fallback.
import { BrowserAuthErrorCodes, PublicClientApplication, type AuthenticationResult } from "@azure/msal-browser";
import { REDIRECT_BRIDGE_PATH } from "../api/endpoints";
import type { AppConfig } from "../config";
import { createStore } from "../lib/store";
import { errorCodeOf } from "./errorCode";
import { SignInError, type AuthPort, type SignInRequest, type SignInResult } from "./AuthPort";

const SCOPES = ["openid", "profile", "offline_access"];

function failureOf(error: unknown): SignInError {
  const code = errorCodeOf(error);
  switch (code) {
    case BrowserAuthErrorCodes.popupWindowError:
    case BrowserAuthErrorCodes.emptyWindowError:
      return new SignInError("popup-blocked", code);
    case BrowserAuthErrorCodes.userCancelled:
    // The fake IdP's page reports a closed window on the bridge channel (docs/decisions/0003).
    case "redirect_bridge_empty_response":
      return new SignInError("popup-closed", code);
    case BrowserAuthErrorCodes.timedOut:
      return new SignInError("timed-out", code);
    case BrowserAuthErrorCodes.interactionInProgress:
      return new SignInError("busy", code);
    default:
      return new SignInError("other", code);
  }
}

function toResult(result: AuthenticationResult): SignInResult {
  return { idToken: result.idToken, sessionId: result.state || undefined };
}

export async function createMsalAuth(config: AppConfig): Promise<AuthPort> {
  const redirectUri = new URL(`${config.baseUrl.replace(/\/$/, "")}${REDIRECT_BRIDGE_PATH}`, window.location.origin).toString();
  const pca = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.realAuthority ?? undefined,
      knownAuthorities: config.knownAuthorities,
      redirectUri,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  await pca.initialize();

  let redirectResult: SignInResult | undefined;
  try {
    const result = await pca.handleRedirectPromise();
    if (result) redirectResult = toResult(result);
  } catch (error) {
    console.warn("[auth] redirect sign-in did not complete", failureOf(error).code);
  }

  const busy = createStore(false);

  function requestFor(request: SignInRequest) {
    return {
      scopes: SCOPES,
      authority: config.realAuthority ?? request.authority,
      loginHint: request.loginHint,
      domainHint: request.domainHint,
      nonce: request.nonce,
      prompt: request.prompt,
      state: request.sessionId,
      extraQueryParameters: { ui_locales: request.language },
    };
  }

  return {
    async signInWithPopup(request) {
      if (busy.get()) throw new SignInError("busy", BrowserAuthErrorCodes.interactionInProgress);
      busy.set(true);
      try {
        // loginPopup opens the window synchronously (navigatePopups), so no await may come before it.
        return toResult(await pca.loginPopup(requestFor(request)));
      } catch (error) {
        throw failureOf(error);
      } finally {
        busy.set(false);
      }
    },
    async signInSilently(request) {
      try {
        return toResult(await pca.ssoSilent({ ...requestFor(request), prompt: "none" }));
      } catch (error) {
        throw failureOf(error);
      }
    },
    async signInWithRedirect(request) {
      busy.set(true);
      try {
        await pca.loginRedirect(requestFor(request));
      } catch (error) {
        busy.set(false);
        throw failureOf(error);
      }
    },
    takeRedirectResult() {
      const result = redirectResult;
      redirectResult = undefined;
      return result;
    },
    isBusy: busy.get,
    isReady: () => true,
    prepare: () => undefined,
    subscribe: busy.subscribe,
  };
}
