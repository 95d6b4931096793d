// The redemption API the SPA uses (docs/api.md): show an invitation, start a session (from the e-mail link
// or a direct link), prove an identity on the discovered path, decide on consent. GET changes nothing:
// mail scanners pre-open links.
import { http, HttpResponse } from "msw";
import type * as v from "valibot";
import { directSessionRequest, invitationLocator, startSessionRequest } from "../../src/api/contract";
import { actions, actionNames, type ActionBody, type ActionName } from "../../src/api/flow";
import { requestAdminConsent } from "../domain/admin-consent";
import { DomainError } from "../domain/errors";
import { findTenant, invitationView, locateInvitation, type WorldContext } from "../domain/invitations";
import {
  chooseAccount,
  decideConsent,
  decidePasskey,
  decideTerms,
  enterPasscode,
  findLiveSession,
  restartSignIn,
  sendMfaSms,
  sendPasscode,
  sessionView,
  signIn,
  signupBack,
  signupName,
  signupProfile,
  signupResendCode,
  signupSetPassword,
  signupVerify,
  startAuthenticatorPush,
  startDirectSession,
  startSession,
  verifyMfaCode,
  callPhone,
  proofUp,
  moveInWizard,
  chooseChallengeMethod,
  finishRegistration,
} from "../domain/redemption";
import type { VerifiedIdToken } from "../domain/redemption/sign-in";
import type { RedemptionSession, WorldState } from "../domain/state";
import { verifyIdToken } from "../idp/tokens";
import { appById } from "../idp/apps";
import { hashPassword, type PasswordHash } from "../domain/passwords";
import { answering, parseWith, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

/**
 * What an action's operation receives: its parsed body, except where asynchronous work comes first
 * (outside the domain's synchronous transaction): sign-in's id token is verified, a new password hashed.
 */
type Input<A extends ActionName> = A extends "sign-in"
  ? VerifiedIdToken
  : A extends "signup/password"
    ? ActionBody<A> & { hash: PasswordHash }
    : ActionBody<A>;
type Operation<A extends ActionName> = (state: WorldState, sessionId: string, input: Input<A>, ctx: WorldContext) => RedemptionSession;

/** The domain function behind every action of the flow table (a missing one fails the typecheck). */
const operations: { [A in ActionName]: Operation<A> } = {
  "sign-in": (s, id, token, ctx) => signIn(s, id, token, ctx),
  "restart-sign-in": (s, id, _body, ctx) => restartSignIn(s, id, ctx),
  choose: (s, id, body, ctx) => chooseAccount(s, id, body.account, ctx),
  "passcode/send": (s, id, _body, ctx) => sendPasscode(s, id, ctx),
  "passcode/verify": (s, id, body, ctx) => enterPasscode(s, id, body.code, ctx),
  "signup/password": (s, id, body, ctx) => signupSetPassword(s, id, body, ctx),
  "signup/resend-code": (s, id, _body, ctx) => signupResendCode(s, id, ctx),
  "signup/verify": (s, id, body, ctx) => signupVerify(s, id, body.code, ctx),
  "signup/name": (s, id, body, ctx) => signupName(s, id, body.firstName, body.lastName, ctx),
  "signup/profile": (s, id, body, ctx) => signupProfile(s, id, body.country, body.birthDate, ctx),
  "signup/back": (s, id, _body, ctx) => signupBack(s, id, ctx),
  consent: (s, id, body, ctx) => decideConsent(s, id, body.decision, ctx),
  "mfa/proof-up": (s, id, _body, ctx) => proofUp(s, id, ctx),
  "mfa/wizard": (s, id, body, ctx) => moveInWizard(s, id, body.page, ctx),
  "mfa/method": (s, id, body, ctx) => chooseChallengeMethod(s, id, body.method, ctx),
  "mfa/done": (s, id, _body, ctx) => finishRegistration(s, id, ctx),
  "mfa/push": (s, id, _body, ctx) => startAuthenticatorPush(s, id, ctx),
  "mfa/sms": (s, id, body, ctx) => sendMfaSms(s, id, body.phone, ctx),
  "mfa/call": (s, id, body, ctx) => callPhone(s, id, body.phone, ctx),
  "mfa/verify": (s, id, body, ctx) => verifyMfaCode(s, id, body.code, ctx),
  passkey: (s, id, body, ctx) => decidePasskey(s, id, body.decision, ctx),
  terms: (s, id, body, ctx) => decideTerms(s, id, body.decision, body.expanded, ctx, body.agreementId),
  "app-consent/request": (s, id, body, ctx) => requestAdminConsent(s, id, body.justification, ctx),
};

export function redemptionHandlers(options: FakeWorldOptions) {
  const { world, appOrigin, clientId } = options;
  const api = `${appOrigin}/api`;
  /** The app the guest signs in to, as Entra's error page names it. */
  const app = { name: appById(options, clientId)?.displayName ?? clientId, id: clientId };

  /** POST /api/sessions/{id}/<action>: parse the body, run the operation, answer the session's new state. */
  function sessionAction(name: ActionName) {
    const action = actions[name];
    const operation = operations[name] as Operation<ActionName>;
    return http.post(
      `${api}/sessions/:sessionId/${name}`,
      answering(async ({ request, params }) => {
        const body: unknown = "body" in action ? await readJson(request, action.body as v.GenericSchema) : {};
        const input =
          name === "sign-in"
            ? await world.read((state, ctx) => verifyIdToken(state, (body as ActionBody<"sign-in">).idToken, clientId, ctx.now))
            : name === "signup/password"
              ? { ...(body as ActionBody<"signup/password">), hash: await hashPassword((body as ActionBody<"signup/password">).password) }
              : body;
        return HttpResponse.json(
          world.transact((state, ctx) => {
            const sessionId = String(params.sessionId);
            findLiveSession(state, sessionId, ctx);
            return sessionView(state, operation(state, sessionId, input as Input<ActionName>, ctx), ctx, app);
          }),
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
        const view = world.transact((state, ctx) => sessionView(state, startSession(state, locator, ctx), ctx, app));
        return HttpResponse.json(view, { status: 201 });
      }),
    ),
    http.post(
      `${api}/direct-sessions`,
      answering(async ({ request }) => {
        const { tenantId, email } = await readJson(request, directSessionRequest);
        const view = world.transact((state, ctx) => sessionView(state, startDirectSession(state, tenantId, email, ctx), ctx, app));
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
        HttpResponse.json(world.read((state, ctx) => sessionView(state, findLiveSession(state, String(params.sessionId), ctx), ctx, app))),
      ),
    ),
    ...actionNames.map(sessionAction),
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
  const found = findTenant(state, tenant.id);
  return { tenantId: found.id, name: found.name, domain: found.domain };
}
