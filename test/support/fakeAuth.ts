// The fake AuthPort for jsdom screen tests: no popup, but the same fake IdP over HTTP, so the backend
// still receives a real, signed id token. Real MSAL is exercised by the end-to-end suite.
import { SignInError, type AuthPort, type SignInFailure, type SignInRequest } from "../../src/auth/AuthPort";
import { DEMO_PASSWORD } from "../../mocks/scenarios";
import { createStore } from "../../src/lib/store";
import { signInAtFakeIdp, silentSignInAtFakeIdp } from "./oauth";

export interface FakeAuth extends AuthPort {
  /** Who "types" into the popup next. */
  account: { email: string; password: string };
  /** Make the next popup fail like MSAL would. */
  failNextWith?: SignInFailure;
  redirects: SignInRequest[];
  popups: SignInRequest[];
  /** Silent single sign-on attempts (a hidden iframe with prompt=none in the real adapter). */
  silent: SignInRequest[];
}

export function createFakeAuth(email = "alex@fabrikam.com"): FakeAuth {
  const busy = createStore(false);
  const fake: FakeAuth = {
    account: { email, password: DEMO_PASSWORD },
    redirects: [],
    popups: [],
    silent: [],
    async signInWithPopup(request) {
      fake.popups.push(request);
      const failure = fake.failNextWith;
      fake.failNextWith = undefined;
      busy.set(true);
      try {
        if (failure) throw new SignInError(failure, `fake_${failure}`);
        const idToken = await signInAtFakeIdp(request, fake.account.email, fake.account.password);
        return { idToken, sessionId: request.sessionId };
      } finally {
        busy.set(false);
      }
    },
    async signInSilently(request) {
      fake.silent.push(request);
      const idToken = await silentSignInAtFakeIdp(request).catch(() => undefined);
      if (!idToken) throw new SignInError("other", "login_required");
      return { idToken, sessionId: request.sessionId };
    },
    async signInWithRedirect(request) {
      fake.redirects.push(request);
    },
    takeRedirectResult: () => undefined,
    isBusy: busy.get,
    isReady: () => true,
    prepare: () => undefined,
    subscribe: busy.subscribe,
  };
  return fake;
}
