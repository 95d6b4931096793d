// TanStack Query options and mutations, one per endpoint of the redemption, mailbox and demo APIs.
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./client";
import {
  demoState,
  invitationView,
  mailboxView,
  organizationView,
  sessionView,
  type InvitationLocator,
  type ScenarioId,
  type SessionView,
} from "./contract";

export const invitationQuery = (locator: InvitationLocator) =>
  queryOptions({
    queryKey: ["invitation", locator],
    queryFn: () => apiRequest(`/invitation?${new URLSearchParams(locator).toString()}`, invitationView),
  });

export const sessionQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["session", sessionId],
    queryFn: () => apiRequest(`/sessions/${encodeURIComponent(sessionId)}`, sessionView),
  });

export const mailboxQuery = (address: string) =>
  queryOptions({
    queryKey: ["mailbox", address],
    queryFn: () => apiRequest(`/mailbox/${encodeURIComponent(address)}`, mailboxView),
    // A second tab reads codes and invitations while the flow runs in the first.
    refetchInterval: 3000,
  });

export function useStartDirectSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { tenantId: string; email: string }) =>
      apiRequest("/direct-sessions", sessionView, { method: "POST", body: input }),
    onSuccess: (session) => client.setQueryData(sessionQuery(session.id).queryKey, session),
  });
}

export const organizationQuery = (by: { domain: string } | { tenantId: string }) =>
  queryOptions({
    queryKey: ["organization", by],
    queryFn: () => apiRequest(`/organizations?${new URLSearchParams(by).toString()}`, organizationView),
    retry: false,
  });

export const demoQuery = () => queryOptions({ queryKey: ["demo"], queryFn: () => apiRequest("/demo", demoState) });

export function useStartScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scenarioId: ScenarioId) =>
      apiRequest("/demo/scenario", demoState, { method: "POST", body: { scenarioId } }),
    onSuccess: (state) => {
      client.clear();
      client.setQueryData(demoQuery().queryKey, state);
    },
  });
}

export function useStartSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (locator: InvitationLocator) => apiRequest("/sessions", sessionView, { method: "POST", body: locator }),
    onSuccess: (session) => client.setQueryData(sessionQuery(session.id).queryKey, session),
  });
}

type SessionAction =
  | { kind: "sign-in"; idToken: string }
  | { kind: "restart-sign-in" }
  | { kind: "choose"; account: "entra" | "microsoft-account" }
  | { kind: "passcode/send" }
  | { kind: "passcode/verify"; code: string }
  | { kind: "signup/password"; password: string }
  | { kind: "signup/resend-code" }
  | { kind: "signup/verify"; code: string }
  | { kind: "signup/name"; firstName: string; lastName: string }
  | { kind: "signup/profile"; country: string; birthDate: string }
  | { kind: "signup/back" }
  | { kind: "consent"; decision: "accept" | "cancel" };

/** Every step action answers with the session's new state, which the step guard then follows. */
export function useSessionAction(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: SessionAction): Promise<SessionView> => {
      const { kind, ...body } = action;
      return apiRequest(`/sessions/${encodeURIComponent(sessionId)}/${kind}`, sessionView, { method: "POST", body });
    },
    onSuccess: (session) => client.setQueryData(sessionQuery(sessionId).queryKey, session),
    // A refused action may still have changed the session (an attempt counted, a lock-out, another tab).
    onError: () => client.invalidateQueries({ queryKey: sessionQuery(sessionId).queryKey }),
  });
}
