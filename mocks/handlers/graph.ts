// Microsoft Graph, the parts that create and read guests: POST /v1.0/invitations, GET /v1.0/users/{id}.
// Errors use Graph's envelope {error: {code, message, innerError}}.
import { http, HttpResponse } from "msw";
import { GRAPH_BASE } from "../../src/api/endpoints";
import { invitationRequest } from "../../src/api/contract";
import { createInvitation, findUser, graphInvitation, graphUser } from "../domain/invitations";
import { errorBody, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

/** The signed-in admin of the demo tenant: Graph calls are made as Megan Bowen. */
const DEMO_INVITER_ID = "0a5c1f3e-0000-4d7a-8e3b-000000000001";

function graphError(error: unknown): Response {
  const { status, body } = errorBody(error);
  return HttpResponse.json(
    {
      error: {
        code: body.error.code,
        message: body.error.message,
        details: body.error.details,
        innerError: { date: body.error.timestamp, "request-id": body.error.correlationId, "client-request-id": body.error.correlationId },
      },
    },
    { status },
  );
}

export function graphHandlers({ world }: FakeWorldOptions) {
  return [
    http.post(`${GRAPH_BASE}/invitations`, async ({ request }) => {
      try {
        const body = await readJson(request, invitationRequest);
        const created = world.transact((state, ctx) => {
          const { invitation } = createInvitation(state, body, DEMO_INVITER_ID, ctx);
          return graphInvitation(invitation, ctx.appOrigin);
        });
        return HttpResponse.json(created, { status: 201 });
      } catch (error) {
        return graphError(error);
      }
    }),
    http.get(`${GRAPH_BASE}/users/:id`, ({ params }) => {
      try {
        return HttpResponse.json(world.read((state) => graphUser(findUser(state, String(params.id)))));
      } catch (error) {
        return graphError(error);
      }
    }),
  ];
}
