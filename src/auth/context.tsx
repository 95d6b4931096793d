import { createContext, useContext, useSyncExternalStore } from "react";
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
