// Microsoft Graph v1.0, the parts that create and read guests: POST /invitations, GET/PATCH/DELETE /users,
// deleted items. It answers as Graph does, so the official Graph client and hand-written fetches get
// Graph's answers (decision 0030): a bearer token from the fake Entra is required, request bodies are
// checked for unknown properties, every error uses Graph's envelope, and a path the fake does not serve is
// Graph's 400 for an unknown segment — never a pass-through to the real service.
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { invitationRequest } from "../../src/api/contract";
import { createAgreement, deleteAgreement, getAgreement, listAcceptances, listAgreements, updateAgreement } from "../domain/terms-of-use";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { assignApp, assignmentsOf, graphServicePrincipal, tenantApps, unassignApp } from "../domain/apps";
import { BRANDING_IMAGES, type BrandingImage } from "../../src/api/contract";
import {
  checkedImage,
  decodeDataUrl,
  deleteBranding,
  graphBranding,
  hasBranding,
  patchBranding,
  setBrandingImage,
} from "../domain/branding";
import { DomainError } from "../domain/errors";
import { deletedUser, deleteUser, liveUser, restoreUser, revokeSignInSessions, setAccountEnabled } from "../domain/guest-settings";
import { newId } from "../domain/ids";
import { createInvitation, findTenant, graphInvitation } from "../domain/invitations";
import type { GuestUser, WorldState } from "../domain/state";
import { bearerTokenProblem } from "../idp/bearer";
import { countUsers, graphUserProperties, listUsers, projectUser, selectedProperties, userContext } from "./graph-odata";
import { badRequest, errorBody } from "./http";
import type { FakeWorldOptions } from "./options";
import type { World } from "../db";

/** Graph calls are made as the resource tenant's admin (Megan Bowen in the scenarios; a custom world names its own). */
const inviterOf = (state: Readonly<WorldState>) => state.members.find((m) => m.tenantId === state.resourceTenantId)?.id;

/** Graph's host, every version: nothing addressed to it may reach the network. */
export const GRAPH_ORIGIN = new URL(GRAPH_BASE).origin;

interface GraphRequestIds {
  requestId: string;
  clientRequestId: string;
}

export function graphRequestIds(request: Request): GraphRequestIds {
  const requestId = newId();
  return { requestId, clientRequestId: request.headers.get("client-request-id") ?? requestId };
}

function idHeaders(ids: GraphRequestIds): Record<string, string> {
  return { "request-id": ids.requestId, "client-request-id": ids.clientRequestId };
}

/** Graph's error envelope: code, message, details as {code, message, target}, innerError with the ids. */
export function graphErrorResponse(error: unknown, ids: GraphRequestIds): Response {
  const { status, body } = errorBody(error);
  const details = Object.entries(body.error.details ?? {}).map(([target, message]) => ({ code: body.error.code, message, target }));
  const headers: Record<string, string> = idHeaders(ids);
  if (status === 429 || status === 503) headers["Retry-After"] = "5";
  return HttpResponse.json(
    {
      error: {
        // Graph names every missing object the same way, whatever kind it is.
        code: status === 404 ? "Request_ResourceNotFound" : body.error.code,
        message: body.error.message,
        ...(details.length > 0 ? { details } : {}),
        innerError: { date: new Date().toISOString().slice(0, 19), "request-id": ids.requestId, "client-request-id": ids.clientRequestId },
      },
    },
    { status, headers },
  );
}

/** A Graph call: the caller's token checked, the ids on the answer, any failure in Graph's envelope. */
async function graphCall(world: World, request: Request, call: () => Response | Promise<Response>): Promise<Response> {
  const ids = graphRequestIds(request);
  try {
    const authorization = request.headers.get("Authorization");
    const problem = await world.read((state, ctx) => bearerTokenProblem(state, authorization, ctx.now));
    if (problem) throw new DomainError("InvalidAuthenticationToken", 401, problem);
    const response = await call();
    for (const [name, value] of Object.entries(idHeaders(ids))) response.headers.set(name, value);
    return response;
  } catch (error) {
    return graphErrorResponse(error, ids);
  }
}

// ---------------------------------------------------------------------------------------------------
// Request bodies: an unknown property is a 400 naming it, as Graph's OData layer answers it.

/** The properties of the Graph types that the handled bodies contain. */
const GRAPH_TYPES: Record<string, { properties: string[]; nested?: Record<string, string> }> = {
  invitation: {
    properties: [
      "id",
      "inviteRedeemUrl",
      "inviteRedirectUrl",
      "invitedUser",
      "invitedUserDisplayName",
      "invitedUserEmailAddress",
      "invitedUserMessageInfo",
      "invitedUserSponsors",
      "invitedUserType",
      "resetRedemption",
      "sendInvitationMessage",
      "status",
    ],
    nested: { invitedUserMessageInfo: "invitedUserMessageInfo", invitedUser: "user" },
  },
  invitedUserMessageInfo: {
    properties: ["ccRecipients", "customizedMessageBody", "messageLanguage"],
    nested: { ccRecipients: "recipient" },
  },
  recipient: { properties: ["emailAddress"], nested: { emailAddress: "emailAddress" } },
  emailAddress: { properties: ["address", "name"] },
  user: { properties: Object.keys(graphUserProperties({ identities: [] } as unknown as GuestUser)) },
  organizationalBranding: {
    properties: [
      "id",
      "backgroundColor",
      "signInPageText",
      "usernameHintText",
      "customPrivacyAndCookiesText",
      "customPrivacyAndCookiesUrl",
      "customTermsOfUseText",
      "customTermsOfUseUrl",
      "loginPageTextVisibilitySettings",
    ],
    nested: { loginPageTextVisibilitySettings: "loginPageTextVisibilitySettings" },
  },
  loginPageTextVisibilitySettings: { properties: ["hidePrivacyAndCookies", "hideTermsOfUse", "hideKeepMeSignedIn"] },
  agreement: {
    properties: [
      "id",
      "displayName",
      "isViewingBeforeAcceptanceRequired",
      "isPerDeviceAcceptanceRequired",
      "userReacceptRequiredFrequency",
      "termsExpiration",
      "files",
    ],
    nested: { files: "agreementFileLocalization", termsExpiration: "termsExpiration" },
  },
  agreementFileLocalization: {
    properties: ["id", "createdDateTime", "displayName", "fileData", "fileName", "isDefault", "isMajorVersion", "language"],
    nested: { fileData: "agreementFileData" },
  },
  agreementFileData: { properties: ["data"] },
  termsExpiration: { properties: ["startDateTime", "frequency"] },
  appRoleAssignment: {
    properties: [
      "id",
      "appRoleId",
      "createdDateTime",
      "deletedDateTime",
      "principalDisplayName",
      "principalId",
      "principalType",
      "resourceDisplayName",
      "resourceId",
    ],
  },
};

function unknownProperty(type: string, value: unknown): DomainError | undefined {
  const definition = GRAPH_TYPES[type];
  if (!definition || typeof value !== "object" || value === null) return undefined;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item !== "object" || item === null) continue;
    for (const [name, child] of Object.entries(item)) {
      if (name.startsWith("@odata.")) continue;
      if (!definition.properties.includes(name)) {
        return new DomainError(
          "BadRequest",
          400,
          `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        );
      }
      const nestedType = definition.nested?.[name];
      const nested = nestedType ? unknownProperty(nestedType, child) : undefined;
      if (nested) return nested;
    }
  }
  return undefined;
}

async function readGraphBody<T>(request: Request, type: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new DomainError(
      "BadRequest",
      400,
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError(
      "BadRequest",
      400,
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
    );
  }
  const unknown = unknownProperty(type, body);
  if (unknown) throw unknown;
  const result = v.safeParse(schema, body);
  if (!result.success) throw badRequest(result.issues);
  return result.output;
}

const userPatch = v.object({ accountEnabled: v.boolean() });
const assignmentRequest = v.object({
  principalId: v.pipe(v.string(), v.maxLength(64)),
  resourceId: v.pipe(v.string(), v.maxLength(64)),
  appRoleId: v.pipe(v.string(), v.maxLength(64)),
});
const nullableText = v.optional(v.nullable(v.pipe(v.string(), v.maxLength(10_000))));
const brandingPatch = v.object({
  id: v.optional(v.string()),
  backgroundColor: nullableText,
  signInPageText: nullableText,
  usernameHintText: nullableText,
  customPrivacyAndCookiesText: nullableText,
  customPrivacyAndCookiesUrl: nullableText,
  customTermsOfUseText: nullableText,
  customTermsOfUseUrl: nullableText,
  loginPageTextVisibilitySettings: v.optional(
    v.nullable(
      v.object({
        hidePrivacyAndCookies: v.optional(v.boolean()),
        hideTermsOfUse: v.optional(v.boolean()),
        hideKeepMeSignedIn: v.optional(v.boolean()),
      }),
    ),
  ),
});
/** An agreement's writable properties (spec §5.2; Graph's agreement resource); the domain checks their values. */
const agreementBody = v.object({
  id: v.optional(v.string()),
  displayName: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  isViewingBeforeAcceptanceRequired: v.optional(v.boolean()),
  isPerDeviceAcceptanceRequired: v.optional(v.boolean()),
  userReacceptRequiredFrequency: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
  termsExpiration: v.optional(
    v.nullable(v.object({ startDateTime: v.pipe(v.string(), v.maxLength(64)), frequency: v.pipe(v.string(), v.maxLength(64)) })),
  ),
  files: v.optional(
    v.pipe(
      v.array(
        v.object({
          id: v.optional(v.string()),
          createdDateTime: v.optional(v.nullable(v.string())),
          displayName: v.optional(v.nullable(v.string())),
          fileName: v.optional(v.nullable(v.string())),
          isDefault: v.optional(v.nullable(v.boolean())),
          isMajorVersion: v.optional(v.nullable(v.boolean())),
          language: v.pipe(v.string(), v.maxLength(35)),
          fileData: v.object({ data: v.pipe(v.string(), v.maxLength(20_000)) }),
        }),
      ),
      v.maxLength(2),
    ),
  ),
});
/** The streams of organizationalBranding the fake serves (addendum §13.1). */
const isBrandingImage = (name: string): name is BrandingImage => (BRANDING_IMAGES as readonly string[]).includes(name);
/** Graph addresses the default branding as localization `0` (or `default`). */
const isDefaultLocale = (locale: string) => locale === "0" || locale.toLowerCase() === "default";

const collection = (context: string, value: unknown[]) => ({ "@odata.context": `${GRAPH_BASE}/$metadata#${context}`, value });

// ---------------------------------------------------------------------------------------------------

const live = (state: { users: readonly GuestUser[] }) => state.users.filter((u) => !u.deletedDateTime);

export function graphHandlers({ world }: FakeWorldOptions) {
  return [
    http.post(`${GRAPH_BASE}/invitations`, ({ request }) =>
      graphCall(world, request, async () => {
        const body = await readGraphBody(request, "invitation", invitationRequest);
        const created = world.transact((state, ctx) => {
          const { invitation } = createInvitation(state, body, inviterOf(state), ctx);
          return graphInvitation(invitation, ctx.appOrigin);
        });
        return HttpResponse.json(created, { status: 201 });
      }),
    ),
    http.get(`${GRAPH_BASE}/users/$count`, ({ request }) =>
      graphCall(world, request, () => {
        const count = world.read((state) => countUsers(live(state), new URL(request.url), request.headers.get("ConsistencyLevel")));
        return new HttpResponse(String(count), { headers: { "Content-Type": "text/plain" } });
      }),
    ),
    http.get(`${GRAPH_BASE}/users`, ({ request }) =>
      graphCall(world, request, () =>
        HttpResponse.json(world.read((state) => listUsers(live(state), new URL(request.url), request.headers.get("ConsistencyLevel")))),
      ),
    ),
    http.get(`${GRAPH_BASE}/users/:id`, ({ request, params }) =>
      graphCall(world, request, () => {
        const query = new URL(request.url).searchParams;
        const properties = selectedProperties(query);
        const user = world.read((state) => liveUser(state, String(params.id)));
        return HttpResponse.json({ "@odata.context": userContext(query, true), ...projectUser(user, properties) });
      }),
    ),
    http.patch(`${GRAPH_BASE}/users/:id`, ({ request, params }) =>
      graphCall(world, request, async () => {
        const { accountEnabled } = await readGraphBody(request, "user", userPatch);
        world.transact((state) => setAccountEnabled(state, String(params.id), accountEnabled));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    // Spec §6 AADSTS50173: the admin revokes the user's sessions; Graph answers a boolean.
    http.post(`${GRAPH_BASE}/users/:id/revokeSignInSessions`, ({ request, params }) =>
      graphCall(world, request, () => {
        world.transact((state, ctx) => revokeSignInSessions(state, String(params.id), ctx.now));
        return HttpResponse.json({ "@odata.context": `${GRAPH_BASE}/$metadata#Edm.Boolean`, value: true });
      }),
    ),
    // Deleting a guest is a soft delete: restorable from deletedItems for 30 days (spec §8).
    http.delete(`${GRAPH_BASE}/users/:id`, ({ request, params }) =>
      graphCall(world, request, () => {
        world.transact((state, ctx) => deleteUser(state, String(params.id), ctx));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(`${GRAPH_BASE}/directory/deletedItems/:id`, ({ request, params }) =>
      graphCall(world, request, () => {
        const query = new URL(request.url).searchParams;
        const user = world.read((state, ctx) => deletedUser(state, String(params.id), ctx));
        return HttpResponse.json({ "@odata.context": userContext(query, true), ...projectUser(user, selectedProperties(query)) });
      }),
    ),
    http.post(`${GRAPH_BASE}/directory/deletedItems/:id/restore`, ({ request, params }) =>
      graphCall(world, request, () => {
        const user = world.transact((state, ctx) => restoreUser(state, String(params.id), ctx));
        return HttpResponse.json({
          "@odata.context": userContext(new URLSearchParams(), true),
          ...projectUser(user, selectedProperties(new URLSearchParams())),
        });
      }),
    ),
    // Terms of use (spec §5.2, §7): the tenant's agreement and the acceptances the admin can audit.
    http.get(`${GRAPH_BASE}/identityGovernance/termsOfUse/agreements`, ({ request }) =>
      graphCall(world, request, () =>
        HttpResponse.json(collection("identityGovernance/termsOfUse/agreements", world.read(listAgreements))),
      ),
    ),
    // Create, update and delete an agreement (decisions 0091, 0092): up to 40 per tenant (spec §7).
    http.post(`${GRAPH_BASE}/identityGovernance/termsOfUse/agreements`, ({ request }) =>
      graphCall(world, request, async () => {
        const body = await readGraphBody(request, "agreement", agreementBody);
        const created = world.transact((state) => createAgreement(state, body));
        return HttpResponse.json(
          { "@odata.context": `${GRAPH_BASE}/$metadata#identityGovernance/termsOfUse/agreements/$entity`, ...created },
          { status: 201 },
        );
      }),
    ),
    http.patch(`${GRAPH_BASE}/identityGovernance/termsOfUse/agreements/:id`, ({ request, params }) =>
      graphCall(world, request, async () => {
        const body = await readGraphBody(request, "agreement", agreementBody);
        world.transact((state) => updateAgreement(state, String(params.id), body));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.delete(`${GRAPH_BASE}/identityGovernance/termsOfUse/agreements/:id`, ({ request, params }) =>
      graphCall(world, request, () => {
        world.transact((state) => deleteAgreement(state, String(params.id)));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(`${GRAPH_BASE}/identityGovernance/termsOfUse/agreements/:id`, ({ request, params }) =>
      graphCall(world, request, () =>
        HttpResponse.json({
          "@odata.context": `${GRAPH_BASE}/$metadata#identityGovernance/termsOfUse/agreements/$entity`,
          ...world.read((state) => getAgreement(state, String(params.id))),
        }),
      ),
    ),
    http.get(`${GRAPH_BASE}/identityGovernance/termsOfUse/agreements/:id/acceptances`, ({ request, params }) =>
      graphCall(world, request, () =>
        HttpResponse.json(
          collection(
            `identityGovernance/termsOfUse/agreements('${String(params.id)}')/acceptances`,
            world.read((state, ctx) => listAcceptances(state, String(params.id), ctx)),
          ),
        ),
      ),
    ),
    // Enterprise apps and assignments (addendum §15.2): what My Apps shows a guest.
    http.get(`${GRAPH_BASE}/servicePrincipals`, ({ request }) =>
      graphCall(world, request, () =>
        HttpResponse.json(
          collection(
            "servicePrincipals",
            world.read((state) => tenantApps(state).map(graphServicePrincipal)),
          ),
        ),
      ),
    ),
    http.get(`${GRAPH_BASE}/users/:id/appRoleAssignments`, ({ request, params }) =>
      graphCall(world, request, () =>
        HttpResponse.json(
          collection(
            `users('${String(params.id)}')/appRoleAssignments`,
            world.read((state) => assignmentsOf(state, String(params.id))),
          ),
        ),
      ),
    ),
    http.post(`${GRAPH_BASE}/users/:id/appRoleAssignments`, ({ request, params }) =>
      graphCall(world, request, async () => {
        const body = await readGraphBody(request, "appRoleAssignment", assignmentRequest);
        return HttpResponse.json(
          world.transact((state, ctx) => assignApp(state, String(params.id), body, ctx)),
          { status: 201 },
        );
      }),
    ),
    http.delete(`${GRAPH_BASE}/users/:id/appRoleAssignments/:assignmentId`, ({ request, params }) =>
      graphCall(world, request, () => {
        world.transact((state) => unassignApp(state, String(params.id), String(params.assignmentId)));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    // Company branding (spec §1.4, addendum §13.1): organizationalBranding, its default localization and its images.
    http.get(`${GRAPH_BASE}/organization/:id/branding`, ({ request, params }) =>
      graphCall(world, request, () =>
        HttpResponse.json(world.read((state) => graphBranding(state, String(params.id), `organization/${String(params.id)}/branding`))),
      ),
    ),
    http.patch(`${GRAPH_BASE}/organization/:id/branding`, ({ request, params }) =>
      graphCall(world, request, async () => {
        const { id: _id, ...patch } = await readGraphBody(request, "organizationalBranding", brandingPatch);
        world.transact((state) => patchBranding(state, String(params.id), patch));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.delete(`${GRAPH_BASE}/organization/:id/branding`, ({ request, params }) =>
      graphCall(world, request, () => {
        world.transact((state) => deleteBranding(state, String(params.id)));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(`${GRAPH_BASE}/organization/:id/branding/localizations`, ({ request, params }) =>
      graphCall(world, request, () => {
        const tenantId = String(params.id);
        const value = world.read((state) =>
          hasBranding(findTenant(state, tenantId).branding) ? [graphBranding(state, tenantId, "")] : [],
        );
        return HttpResponse.json(
          collection(
            `organization('${tenantId}')/branding/localizations`,
            value.map(({ "@odata.context": _context, ...rest }) => ({
              ...rest,
              bannerLogoRelativeUrl: rest.bannerLogoRelativeUrl && `organization/${tenantId}/branding${rest.bannerLogoRelativeUrl}`,
              squareLogoRelativeUrl: rest.squareLogoRelativeUrl && `organization/${tenantId}/branding${rest.squareLogoRelativeUrl}`,
              backgroundImageRelativeUrl:
                rest.backgroundImageRelativeUrl && `organization/${tenantId}/branding${rest.backgroundImageRelativeUrl}`,
            })),
          ),
        );
      }),
    ),
    http.get(`${GRAPH_BASE}/organization/:id/branding/localizations/:locale/:image`, ({ request, params }) =>
      graphCall(world, request, () => {
        const image = String(params.image);
        if (!isBrandingImage(image) || !isDefaultLocale(String(params.locale))) throw unknownSegment(new URL(request.url));
        const dataUrl = world.read((state) => findTenant(state, String(params.id)).branding?.[image]);
        if (!dataUrl) throw new DomainError("Request_ResourceNotFound", 404, `Resource '${image}' does not exist.`);
        const { type, bytes } = decodeDataUrl(image, dataUrl);
        return new HttpResponse(bytes, { headers: { "Content-Type": type } });
      }),
    ),
    http.put(`${GRAPH_BASE}/organization/:id/branding/localizations/:locale/:image`, ({ request, params }) =>
      graphCall(world, request, async () => {
        const image = String(params.image);
        if (!isBrandingImage(image) || !isDefaultLocale(String(params.locale))) throw unknownSegment(new URL(request.url));
        const type = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
        const bytes = new Uint8Array(await request.arrayBuffer());
        const dataUrl = bytes.length === 0 ? undefined : checkedImage(image, type, bytes);
        world.transact((state) => setBrandingImage(state, String(params.id), image, dataUrl));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    // Last: whatever else is addressed to Graph is answered as Graph answers an unknown path.
    http.all(`${GRAPH_ORIGIN}/*`, ({ request }) => graphErrorResponse(unknownSegment(new URL(request.url)), graphRequestIds(request))),
  ];
}

/** Graph's answer to a path it does not serve: 400 naming the first segment it could not resolve. */
function unknownSegment(url: URL): DomainError {
  const [version, ...segments] = url.pathname.split("/").filter(Boolean);
  if (version !== "v1.0" && version !== "beta") return new DomainError("BadRequest", 400, "Invalid version.");
  const served = ["invitations", "users", "directory", "servicePrincipals", "organization"];
  const first = segments[0] ?? "";
  const segment = served.includes(first) ? (segments.at(-1) ?? first) : first;
  return new DomainError("BadRequest", 400, `Resource not found for the segment '${decodeURIComponent(segment)}'.`);
}
