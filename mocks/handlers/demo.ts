// The demo control API: which scenario is loaded, and switching to another one (a full reset).
import { http, HttpResponse } from "msw";
import { advanceClockRequest, startScenarioRequest, type DemoState } from "../../src/api/contract";
import type { World } from "../db";
import type { WorldState } from "../domain/state";
import { buildScenario, startPathOf } from "../scenarios";
import { answering, readJson } from "./http";
import type { FakeWorldOptions } from "./options";

function demoState(world: World, state: Readonly<WorldState>, now: Date): DemoState {
  const recoveredFrom = world.recoveredFrom;
  world.recoveredFrom = undefined;
  return {
    scenarioId: state.scenarioId as DemoState["scenarioId"],
    guestEmail: state.guestEmail,
    now: now.toISOString(),
    startPath: startPathOf(state),
    recoveredFrom,
  };
}

export function demoHandlers({ world, appOrigin }: FakeWorldOptions) {
  return [
    http.get(
      `${appOrigin}/api/demo`,
      answering(() => HttpResponse.json(world.read((state, ctx) => demoState(world, state, ctx.now)))),
    ),
    http.post(
      `${appOrigin}/api/demo/scenario`,
      answering(async ({ request }) => {
        const { scenarioId } = await readJson(request, startScenarioRequest);
        const state = world.replace((ctx, previous) => buildScenario(scenarioId, ctx, previous));
        return HttpResponse.json(world.read((_, ctx) => demoState(world, state, ctx.now)));
      }),
    ),
    http.post(
      `${appOrigin}/api/demo/clock`,
      answering(async ({ request }) => {
        const { minutes } = await readJson(request, advanceClockRequest);
        world.transact((state) => {
          state.clockOffsetMs += minutes * 60_000;
        });
        return HttpResponse.json(world.read((state, ctx) => demoState(world, state, ctx.now)));
      }),
    ),
  ];
}
