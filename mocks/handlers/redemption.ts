// The redemption API the SPA uses (docs/api.md): show an invitation, start a session (from the e-mail link
// or a direct link), prove an identity on the discovered path, decide on consent. GET changes nothing:
// mail scanners pre-open links.
import { http, HttpResponse } from "msw";
import type * as v from "valibot";
import {
  chooseAccountRequest,
  consentRequest,
  mfaCodeRequest,
  smsRequest,
  termsRequest,
  directSessionRequest,
  invitationLocator,
  passcodeRequest,
  signInRequest,
  signupCodeRequest,
  signupNameRequest,
  signupPasswordRequest,
  signupProfileRequest,
  startSessionRequest,
} from "../../src/api/contract";
import { DomainError } from "../domain/errors";
import { findTenant, invitationView, locateInvitation, type WorldContext } from "../domain/invitations";
import {
  chooseAccount,
  completeSignIn,
  decideConsent,
  decideTerms,
  sendMfaSms,
  startAuthenticatorPush,
  verifyMfaSms,
  enterPasscode,
  findSession,
  restartSignIn,
  sendPasscode,
  sessionView,
  signupBack,
  signupName,
  signupProfile,
  signupResendCode,
  signupSetPassword,
  signupVerify,
  startDirectSession,
  startSession,
} from "../domain/redemption";
import type { RedemptionSession, WorldState } from "../domain/state";
import { verifyIdToken } from "../idp/tokens";
import { answering, parseWith, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

type Operation<Body> = (state: WorldState, sessionId: string, body: Body, ctx: WorldContext) => RedemptionSession;

export function redemptionHandlers({ world, appOrigin, clientId }: FakeWorldOptions) {
  const api = `${appOrigin}/api`;

  /** POST /api/sessions/{id}/<action>: parse the body, run the operation, answer the session's new state. */
  function sessionAction<Body>(action: string, schema: v.GenericSchema<unknown, Body> | undefined, operation: Operation<Body>) {
    return http.post(
      `${api}/sessions/:sessionId/${action}`,
      answering(async ({ request, params }) => {
        const body = (schema ? await readJson(request, schema) : undefined) as Body;
        return HttpResponse.json(
          world.transact((state, ctx) => sessionView(state, operation(state, String(params.sessionId), body, ctx), ctx)),
        );
      }),
    );
  }

  return [
    http.get(
      `${api}/invitation`,
      answering(({ request }) => {
        const locator = parseWith(invitationLocator, Object.fromEntries(new URL(request.url).searchParams));
        return HttpResponse.json(world.read((state) => invitationView(state, locateInvitation(state, locator))));
      }),
    ),
    http.post(
      `${api}/sessions`,
      answering(async ({ request }) => {
        const locator = await readJson(request, startSessionRequest);
        const view = world.transact((state, ctx) => sessionView(state, startSession(state, locator, ctx), ctx));
        return HttpResponse.json(view, { status: 201 });
      }),
    ),
    http.post(
      `${api}/direct-sessions`,
      answering(async ({ request }) => {
        const { tenantId, email } = await readJson(request, directSessionRequest);
        const view = world.transact((state, ctx) => sessionView(state, startDirectSession(state, tenantId, email, ctx), ctx));
        return HttpResponse.json(view, { status: 201 });
      }),
    ),
    http.get(
      `${api}/organizations`,
      answering(({ request }) => {
        const query = new URL(request.url).searchParams;
        return HttpResponse.json(world.read((state) => findOrganization(state, query.get("domain"), query.get("tenantId"))));
      }),
    ),
    http.get(
      `${api}/sessions/:sessionId`,
      answering(({ params }) =>
        HttpResponse.json(world.read((state, ctx) => sessionView(state, findSession(state, String(params.sessionId)), ctx))),
      ),
    ),
    http.post(
      `${api}/sessions/:sessionId/sign-in`,
      answering(async ({ request, params }) => {
        const { idToken } = await readJson(request, signInRequest);
        const { state, now } = world.read((s, ctx) => ({ state: s, now: ctx.now }));
        const account = await verifyIdToken(state, idToken, clientId, now);
        const view = world.transact((s, ctx) => sessionView(s, completeSignIn(s, String(params.sessionId), account, ctx), ctx));
        return HttpResponse.json(view);
      }),
    ),
    sessionAction("restart-sign-in", undefined, (s, id, _body, ctx) => restartSignIn(s, id, ctx)),
    sessionAction("choose", chooseAccountRequest, (s, id, body, ctx) => chooseAccount(s, id, body.account, ctx)),
    sessionAction("passcode/send", undefined, (s, id, _body, ctx) => sendPasscode(s, id, ctx)),
    sessionAction("passcode/verify", passcodeRequest, (s, id, body, ctx) => enterPasscode(s, id, body.code, ctx)),
    sessionAction("signup/password", signupPasswordRequest, (s, id, body, ctx) => signupSetPassword(s, id, body.password, ctx)),
    sessionAction("signup/resend-code", undefined, (s, id, _body, ctx) => signupResendCode(s, id, ctx)),
    sessionAction("signup/verify", signupCodeRequest, (s, id, body, ctx) => signupVerify(s, id, body.code, ctx)),
    sessionAction("signup/name", signupNameRequest, (s, id, body, ctx) => signupName(s, id, body.firstName, body.lastName, ctx)),
    sessionAction("signup/profile", signupProfileRequest, (s, id, body, ctx) => signupProfile(s, id, body.country, body.birthDate, ctx)),
    sessionAction("signup/back", undefined, (s, id, _body, ctx) => signupBack(s, id, ctx)),
    sessionAction("consent", consentRequest, (s, id, body, ctx) => decideConsent(s, id, body.decision, ctx)),
    sessionAction("mfa/push", undefined, (s, id, _body, ctx) => startAuthenticatorPush(s, id, ctx)),
    sessionAction("mfa/sms", smsRequest, (s, id, body, ctx) => sendMfaSms(s, id, body.phone, ctx)),
    sessionAction("mfa/verify", mfaCodeRequest, (s, id, body, ctx) => verifyMfaSms(s, id, body.code, ctx)),
    sessionAction("terms", termsRequest, (s, id, body, ctx) => decideTerms(s, id, body.decision, body.expanded, ctx)),
  ];
}

/** "Sign in to an organization" (spec §4.8): the organisation by one of its domains, or by tenant id. */
function findOrganization(state: Readonly<WorldState>, domain: string | null, tenantId: string | null) {
  const wanted = domain?.trim().toLowerCase();
  const tenant = tenantId
    ? state.tenants.find((t) => t.id === tenantId)
    : state.tenants.find((t) => t.verifiedDomains.includes(wanted ?? "") || t.initialDomain === wanted);
  if (!tenant) {
    throw new DomainError("AADSTS90002", 404, `Tenant '${domain ?? tenantId ?? ""}' not found.`, {
      organization: domain ?? tenantId ?? "",
    });
  }
  const found = findTenant(state as WorldState, tenant.id);
  return { tenantId: found.id, name: found.name, domain: found.domain };
}
