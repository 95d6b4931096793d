// The admin center's Graph calls (A02, spec §8): the guests, the actions on one, and the apps assigned to them
// (addendum §15.2). Here, with the admin page, not on the guest's first load.
import * as v from "valibot";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../api/client";
import { adminConsentRequestsView } from "../../api/contract";

const noContent = v.undefined();
const revoked = v.object({ value: v.boolean() });
const graphInvitationResult = v.object({ id: v.string(), inviteRedeemUrl: v.string() });
/** Graph returns these only on $select (v1.0's default set lacks all but three). */
const GRAPH_USER_FIELDS = "id,displayName,mail,userType,externalUserState,accountEnabled,identities";
const graphUsers = v.object({
  value: v.array(
    v.object({
      id: v.string(),
      displayName: v.string(),
      mail: v.string(),
      userType: v.string(),
      externalUserState: v.string(),
      accountEnabled: v.boolean(),
      identities: v.array(v.object({ signInType: v.string(), issuer: v.string() })),
    }),
  ),
});
const graphServicePrincipals = v.object({
  value: v.array(v.object({ id: v.string(), displayName: v.string(), tags: v.array(v.string()) })),
});
const graphAssignment = v.object({ id: v.string(), resourceId: v.string() });
const graphAssignments = v.object({ value: v.array(graphAssignment) });
/** Graph's app role for an app that defines none. */
const DEFAULT_ACCESS_ROLE = "00000000-0000-0000-0000-000000000000";

/** The resource tenant's enterprise apps, for the admin's assignments. */
export const appsQuery = () =>
  queryOptions({
    queryKey: ["graph", "servicePrincipals"],
    queryFn: () => apiRequest("/servicePrincipals", graphServicePrincipals, { base: "graph" }),
  });

export const assignmentsQuery = (userId: string) =>
  queryOptions({
    queryKey: ["graph", "users", userId, "appRoleAssignments"],
    queryFn: () => apiRequest(`/users/${encodeURIComponent(userId)}/appRoleAssignments`, graphAssignments, { base: "graph" }),
  });

export const guestsQuery = () =>
  queryOptions({
    queryKey: ["graph", "users"],
    queryFn: () => apiRequest(`/users?$select=${GRAPH_USER_FIELDS}`, graphUsers, { base: "graph" }),
  });

/** The admin's Graph actions on a guest; each refreshes the list. */
export function useAdminAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: AdminAction): Promise<unknown> => {
      switch (action.kind) {
        case "resend":
        case "reset":
          return apiRequest("/invitations", graphInvitationResult, {
            base: "graph",
            method: "POST",
            body: {
              invitedUserEmailAddress: action.email,
              inviteRedirectUrl: "https://myapps.microsoft.com",
              sendInvitationMessage: true,
              ...(action.kind === "reset" ? { resetRedemption: true, invitedUser: { id: action.userId } } : {}),
            },
          });
        case "delete":
          return apiRequest(`/users/${encodeURIComponent(action.userId)}`, noContent, { base: "graph", method: "DELETE" });
        case "assign":
          return apiRequest(`/users/${encodeURIComponent(action.userId)}/appRoleAssignments`, graphAssignment, {
            base: "graph",
            method: "POST",
            body: { principalId: action.userId, resourceId: action.appId, appRoleId: DEFAULT_ACCESS_ROLE },
          });
        case "unassign":
          return apiRequest(
            `/users/${encodeURIComponent(action.userId)}/appRoleAssignments/${encodeURIComponent(action.assignmentId)}`,
            noContent,
            { base: "graph", method: "DELETE" },
          );
        case "revoke":
          // Spec §6 AADSTS50173: Graph answers {"value": true}.
          return apiRequest(`/users/${encodeURIComponent(action.userId)}/revokeSignInSessions`, revoked, {
            base: "graph",
            method: "POST",
            body: {},
          });
        case "enable":
          return apiRequest(`/users/${encodeURIComponent(action.userId)}`, noContent, {
            base: "graph",
            method: "PATCH",
            body: { accountEnabled: action.enabled },
          });
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: guestsQuery().queryKey }),
  });
}

export type AdminAction =
  | { kind: "resend"; userId: string; email: string }
  | { kind: "reset"; userId: string; email: string }
  | { kind: "delete"; userId: string }
  | { kind: "enable"; userId: string; enabled: boolean }
  | { kind: "revoke"; userId: string }
  | { kind: "assign"; userId: string; appId: string }
  | { kind: "unassign"; userId: string; assignmentId: string };

const graphAgreements = v.object({ value: v.array(v.object({ id: v.string(), displayName: v.string() })) });
const graphAcceptances = v.object({
  value: v.array(
    v.object({
      id: v.string(),
      userDisplayName: v.string(),
      userEmail: v.string(),
      state: v.picklist(["accepted", "declined"]),
      recordedDateTime: v.string(),
      expirationDateTime: v.nullable(v.string()),
    }),
  ),
});

/**
 * Identity Governance > Terms of use (spec §5.2, §7): each agreement with its acceptances, as Graph lists
 * them (the last 30 days of the audit log). Two Graph calls per agreement, in one query.
 */
export const termsOfUseQuery = () =>
  queryOptions({
    queryKey: ["graph", "termsOfUse"],
    queryFn: async () => {
      const agreements = await apiRequest("/identityGovernance/termsOfUse/agreements", graphAgreements, { base: "graph" });
      return Promise.all(
        agreements.value.map(async (agreement) => ({
          ...agreement,
          acceptances: (
            await apiRequest(
              `/identityGovernance/termsOfUse/agreements/${encodeURIComponent(agreement.id)}/acceptances`,
              graphAcceptances,
              { base: "graph" },
            )
          ).value,
        })),
      );
    },
  });

/** Enterprise applications > Admin consent requests: the admin center's list (demo API; Graph can't decide them). */
export const consentRequestsQuery = () =>
  queryOptions({
    queryKey: ["demo", "consent-requests"],
    queryFn: () => apiRequest("/demo/consent-requests", adminConsentRequestsView),
  });

export type ConsentDecision = { kind: "approve"; id: string } | { kind: "deny"; id: string; justification: string };

/** Approve (tenant-wide admin consent) or deny (with a justification) a request; the list comes back. */
export function useConsentDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decision: ConsentDecision) =>
      apiRequest(`/demo/consent-requests/${encodeURIComponent(decision.id)}/${decision.kind}`, adminConsentRequestsView, {
        method: "POST",
        body: decision.kind === "deny" ? { justification: decision.justification } : {},
      }),
    onSuccess: (view) => client.setQueryData(consentRequestsQuery().queryKey, view),
    onError: () => client.invalidateQueries({ queryKey: consentRequestsQuery().queryKey }),
  });
}
