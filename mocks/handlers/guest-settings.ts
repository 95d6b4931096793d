// The guest's own settings: the simulated phone (MFA), "Block future invitations" and its manage page,
// My Account → Organizations → Leave, and the apps My Apps shows.
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { emailAddress, phoneCallRequest, phoneScanRequest, pushAnswerRequest, unsubscribeRequest } from "../../src/api/contract";
import { myApps } from "../domain/apps";
import {
  blockedOrganizations,
  blockInvitations,
  leaveOrganization,
  myOrganizations,
  sendManageCode,
  unblockInvitations,
  verifyManageCode,
} from "../domain/guest-settings";
import { phoneView, scanCode } from "../domain/phone";
import { answerCall, answerPush } from "../domain/redemption";
import { answering, parseWith, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

const emailBody = v.object({ email: emailAddress });
const codeBody = v.object({ email: emailAddress, code: v.pipe(v.string(), v.maxLength(64)) });
const unblockBody = v.object({ email: emailAddress, tenantIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(100)) });
const sessionBody = v.object({ sessionId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) });

export function guestSettingsHandlers({ world, appOrigin }: FakeWorldOptions) {
  const api = `${appOrigin}/api`;
  return [
    http.get(
      `${api}/phone`,
      answering(() => HttpResponse.json(world.read((state, ctx) => phoneView(state, ctx)))),
    ),
    http.post(
      `${api}/phone/pushes/:pushId`,
      answering(async ({ request, params }) => {
        const { decision, number } = await readJson(request, pushAnswerRequest);
        world.transact((state, ctx) => answerPush(state, String(params.pushId), decision === "approve", number, ctx));
        return HttpResponse.json(world.read((state, ctx) => phoneView(state, ctx)));
      }),
    ),
    // A verification call: answer, decline, or press a key (# verifies), addendum §12.4 S47.
    http.post(
      `${api}/phone/calls/:callId`,
      answering(async ({ request, params }) => {
        const { action, key } = await readJson(request, phoneCallRequest);
        world.transact((state, ctx) => answerCall(state, String(params.callId), action, key, ctx));
        return HttpResponse.json(world.read((state, ctx) => phoneView(state, ctx)));
      }),
    ),
    // The phone's camera read a QR code on a sign-in page, or its code was typed in by hand (addendum §12.3 W3).
    http.post(
      `${api}/phone/scan`,
      answering(async ({ request }) => {
        const { payload } = await readJson(request, phoneScanRequest);
        world.transact((state, ctx) => scanCode(state, payload, ctx));
        return HttpResponse.json(world.read((state, ctx) => phoneView(state, ctx)));
      }),
    ),
    http.post(
      `${api}/unsubscribe`,
      answering(async ({ request }) => {
        const { tenantId, email } = await readJson(request, unsubscribeRequest);
        return HttpResponse.json(world.transact((state, ctx) => blockInvitations(state, tenantId, email, ctx)));
      }),
    ),
    http.post(
      `${api}/unsubscribe/manage/send-code`,
      answering(async ({ request }) => {
        const { email } = await readJson(request, emailBody);
        world.transact((state, ctx) => sendManageCode(state, email, ctx));
        return HttpResponse.json({ sent: true });
      }),
    ),
    http.post(
      `${api}/unsubscribe/manage/verify`,
      answering(async ({ request }) => {
        const { email, code } = await readJson(request, codeBody);
        return HttpResponse.json(world.transact((state, ctx) => verifyManageCode(state, email, code, ctx)));
      }),
    ),
    http.get(
      `${api}/unsubscribe/manage`,
      answering(({ request }) => {
        const email = parseWith(emailAddress, new URL(request.url).searchParams.get("email") ?? "");
        return HttpResponse.json(world.read((state, ctx) => blockedOrganizations(state, email, ctx)));
      }),
    ),
    http.post(
      `${api}/unsubscribe/manage/unblock`,
      answering(async ({ request }) => {
        const { email, tenantIds } = await readJson(request, unblockBody);
        return HttpResponse.json(world.transact((state, ctx) => unblockInvitations(state, email, tenantIds, ctx)));
      }),
    ),
    http.get(
      `${api}/my-account/organizations`,
      answering(({ request }) => {
        const { sessionId } = parseWith(sessionBody, { sessionId: new URL(request.url).searchParams.get("session") ?? "" });
        return HttpResponse.json(world.read((state) => myOrganizations(state, sessionId)));
      }),
    ),
    http.get(
      `${api}/my-apps`,
      answering(({ request }) => {
        const { sessionId } = parseWith(sessionBody, { sessionId: new URL(request.url).searchParams.get("session") ?? "" });
        return HttpResponse.json(world.read((state) => myApps(state, sessionId)));
      }),
    ),
    http.post(
      `${api}/my-account/leave`,
      answering(async ({ request }) => {
        const { sessionId } = await readJson(request, sessionBody);
        return HttpResponse.json(world.transact((state, ctx) => leaveOrganization(state, sessionId, ctx)));
      }),
    ),
  ];
}
