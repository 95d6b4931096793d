// The demo control API (the studio's): scenario and share-link start, live tenant settings, the fake
// clock, fault injection, "reset all data", and the requesting browser's sessions at the fake login host. Never affected by injected faults.
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import {
  advanceClockRequest,
  browserSessionRequest,
  faultSettings,
  startScenarioRequest,
  tenantSettings,
  brandingView,
  type BrowserSessionsView,
  type PasswordLockoutsView,
  unlockAccountRequest,
  expirePasswordRequest,
  denyConsentRequest,
  type DemoState,
} from "../../src/api/contract";
import type { World } from "../db";
import { applySettings, readSettings } from "../domain/settings";
import { brandingOf, replaceBranding } from "../domain/branding";
import type { WorldState } from "../domain/state";
import { findInBrowser, forget, signOut, tilesIn } from "../domain/browser-sessions";
import { notFound } from "../domain/errors";
import { unlockAccount } from "../domain/smart-lockout";
import { passwordsView } from "../domain/password-expiry";
import { adminConsentRequestsView, approveConsentRequest, denyConsentRequest as denyRequest } from "../domain/admin-consent";
import { idpClaimOf } from "../domain/home-realm";
import { pathOfAccount } from "../domain/accounts";
import { clearFaults, setFaults } from "./faults";
import { buildScenario, DEFAULT_SCENARIO, scenarioTerms, startPathOf, startScenario } from "../scenarios";
import type { ScenarioId } from "../../src/api/contract";
import { issueAdminGraphToken } from "../idp/bearer";
import { answering, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

function demoState(world: World, state: Readonly<WorldState>, now: Date, startPath?: string): DemoState {
  const recoveredFrom = world.recoveredFrom;
  world.recoveredFrom = undefined;
  return {
    scenarioId: state.scenarioId as DemoState["scenarioId"],
    guestEmail: state.guestEmail,
    now: now.toISOString(),
    startPath: startPath ?? startPathOf(state),
    faults: state.faults as DemoState["faults"],
    recoveredFrom,
  };
}

/** The requesting browser's sessions at the login host (addendum §10.1 tiles): never another browser's. */
function browserSessionsOf(state: Readonly<WorldState>, browser: string | undefined, now: Date): BrowserSessionsView {
  return {
    sessions: tilesIn(state, browser, now).map(({ session, account, active }) => ({
      sid: session.sid,
      email: account.email,
      displayName: account.displayName,
      identityProvider: idpClaimOf(state, account),
      kind: pathOfAccount(account),
      signedInAt: session.signedInAt,
      lastUsedAt: session.lastUsedAt,
      persistent: session.persistent,
      active,
    })),
  };
}

export function demoHandlers({ world, appOrigin }: FakeWorldOptions) {
  const demo = `${appOrigin}/api/demo`;
  const current = () => HttpResponse.json(world.read((state, ctx) => demoState(world, state, ctx.now)));
  return [
    http.get(demo, answering(current)),
    http.post(
      `${demo}/scenario`,
      answering(async ({ request }) => {
        const { scenarioId, startAt } = await readJson(request, startScenarioRequest);
        const startPath = startScenario(world, scenarioId, startAt);
        return HttpResponse.json(world.read((state, ctx) => demoState(world, state, ctx.now, startPath)));
      }),
    ),
    http.post(
      `${demo}/clock`,
      answering(async ({ request }) => {
        const { minutes } = await readJson(request, advanceClockRequest);
        world.transact((state) => {
          state.clockOffsetMs += minutes * 60_000;
        });
        return current();
      }),
    ),
    /** Smart lockout's counters at the home IdP (AADSTS50053), and the admin's unlock (addendum §14.2). */
    http.get(
      `${demo}/lockouts`,
      answering(() => HttpResponse.json(world.read((state, ctx) => lockoutsView(state, ctx.now)))),
    ),
    http.post(
      `${demo}/lockouts/unlock`,
      answering(async ({ request }) => {
        const { email } = await readJson(request, unlockAccountRequest);
        return HttpResponse.json(
          world.transact((state, ctx) => {
            const account = state.accounts.find((a) => a.kind === "entra" && a.email === email.trim().toLowerCase());
            if (!account || !unlockAccount(state, account.objectId)) throw notFound("Lockout", { email });
            return lockoutsView(state, ctx.now);
          }),
        );
      }),
    ),
    /** The work accounts' passwords at the home tenant (AADSTS50055), and the home admin's Expire password. */
    http.get(
      `${demo}/passwords`,
      answering(() => HttpResponse.json(world.read((state) => passwordsView(state)))),
    ),
    http.post(
      `${demo}/passwords/expire`,
      answering(async ({ request }) => {
        const { email } = await readJson(request, expirePasswordRequest);
        return HttpResponse.json(
          world.transact((state) => {
            const account = state.accounts.find((a) => a.kind === "entra" && a.email === email.trim().toLowerCase());
            if (account?.kind !== "entra") throw notFound("WorkAccount", { email });
            account.passwordExpired = true;
            return passwordsView(state);
          }),
        );
      }),
    ),
    /**
     * Enterprise applications > Admin consent requests (ED review-admin-consent-requests): the list, Approve
     * (tenant-wide admin consent) and Deny (with a justification). Graph can read requests but can't approve
     * or deny them, so the admin center's actions are the demo API's (docs/decisions/0077).
     */
    http.get(
      `${demo}/consent-requests`,
      answering(() => HttpResponse.json(world.read((state, ctx) => adminConsentRequestsView(state, ctx.now)))),
    ),
    http.post(
      `${demo}/consent-requests/:id/approve`,
      answering(({ params }) => HttpResponse.json(world.transact((state, ctx) => approveConsentRequest(state, String(params.id), ctx)))),
    ),
    http.post(
      `${demo}/consent-requests/:id/deny`,
      answering(async ({ request, params }) => {
        const { justification } = await readJson(request, denyConsentRequest);
        return HttpResponse.json(world.transact((state, ctx) => denyRequest(state, String(params.id), justification, ctx)));
      }),
    ),
    /** The demo admin's Graph token (the admin page and the invite console call Graph with it). */
    http.post(
      `${demo}/graph-token`,
      answering(async () => HttpResponse.json(await issueAdminGraphToken(world))),
    ),
    /** Reset all data: the default scenario, no faults, a new signing key. */
    http.post(
      `${demo}/reset`,
      answering(() => {
        world.replace((ctx) => buildScenario(DEFAULT_SCENARIO, ctx));
        return current();
      }),
    ),
    http.get(
      `${demo}/settings`,
      answering(() => HttpResponse.json(world.read((state) => readSettings(state)))),
    ),
    http.put(
      `${demo}/settings`,
      answering(async ({ request }) => {
        const settings = await readJson(request, tenantSettings);
        world.transact((state) => applySettings(state, settings, scenarioTerms()));
        return HttpResponse.json(world.read((state) => readSettings(state)));
      }),
    ),
    /** Company branding for the studio's editor (addendum §13.1): every tenant's, whole; checked as Graph checks it. */
    http.get(
      `${demo}/branding`,
      answering(() =>
        HttpResponse.json(
          world.read((state) => state.tenants.map((t) => ({ tenantId: t.id, name: t.name, branding: brandingOf(state, t.id) ?? {} }))),
        ),
      ),
    ),
    http.put(
      `${demo}/branding/:tenantId`,
      answering(async ({ request, params }) => {
        const view = await readJson(request, brandingView);
        world.transact((state) => replaceBranding(state, String(params.tenantId), view));
        return HttpResponse.json(
          world.read((state) => state.tenants.map((t) => ({ tenantId: t.id, name: t.name, branding: brandingOf(state, t.id) ?? {} }))),
        );
      }),
    ),
    /** Back to the current scenario's own settings, keeping everything else (guests, mail, sessions). */
    http.post(
      `${demo}/settings/reset`,
      answering(() => {
        world.transact((state, ctx) => {
          const fresh = buildScenario(state.scenarioId as ScenarioId, ctx, state);
          state.tenants = fresh.tenants;
        });
        return HttpResponse.json(world.read((state) => readSettings(state)));
      }),
    ),
    /** Addendum §10.1: this browser's sessions at the fake login host, as "Pick an account" lists them. */
    http.get(
      `${demo}/browser-sessions`,
      answering(() => HttpResponse.json(world.read((state, ctx) => browserSessionsOf(state, ctx.browser, ctx.now)))),
    ),
    /** §10.1 SIM-ASSUMPTION: a tile's Sign out ends the session and keeps the tile; Forget also removes it. */
    ...(["sign-out", "forget"] as const).map((action) =>
      http.post(
        `${demo}/browser-sessions/${action}`,
        answering(async ({ request }) => {
          const { sid } = await readJson(request, browserSessionRequest);
          const view = world.transact((state, ctx) => {
            // Another browser's sid is as unknown here as one that never existed.
            const session = findInBrowser(state, ctx.browser, sid);
            if (!session) throw notFound("BrowserSession", { sid });
            if (action === "sign-out") signOut(session);
            else forget(state, session);
            return browserSessionsOf(state, ctx.browser, ctx.now);
          });
          return HttpResponse.json(view);
        }),
      ),
    ),
    /** §10.5 SIM-ASSUMPTION: every identity of this browser signed out; the tiles stay. */
    http.post(
      `${demo}/browser-sessions/sign-out-all`,
      answering(async ({ request }) => {
        await readJson(request, v.object({}));
        const view = world.transact((state, ctx) => {
          for (const { session } of tilesIn(state, ctx.browser, ctx.now)) signOut(session);
          return browserSessionsOf(state, ctx.browser, ctx.now);
        });
        return HttpResponse.json(view);
      }),
    ),
    http.put(
      `${demo}/faults`,
      answering(async ({ request }) => {
        const faults = await readJson(request, faultSettings);
        world.transact((state) => setFaults(state, faults));
        return current();
      }),
    ),
    http.delete(
      `${demo}/faults`,
      answering(() => {
        world.transact((state) => clearFaults(state));
        return current();
      }),
    ),
  ];
}

function lockoutsView(state: WorldState, now: Date): PasswordLockoutsView {
  return {
    lockouts: state.passwordLockouts.flatMap((record) => {
      const account = state.accounts.find((a) => a.objectId === record.subject);
      if (!account) return [];
      const locked = record.lockedUntil && new Date(record.lockedUntil) > now ? record.lockedUntil : undefined;
      return [
        {
          email: account.email,
          failed: locked || !record.lockedUntil ? record.failed : 0,
          lockouts: record.lockouts,
          ...(locked ? { lockedUntil: locked } : {}),
        },
      ];
    }),
  };
}
