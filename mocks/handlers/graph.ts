// Microsoft Graph, the parts that create and read guests: POST /v1.0/invitations, GET /v1.0/users/{id}.
// Errors use Graph's envelope {error: {code, message, innerError}}.
import { http, HttpResponse } from "msw";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { invitationRequest } from "../../src/api/contract";
import * as v from "valibot";
import { deletedUser, deleteUser, liveUser, restoreUser, setAccountEnabled } from "../domain/guest-settings";
import { createInvitation, graphInvitation, graphUser } from "../domain/invitations";
import { errorBody, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

/** The signed-in admin of the demo tenant: Graph calls are made as Megan Bowen. */
const DEMO_INVITER_ID = "0a5c1f3e-0000-4d7a-8e3b-000000000001";

function graphError(error: unknown): Response {
  const { status, body } = errorBody(error);
  return HttpResponse.json(
    {
      error: {
        // Graph names every missing object the same way, whatever kind it is.
        code: status === 404 ? "Request_ResourceNotFound" : body.error.code,
        message: body.error.message,
        details: body.error.details,
        innerError: { date: body.error.timestamp, "request-id": body.error.correlationId, "client-request-id": body.error.correlationId },
      },
    },
    { status },
  );
}

/** Runs a Graph call; any failure becomes Graph's error envelope. */
async function graphCall(call: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch (error) {
    return graphError(error);
  }
}

const userPatch = v.object({ accountEnabled: v.boolean() });

export function graphHandlers({ world }: FakeWorldOptions) {
  return [
    http.post(`${GRAPH_BASE}/invitations`, ({ request }) =>
      graphCall(async () => {
        const body = await readJson(request, invitationRequest);
        const created = world.transact((state, ctx) => {
          const { invitation } = createInvitation(state, body, DEMO_INVITER_ID, ctx);
          return graphInvitation(invitation, ctx.appOrigin);
        });
        return HttpResponse.json(created, { status: 201 });
      }),
    ),
    http.get(`${GRAPH_BASE}/users`, () =>
      graphCall(() =>
        HttpResponse.json({
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
          value: world.read((state) => state.users.filter((u) => !u.deletedDateTime).map(graphUser)),
        }),
      ),
    ),
    http.get(`${GRAPH_BASE}/users/:id`, ({ params }) =>
      graphCall(() => HttpResponse.json(world.read((state) => graphUser(liveUser(state, String(params.id)))))),
    ),
    http.patch(`${GRAPH_BASE}/users/:id`, ({ request, params }) =>
      graphCall(async () => {
        const { accountEnabled } = await readJson(request, userPatch);
        world.transact((state) => setAccountEnabled(state, String(params.id), accountEnabled));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    // Deleting a guest is a soft delete: restorable from deletedItems for 30 days (spec §8).
    http.delete(`${GRAPH_BASE}/users/:id`, ({ params }) =>
      graphCall(() => {
        world.transact((state, ctx) => deleteUser(state, String(params.id), ctx));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(`${GRAPH_BASE}/directory/deletedItems/:id`, ({ params }) =>
      graphCall(() => HttpResponse.json(world.read((state, ctx) => graphUser(deletedUser(state, String(params.id), ctx))))),
    ),
    http.post(`${GRAPH_BASE}/directory/deletedItems/:id/restore`, ({ params }) =>
      graphCall(() => HttpResponse.json(world.transact((state, ctx) => graphUser(restoreUser(state, String(params.id), ctx))))),
    ),
  ];
}
