import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import { useWhenNetworkIdle } from "../api/idle";
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

/** True once the sign-in library is loaded; asks for it once the page has shown (its requests are done). */
export function useAuthReady(): boolean {
  const auth = useAuth();
  useWhenNetworkIdle(useCallback(() => auth.prepare(), [auth]));
  return useSyncExternalStore(auth.subscribe, auth.isReady);
}
