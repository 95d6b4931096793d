// The redemption API the SPA uses (docs/api.md): show an invitation, start a session, hand over the id
// token, decide on consent. GET never changes anything: mail scanners pre-open links.
import { http, HttpResponse } from "msw";
import {
  consentRequest,
  invitationLocator,
  signInRequest,
  startSessionRequest,
} from "../../src/api/contract";
import { invitationView, locateInvitation } from "../domain/invitations";
import {
  completeSignIn,
  decideConsent,
  findSession,
  restartSignIn,
  sessionView,
  startSession,
} from "../domain/redemption";
import { verifyIdToken } from "../idp/tokens";
import type { FakeWorldOptions } from "./options";
import { answering, parseWith, readJson } from "./http";

export function redemptionHandlers({ world, appOrigin, clientId }: FakeWorldOptions) {
  const api = `${appOrigin}/api`;
  return [
    http.get(
      `${api}/invitation`,
      answering(({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        const locator = parseWith(invitationLocator, query);
        return HttpResponse.json(world.read((state) => invitationView(state, locateInvitation(state, locator))));
      }),
    ),
    http.post(
      `${api}/sessions`,
      answering(async ({ request }) => {
        const locator = await readJson(request, startSessionRequest);
        const view = world.transact((state, ctx) => sessionView(state, startSession(state, locator, ctx)));
        return HttpResponse.json(view, { status: 201 });
      }),
    ),
    http.get(
      `${api}/sessions/:sessionId`,
      answering(({ params }) =>
        HttpResponse.json(world.read((state) => sessionView(state, findSession(state, String(params.sessionId))))),
      ),
    ),
    http.post(
      `${api}/sessions/:sessionId/sign-in`,
      answering(async ({ request, params }) => {
        const { idToken } = await readJson(request, signInRequest);
        const { state, now } = world.read((s, ctx) => ({ state: s, now: ctx.now }));
        const account = await verifyIdToken(state, idToken, clientId, now);
        const view = world.transact((s, ctx) =>
          sessionView(s, completeSignIn(s, String(params.sessionId), account, ctx)),
        );
        return HttpResponse.json(view);
      }),
    ),
    http.post(
      `${api}/sessions/:sessionId/restart-sign-in`,
      answering(({ params }) =>
        HttpResponse.json(world.transact((s, ctx) => sessionView(s, restartSignIn(s, String(params.sessionId), ctx)))),
      ),
    ),
    http.post(
      `${api}/sessions/:sessionId/consent`,
      answering(async ({ request, params }) => {
        const { decision } = await readJson(request, consentRequest);
        const view = world.transact((s, ctx) =>
          sessionView(s, decideConsent(s, String(params.sessionId), decision, ctx)),
        );
        return HttpResponse.json(view);
      }),
    ),
  ];
}
