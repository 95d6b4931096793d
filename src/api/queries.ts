// TanStack Query options and mutations, one per endpoint of the redemption, mailbox and demo APIs.

import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, rawRequest } from "./client";
import type { SessionAction } from "./flow";
import * as v from "valibot";
import {
  blockedOrganizations,
  browserSessionsView,
  passwordLockoutsView,
  workPasswordsView,
  myApps,
  myOrganizations,
  phoneView,
  demoState,
  invitationView,
  mailboxView,
  organizationView,
  sessionView,
  type InvitationLocator,
  type ScenarioId,
  type StartAt,
  type TenantSettings,
  type FaultSettings,
  tenantSettings,
  type SessionView,
} from "./contract";

const blockResult = v.object({ organization: v.string() });
const sentResult = v.object({ sent: v.boolean() });

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

export const phoneQuery = () =>
  queryOptions({
    queryKey: ["phone"],
    queryFn: () => apiRequest("/phone", phoneView),
    // A phone receives messages whether or not its tab is in front.
    refetchInterval: 1500,
    refetchIntervalInBackground: true,
  });

export function useAnswerPush() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { pushId: string; decision: "approve" | "deny"; number?: number }) =>
      apiRequest(`/phone/pushes/${encodeURIComponent(input.pushId)}`, phoneView, {
        method: "POST",
        body: { decision: input.decision, number: input.number },
      }),
    onSuccess: (phone) => client.setQueryData(phoneQuery().queryKey, phone),
  });
}

/** A verification call on the phone: answer, decline, or press a key (addendum §12.4 S47). */
export function useAnswerCall() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { callId: string; action: "answer" | "decline" | "press"; key?: string }) =>
      apiRequest(`/phone/calls/${encodeURIComponent(input.callId)}`, phoneView, {
        method: "POST",
        body: { action: input.action, key: input.key },
      }),
    onSuccess: (phone) => client.setQueryData(phoneQuery().queryKey, phone),
  });
}

/** The phone's camera reads a QR code, or its code is typed in by hand (addendum §12.3 W3). */
export function useScanCode() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (payload: string) => apiRequest("/phone/scan", phoneView, { method: "POST", body: { payload } }),
    onSuccess: (phone) => client.setQueryData(phoneQuery().queryKey, phone),
  });
}

export function useBlockInvitations() {
  return useMutation({
    mutationFn: (input: { tenantId: string; email: string }) => apiRequest("/unsubscribe", blockResult, { method: "POST", body: input }),
  });
}

/** The manage page (spec §2 E8): a passcode first, then the list. */
export function useManageBlocked() {
  return {
    sendCode: useMutation({
      mutationFn: (email: string) => apiRequest("/unsubscribe/manage/send-code", sentResult, { method: "POST", body: { email } }),
    }),
    verify: useMutation({
      mutationFn: (input: { email: string; code: string }) =>
        apiRequest("/unsubscribe/manage/verify", blockedOrganizations, { method: "POST", body: input }),
    }),
    unblock: useMutation({
      mutationFn: (input: { email: string; tenantIds: string[] }) =>
        apiRequest("/unsubscribe/manage/unblock", blockedOrganizations, { method: "POST", body: input }),
    }),
  };
}

export const myOrganizationsQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["my-organizations", sessionId],
    queryFn: () => apiRequest(`/my-account/organizations?session=${encodeURIComponent(sessionId)}`, myOrganizations),
  });

export const myAppsQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["my-apps", sessionId],
    queryFn: () => apiRequest(`/my-apps?session=${encodeURIComponent(sessionId)}`, myApps),
  });

export function useLeaveOrganization(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest("/my-account/leave", myOrganizations, { method: "POST", body: { sessionId } }),
    onSuccess: (view) => client.setQueryData(myOrganizationsQuery(sessionId).queryKey, view),
  });
}

export const demoQuery = () => queryOptions({ queryKey: ["demo"], queryFn: () => apiRequest("/demo", demoState), refetchInterval: 30_000 });

/** Demo controls change the world under every other query: refetch them all afterwards. */
function useDemoMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries() });
}

export const settingsQuery = () =>
  queryOptions({ queryKey: ["demo", "settings"], queryFn: () => apiRequest("/demo/settings", tenantSettings) });

export const useSaveSettings = () =>
  useDemoMutation((settings: TenantSettings) => apiRequest("/demo/settings", tenantSettings, { method: "PUT", body: settings }));
export const useResetSettings = () =>
  useDemoMutation(() => apiRequest("/demo/settings/reset", tenantSettings, { method: "POST", body: {} }));
export const useAdvanceClock = () =>
  useDemoMutation((minutes: number) => apiRequest("/demo/clock", demoState, { method: "POST", body: { minutes } }));
export const useSaveFaults = () =>
  useDemoMutation((faults: FaultSettings) => apiRequest("/demo/faults", demoState, { method: "PUT", body: faults }));
export const useClearFaults = () => useDemoMutation(() => apiRequest("/demo/faults", demoState, { method: "DELETE" }));
export const useResetAll = () => useDemoMutation(() => apiRequest("/demo/reset", demoState, { method: "POST", body: {} }));

/** This browser's sessions at the fake login host (addendum §10): the studio's list, with Sign out and Forget. */
export const browserSessionsQuery = () =>
  queryOptions({ queryKey: ["demo", "browser-sessions"], queryFn: () => apiRequest("/demo/browser-sessions", browserSessionsView) });

export type BrowserSessionAction = { kind: "sign-out"; sid: string } | { kind: "forget"; sid: string } | { kind: "sign-out-all" };

/** A tile's Sign out or Forget, or every session of this browser signed out; answers the new list. */
export function useBrowserSessionAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: BrowserSessionAction) =>
      apiRequest(`/demo/browser-sessions/${kind}`, browserSessionsView, { method: "POST", body }),
    onSuccess: (view) => client.setQueryData(browserSessionsQuery().queryKey, view),
    // A refused action (a session another tab already forgot) still leaves a list worth reloading.
    onError: () => client.invalidateQueries({ queryKey: browserSessionsQuery().queryKey }),
  });
}

/**
 * Smart lockout's counters at the home IdP (AADSTS50053, addendum §14.2). The password page is the login
 * host's, in the popup: the studio asks again every few seconds while it shows them.
 */
export const lockoutsQuery = () =>
  queryOptions({
    queryKey: ["demo", "lockouts"],
    queryFn: () => apiRequest("/demo/lockouts", passwordLockoutsView),
    refetchInterval: 2000,
  });

/** The admin unlocks a work account (studio action): the lockout ends now. */
export function useUnlockAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => apiRequest("/demo/lockouts/unlock", passwordLockoutsView, { method: "POST", body: { email } }),
    onSuccess: (view) => client.setQueryData(lockoutsQuery().queryKey, view),
    onError: () => client.invalidateQueries({ queryKey: lockoutsQuery().queryKey }),
  });
}

/**
 * The work accounts' passwords at their home tenant (AADSTS50055, addendum §14.2): expired, or when last changed.
 * The update-password page is the login host's, in the popup: the studio asks again every few seconds.
 */
export const passwordsQuery = () =>
  queryOptions({
    queryKey: ["demo", "passwords"],
    queryFn: () => apiRequest("/demo/passwords", workPasswordsView),
    refetchInterval: 2000,
  });

/** The home tenant's admin expires a work account's password (studio action): its next sign-in asks for a new one. */
export function useExpirePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => apiRequest("/demo/passwords/expire", workPasswordsView, { method: "POST", body: { email } }),
    onSuccess: (view) => client.setQueryData(passwordsQuery().queryKey, view),
    onError: () => client.invalidateQueries({ queryKey: passwordsQuery().queryKey }),
  });
}

/** The invite composer's and the Graph console's POST /v1.0/invitations; the raw answer, errors included. */
export function useGraphInvite() {
  return useMutation({
    mutationFn: (body: unknown) => rawRequest("/invitations", { method: "POST", body, base: "graph" }),
  });
}

export function useStartScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { scenarioId: ScenarioId; startAt?: StartAt }) =>
      apiRequest("/demo/scenario", demoState, { method: "POST", body: input }),
    onSuccess: (state) => {
      client.clear();
      client.setQueryData(demoQuery().queryKey, state);
    },
  });
}

/**
 * POST /sessions for the redeem link the guest opened: a query (not a mutation), so it runs once per opened
 * link however often the page renders, and a failed start is retried by "Try again" and by the studio's
 * refresh like any other load. Starting a session redeems nothing (docs/decisions/0036).
 */
export const startSessionQuery = (locator: InvitationLocator) =>
  queryOptions({
    queryKey: ["session-start", locator],
    queryFn: () => apiRequest("/sessions", sessionView, { method: "POST", body: locator }),
    // Once while the redeem link is open; forgotten when it is left, so opening the link again starts afresh.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

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
