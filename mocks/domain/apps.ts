// Enterprise applications and who is assigned to them (addendum §15.2): the admin assigns and unassigns
// through Graph's appRoleAssignments, and My Apps shows a guest the apps that are visible to users and
// assigned to them. One role only, Graph's default access role (the all-zero app role id).
import type { MyApps } from "../../src/api/contract";
import { DomainError, notFound } from "./errors";
import { guestOfSession, liveUser } from "./guest-settings";
import { newId } from "./ids";
import type { WorldContext } from "./invitations";
import type { AppAssignment, EnterpriseApp, WorldState } from "./state";

/** Graph's id for "Default Access", the role of an app that defines none. */
export const DEFAULT_ACCESS_ROLE = "00000000-0000-0000-0000-000000000000";

/** The resource tenant's enterprise applications. */
export function tenantApps(state: Readonly<WorldState>): EnterpriseApp[] {
  return state.apps.filter((a) => a.tenantId === state.resourceTenantId);
}

function appOf(state: Readonly<WorldState>, id: string): EnterpriseApp {
  const app = tenantApps(state).find((a) => a.id === id);
  if (!app) throw notFound("ServicePrincipal", { id });
  return app;
}

/** Graph's servicePrincipal for an app: "Visible to users?" off is the `HideApp` tag. */
export function graphServicePrincipal(app: EnterpriseApp) {
  return {
    id: app.id,
    appId: app.appId,
    displayName: app.displayName,
    appDisplayName: app.displayName,
    homepage: app.homepage,
    accountEnabled: true,
    appRoleAssignmentRequired: true,
    servicePrincipalType: "Application",
    tags: app.visibleToUsers ? [] : ["HideApp"],
  };
}

/** Graph's appRoleAssignment for one of ours. */
export function graphAssignment(state: Readonly<WorldState>, assignment: AppAssignment) {
  const user = state.users.find((u) => u.id === assignment.principalId);
  const app = state.apps.find((a) => a.id === assignment.resourceId);
  return {
    id: assignment.id,
    appRoleId: DEFAULT_ACCESS_ROLE,
    createdDateTime: assignment.createdDateTime,
    deletedDateTime: null,
    principalDisplayName: user?.displayName ?? null,
    principalId: assignment.principalId,
    principalType: "User",
    resourceDisplayName: app?.displayName ?? null,
    resourceId: assignment.resourceId,
  };
}

export function assignmentsOf(state: Readonly<WorldState>, userId: string) {
  liveUser(state, userId);
  return state.appAssignments.filter((a) => a.principalId === userId).map((a) => graphAssignment(state, a));
}

export function assignApp(
  state: WorldState,
  userId: string,
  request: { principalId: string; resourceId: string; appRoleId: string },
  ctx: WorldContext,
) {
  liveUser(state, userId);
  if (request.principalId !== userId) {
    throw new DomainError("Request_BadRequest", 400, "The principalId in the body must be the user in the path.", {
      principalId: request.principalId,
    });
  }
  if (request.appRoleId !== DEFAULT_ACCESS_ROLE) {
    throw new DomainError("Request_BadRequest", 400, "Permission being assigned was not found on application.", {
      appRoleId: request.appRoleId,
    });
  }
  appOf(state, request.resourceId);
  if (state.appAssignments.some((a) => a.principalId === userId && a.resourceId === request.resourceId)) {
    throw new DomainError("Request_BadRequest", 400, "Permission being assigned already exists on the object.");
  }
  const assignment: AppAssignment = {
    id: newId(),
    principalId: userId,
    resourceId: request.resourceId,
    createdDateTime: ctx.now.toISOString(),
  };
  state.appAssignments.push(assignment);
  return graphAssignment(state, assignment);
}

export function unassignApp(state: WorldState, userId: string, assignmentId: string): void {
  liveUser(state, userId);
  const before = state.appAssignments.length;
  state.appAssignments = state.appAssignments.filter((a) => !(a.id === assignmentId && a.principalId === userId));
  if (state.appAssignments.length === before) throw notFound("AppRoleAssignment", { id: assignmentId });
}

/** My Apps for a redeemed guest: the apps visible to users and assigned to them, by name. */
export function myApps(state: Readonly<WorldState>, sessionId: string): MyApps {
  const user = guestOfSession(state, sessionId);
  const assigned = new Set(state.appAssignments.filter((a) => a.principalId === user.id).map((a) => a.resourceId));
  const apps = state.apps
    .filter((a) => a.tenantId === user.tenantId && a.visibleToUsers && assigned.has(a.id))
    .map(({ id, displayName, homepage }) => ({ id, displayName, homepage }))
    .toSorted((a, b) => a.displayName.localeCompare(b.displayName));
  return { apps };
}
