// The API contract as OpenAPI 3.1, generated from the valibot schemas both sides parse with, so a real
// backend can implement it. `npm run openapi` writes public/openapi.json; a unit test fails when it is stale.
import { toJsonSchema, type JsonSchema, type OverrideSchemaContext } from "@valibot/to-json-schema";
import type * as v from "valibot";
import * as c from "../src/api/contract";
import { actionNames, actions, type ActionName } from "../src/api/flow";

type Schema = v.GenericSchema;
interface Operation {
  method: "get" | "post" | "put" | "delete" | "patch";
  path: string;
  summary: string;
  request?: Schema;
  response?: Schema;
  status?: number;
}

const session = c.sessionView;

/** One line per action of the flow table (a new action without one fails the typecheck). */
const ACTION_SUMMARIES: Record<ActionName, string> = {
  "sign-in": "Hand over the id token of the identity provider.",
  "restart-sign-in": "Sign in again from the path's first step.",
  choose: "D2: choose the work or the personal account.",
  "passcode/send": "Send a one-time passcode.",
  "passcode/verify": "Check a one-time passcode.",
  "signup/password": "Account wizard: password.",
  "signup/resend-code": "Account wizard: a new verification code.",
  "signup/verify": "Account wizard: verification code.",
  "signup/name": "Account wizard: name.",
  "signup/profile": "Account wizard: country/region and birth date; creates the account.",
  "signup/back": "Account wizard: one step back.",
  consent: "Review permissions: accept or cancel.",
  "app-consent/request": "Approval required (AADSTS90095): request the admin's consent, with a justification.",
  "mfa/proof-up": "More information required: Next opens Keep your account secure.",
  "mfa/wizard": "Keep your account secure: go to another page (Next, Back, a link).",
  "mfa/method": "Sign-in challenge: use another registered method, or list them.",
  "mfa/done": "Keep your account secure: Done, the flow goes on.",
  "mfa/push": "Send an Authenticator request (with a number to match) to the phone.",
  "mfa/sms": "Text an MFA code (phone only when registering).",
  "mfa/call": "Call the phone (number only when registering); # on the phone verifies.",
  "mfa/verify": "Check an MFA code (a texted code or an authenticator app's TOTP).",
  passkey: "Passkey registration (addendum §12.8): register, or Not now while the campaign allows it.",
  terms: "Terms of use: accept (expanded) or decline.",
};

function actionOperation(name: ActionName): Operation {
  const action = actions[name];
  return {
    method: "post",
    path: `/api/sessions/{id}/${name}`,
    summary: ACTION_SUMMARIES[name],
    request: "body" in action ? action.body : undefined,
    response: session,
  };
}
const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/invitation",
    summary: "Show an invitation (tenant, user, ticket in the query). Changes nothing.",
    response: c.invitationView,
  },
  {
    method: "post",
    path: "/api/sessions",
    summary: "Start a redemption session from the e-mail link.",
    request: c.startSessionRequest,
    response: session,
    status: 201,
  },
  {
    method: "post",
    path: "/api/direct-sessions",
    summary: "Start a redemption session from a direct link.",
    request: c.directSessionRequest,
    response: session,
    status: 201,
  },
  {
    method: "get",
    path: "/api/organizations",
    summary: "Find an organisation by domain or tenantId (query).",
    response: c.organizationView,
  },
  { method: "get", path: "/api/sessions/{id}", summary: "The session's current step and what it needs.", response: session },
  ...actionNames.map((name) => actionOperation(name)),
  { method: "get", path: "/api/mailbox/{address}", summary: "The simulated mailbox of an address.", response: c.mailboxView },
  { method: "get", path: "/api/phone", summary: "The simulated phone.", response: c.phoneView },
  {
    method: "post",
    path: "/api/phone/pushes/{id}",
    summary: "Approve or deny an Authenticator request.",
    request: c.pushAnswerRequest,
    response: c.phoneView,
  },
  { method: "post", path: "/api/unsubscribe", summary: "Block future invitations from an organisation.", request: c.unsubscribeRequest },
  {
    method: "get",
    path: "/api/unsubscribe/manage",
    summary: "Blocked organisations of an address (after a passcode).",
    response: c.blockedOrganizations,
  },
  {
    method: "get",
    path: "/api/my-account/organizations",
    summary: "My Account → Organizations (session in the query).",
    response: c.myOrganizations,
  },
  { method: "post", path: "/api/my-account/leave", summary: "Leave the organisation.", response: c.myOrganizations },
  {
    method: "get",
    path: "/api/my-apps",
    summary: "My Apps: the apps visible to users and assigned to the redeemed guest (session in the query).",
    response: c.myApps,
  },
  { method: "get", path: "/api/demo", summary: "Demo state: scenario, fake time, faults.", response: c.demoState },
  {
    method: "post",
    path: "/api/demo/scenario",
    summary: "Reset the fake world to a scenario, optionally at a step.",
    request: c.startScenarioRequest,
    response: c.demoState,
  },
  {
    method: "post",
    path: "/api/demo/clock",
    summary: "Move the fake clock forward.",
    request: c.advanceClockRequest,
    response: c.demoState,
  },
  { method: "get", path: "/api/demo/settings", summary: "The resource tenant's live settings.", response: c.tenantSettings },
  {
    method: "put",
    path: "/api/demo/settings",
    summary: "Change the live settings.",
    request: c.tenantSettings,
    response: c.tenantSettings,
  },
  {
    method: "get",
    path: "/api/demo/browser-sessions",
    summary: "This browser's sessions at the fake login host (its ESTSAUTH cookie), newest first.",
    response: c.browserSessionsView,
  },
  {
    method: "post",
    path: "/api/demo/browser-sessions/sign-out",
    summary: "A tile's Sign out: the session ends, the tile stays (404 for a sid this browser does not hold).",
    request: c.browserSessionRequest,
    response: c.browserSessionsView,
  },
  {
    method: "post",
    path: "/api/demo/browser-sessions/forget",
    summary: "A tile's Forget: the session ends and the tile goes (404 for a sid this browser does not hold).",
    request: c.browserSessionRequest,
    response: c.browserSessionsView,
  },
  {
    method: "post",
    path: "/api/demo/browser-sessions/sign-out-all",
    summary: "Sign out every session of this browser; the tiles stay.",
    response: c.browserSessionsView,
  },
  {
    method: "get",
    path: "/api/demo/passwords",
    summary: "The work accounts' passwords at their home tenant: expired (AADSTS50055) or not, and when last changed.",
    response: c.workPasswordsView,
  },
  {
    method: "post",
    path: "/api/demo/passwords/expire",
    summary:
      "The home tenant's admin expires a work account's password: its next sign-in asks for a new one (404 for no such work account).",
    request: c.expirePasswordRequest,
    response: c.workPasswordsView,
  },
  {
    method: "put",
    path: "/api/demo/faults",
    summary: "Inject latency, failures or offline mode.",
    request: c.faultSettings,
    response: c.demoState,
  },
  { method: "post", path: "/api/demo/reset", summary: "Reset all data.", response: c.demoState },
  {
    method: "post",
    path: "/api/demo/graph-token",
    summary: "The demo admin's bearer token for the fake Graph.",
    response: c.graphToken,
  },
  {
    method: "post",
    path: "/v1.0/invitations",
    summary: "Microsoft Graph: create an invitation (or reset redemption).",
    request: c.invitationRequest,
    status: 201,
  },
];

/** Schemas used by several operations live once under components.schemas. */
const SHARED: Array<[string, Schema]> = [
  ["SessionView", c.sessionView],
  ["DemoState", c.demoState],
  ["ApiError", c.apiErrorBody],
  ["TenantSettings", c.tenantSettings],
  ["PhoneView", c.phoneView],
  ["MyOrganizations", c.myOrganizations],
  ["BrowserSessionsView", c.browserSessionsView],
];

/** Keeps the document as the earlier (zod) generator wrote it, so it only changes where the contract does:
 * `type` before `enum`, a string literal's `type` stated beside its `const`, and no empty `required`. */
function sameShape({ valibotSchema, jsonSchema, errors }: OverrideSchemaContext): JsonSchema | undefined {
  if (errors) return undefined;
  if (valibotSchema.type === "literal" && typeof jsonSchema.const === "string") return { type: "string", ...jsonSchema };
  if (valibotSchema.type === "picklist") return { type: jsonSchema.type, ...jsonSchema };
  if (Array.isArray(jsonSchema.required) && jsonSchema.required.length === 0) delete jsonSchema.required;
  return undefined;
}

/** The request side of each schema (what a client sends). Custom checks (`v.check`: the e-mail and
 * redirect-URL rules) and the normalising `trim`/`toLowerCase` have no JSON Schema form and are left
 * out; anything else that cannot be converted throws, so nothing is dropped silently. */
function toSchema(schema: Schema) {
  const { $schema, ...rest } = toJsonSchema(schema, {
    target: "draft-2020-12",
    typeMode: "input",
    ignoreActions: ["check", "trim", "to_lower_case"],
    overrideSchema: sameShape,
  });
  return { $schema, ...rest };
}

function json(schema: Schema) {
  const shared = SHARED.find(([, s]) => s === schema);
  return { "application/json": { schema: shared ? { $ref: `#/components/schemas/${shared[0]}` } : toSchema(schema) } };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      ...(op.request ? { requestBody: { required: true, content: json(op.request) } } : {}),
      responses: {
        [String(op.status ?? 200)]: { description: "OK", ...(op.response ? { content: json(op.response) } : {}) },
        default: {
          description: "Error: { error: { code, message, details, correlationId, traceId, timestamp } }",
          content: json(c.apiErrorBody),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "B2B Redemption Simulator — redemption, mailbox and demo API", version: "1" },
    servers: [{ url: "/", description: "The simulator's origin (Graph: https://graph.microsoft.com)" }],
    paths,
    components: { schemas: Object.fromEntries(SHARED.map(([name, schema]) => [name, toSchema(schema)])) },
  };
}
