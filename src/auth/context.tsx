import { createContext, useContext, useEffect, useSyncExternalStore } from "react";
import type { AuthPort } from "./AuthPort";

const AuthContext = createContext<AuthPort | null>(null);
export const AuthProvider = AuthContext.Provider;

export function useAuth(): AuthPort {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth() outside <AuthProvider>");
  return auth;
}

/** True while a sign-in window or redirect is under way: interactive buttons are disabled then. */
export function useAuthBusy(): boolean {
  const auth = useAuth();
  return useSyncExternalStore(auth.subscribe, auth.isBusy);
}

/** True once the sign-in library is loaded; asks for it to be loaded after first paint. */
export function useAuthReady(): boolean {
  const auth = useAuth();
  useEffect(() => {
    // After first paint, so the page shows before the library downloads.
    const timer = window.setTimeout(() => auth.prepare(), 0);
    return () => window.clearTimeout(timer);
  }, [auth]);
  return useSyncExternalStore(auth.subscribe, auth.isReady);
}
