// The demo control API (the studio's): scenario and share-link start, live tenant settings, the fake
// clock, fault injection, and "reset all data". Never affected by injected faults.
import { http, HttpResponse } from "msw";
import { advanceClockRequest, faultSettings, startScenarioRequest, tenantSettings, type DemoState } from "../../src/api/contract";
import type { World } from "../db";
import { applySettings, readSettings } from "../domain/settings";
import type { WorldState } from "../domain/state";
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
