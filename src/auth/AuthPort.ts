// The SPA's view of sign-in. The real adapter is MSAL (msal.ts); jsdom tests use a fake one.
export interface SignInRequest {
  /** The resource tenant's authority, as the backend names it (the tenant hands over to the guest's home IdP). */
  authority: string;
  loginHint: string;
  /** `consumers` or `organizations` when the guest chose one of two accounts of the same address. */
  domainHint?: string;
  /** Absent: Entra's own choice, so a browser session signs in without a prompt (addendum §10). */
  prompt?: "select_account";
  /** The nonce the backend asked for; the id token must carry it. */
  nonce: string;
  language: string;
  /** Returned with a redirect-flow result, so the app knows which redemption it belongs to. */
  sessionId: string;
}

export interface SignInResult {
  idToken: string;
  sessionId?: string;
}

/** Why an interactive sign-in failed, in the words the UI branches on. */
export type SignInFailure = "popup-blocked" | "popup-closed" | "timed-out" | "busy" | "other";

export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly code: string,
  ) {
    super(`Sign-in failed: ${code}`);
    this.name = "SignInError";
  }
}

export interface AuthPort {
  /** Opens the popup. Must be called directly in a click handler: no await before it. */
  signInWithPopup(request: SignInRequest): Promise<SignInResult>;
  /**
   * Single sign-on without a window (MSAL's ssoSilent: a hidden iframe with prompt=none): succeeds when the
   * browser is signed in at the login host (addendum §10.3), fails at once otherwise.
   */
  signInSilently(request: SignInRequest): Promise<SignInResult>;
  /** Fallback when a popup cannot be used: leaves the page and comes back with a result. */
  signInWithRedirect(request: SignInRequest): Promise<void>;
  /** A result that arrived through the redirect flow, handed out once. */
  takeRedirectResult(): SignInResult | undefined;
  isBusy(): boolean;
  /** MSAL is loaded and initialized: a click can open the popup synchronously. */
  isReady(): boolean;
  /** Start loading the sign-in library (after first paint, when a sign-in is coming). */
  prepare(): void;
  subscribe(listener: () => void): () => void;
}
