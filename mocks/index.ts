// The public entry to the fake world, for any app or test runner (issue 14 §5; docs/using-the-fake-entra.md).
// It hands over the msw handlers — give them to your own `setupWorker` (msw/browser) or `setupServer`
// (msw/node) — and the controls a test needs: the world (read, a named scenario, a custom world, reset),
// the fake clock, injected faults and a Graph token. Everything here is a thin layer over the functions the
// simulator itself runs on (mocks/browser.ts and mocks/node.ts are built on this entry), so it cannot drift.
// It imports neither msw/browser nor msw/node, so it loads in both.
import * as v from "valibot";
import { faultSettings, type FaultSettings, type ScenarioId, type StartAt } from "../src/api/contract";
import { FAKE_AUTHORITY_HOST, GRAPH_BASE, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID } from "../src/api/endpoints";
import { memoryStorage, sharedBrowserStorage, World, type StateStorage } from "./db";
import { authorityFor } from "./domain/accounts";
import type { Clock } from "./domain/clock";
import { NO_FAULTS, type Faults, type WorldState } from "./domain/state";
import { createHandlers, type FakeWorldOptions } from "./handlers";
import { clearFaults, setFaults } from "./handlers/faults";
import { issueAdminGraphToken } from "./idp/bearer";
import { buildCustomWorld, buildScenario, DEFAULT_SCENARIO, startScenario, type CustomWorld } from "./scenarios";

export type { FaultSettings, ScenarioId, StartAt } from "../src/api/contract";
export type { StateStorage } from "./db";
export type { Clock } from "./domain/clock";
export type { Faults, WorldState } from "./domain/state";
export type { WorldContext } from "./domain/invitations";
export type { CustomWorld } from "./scenarios";
export { World, memoryStorage } from "./db";
export type { AppRegistration } from "./handlers/options";
export { ADMIN_APP_CLIENT_ID, ADMIN_APP_CLIENT_SECRET, defaultAppRegistrations } from "./idp/apps";
export { DEMO_PASSWORD, DEFAULT_SCENARIO } from "./scenarios";
export { FAKE_AUTHORITY_HOST, GRAPH_BASE, MOCK_IDP_PAGE_PREFIX, REDIRECT_BRIDGE_PATH, SIMULATOR_CLIENT_ID };

export interface FakeEntraOptions extends Omit<FakeWorldOptions, "world" | "appOrigin" | "clientId"> {
  /**
   * Your app's origin (`window.location.origin`; in msw/node any origin your tests fetch, e.g.
   * `http://localhost:3000`). The fake sign-in pages, the redirect URIs the fake Entra accepts
   * (`<appOrigin>/` and `<appOrigin>/redirect.html`) and the demo API (`<appOrigin>/api/…`) live there.
   */
  appOrigin: string;
  /** Your app registration's client id: the only one the fake authorize endpoint accepts. Default: the simulator's. */
  clientId?: string;
  /** The named scenario the world starts as when none is stored (default `work-account`). */
  scenario?: ScenarioId;
  /** Or a world of your own: tenant, admin, guests, outside accounts (wins over `scenario`). */
  seed?: CustomWorld;
  /** The base clock (default: the system clock); the world keeps its own offset on top (clock.advance). */
  clock?: Clock;
  /**
   * Where the world is kept: in memory (default; tests), in the browser's storage for your origin, shared
   * by every tab, a reload and the MSAL popup ("browser"), or a StateStorage of your own.
   */
  storage?: "memory" | "browser" | StateStorage;
}

/** How far to move the fake clock. */
export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  ms?: number;
}

/** A fault to inject: any part of the studio's fault settings (the rest stays as it is). */
export type FaultInjection = Partial<FaultSettings>;

export interface FakeEntra {
  /** Every handler of the fake world, in order. Put your own handlers before them. */
  readonly handlers: ReturnType<typeof createHandlers>;
  /**
   * The world itself (`read`, `transact`, `replace` on its one stored document). Use it inside
   * `world.exclusive(async () => …)`, as every handler and every method below does: requests from other
   * tabs and the popup may be using it at the same moment.
   */
  readonly world: World;
  readonly appOrigin: string;
  readonly clientId: string;
  /** Runs a read-only query on the current state (tenants, users, invitations, mail, …). */
  read<T>(query: (state: Readonly<WorldState>) => T): Promise<T>;
  /** Resets the world to a named scenario, started where asked; answers the path the SPA would open. */
  startScenario(id: ScenarioId, options?: { startAt?: StartAt }): Promise<string>;
  /** Replaces the world with a custom one. */
  seed(world: CustomWorld): Promise<void>;
  /** Back to the world this fake started with: its scenario or seed, the clock at zero offset, no faults, a new signing key. */
  reset(): Promise<void>;
  readonly clock: {
    /** The fake world's now. */
    now(): Promise<Date>;
    /** Moves the fake clock forward (codes, sessions and tokens expire by it); answers the new now. */
    advance(by: Duration): Promise<Date>;
    /** Puts the fake clock at `time`; answers the new now. */
    set(time: Date | string | number): Promise<Date>;
  };
  readonly faults: {
    current(): Promise<Faults>;
    /** Injects faults: e.g. `{ failingEndpoint: "graph", failCount: 1, failStatus: 429, retryAfterSeconds: 1 }`. */
    inject(faults: FaultInjection): Promise<Faults>;
    clear(): Promise<void>;
  };
  /** A Graph access token of the resource tenant's admin (what `POST /api/demo/graph-token` answers). */
  graphToken(): Promise<string>;
  /**
   * The fake authority of a tenant (default: the inviting tenant), `https://login.mock-idp.test/<tenant>/v2.0`:
   * MSAL's `authority` (with `knownAuthorities: [FAKE_AUTHORITY_HOST]`) and the issuer of its tokens.
   */
  authority(tenantId?: string): Promise<string>;
  /** The inviting (resource) tenant's id. */
  tenantId(): Promise<string>;
}

function storageOf(storage: FakeEntraOptions["storage"]): StateStorage {
  if (storage === undefined || storage === "memory") return memoryStorage();
  if (storage === "browser") return sharedBrowserStorage();
  return storage;
}

const msOf = ({ days = 0, hours = 0, minutes = 0, seconds = 0, ms = 0 }: Duration) =>
  (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + ms;

/** The fake Entra (and fake Graph, mail and demo API) for your app: see docs/using-the-fake-entra.md. */
export function createFakeEntra(options: FakeEntraOptions): FakeEntra {
  const { appOrigin, clientId = SIMULATOR_CLIENT_ID, scenario = DEFAULT_SCENARIO, seed, clock, storage, ...rest } = options;
  const initial = (ctx: Parameters<typeof buildScenario>[1], previous?: WorldState) =>
    seed ? buildCustomWorld(seed, ctx, previous) : buildScenario(scenario, ctx, previous);
  const world = new World({ storage: storageOf(storage), seed: (ctx) => initial(ctx), appOrigin, clock });
  const handlers = createHandlers({ ...rest, world, appOrigin, clientId });
  /** Every use of the world, as one request of its own. */
  const alone = <T>(work: () => T | Promise<T>): Promise<T> => world.exclusive(async () => work());
  const resourceTenantId = () => world.read((state) => state.resourceTenantId);

  const shift = (target: (now: Date) => number) =>
    alone(() => {
      world.transact((state, ctx) => {
        state.clockOffsetMs += target(ctx.now) - ctx.now.getTime();
      });
      return world.read((_, ctx) => ctx.now);
    });

  return {
    handlers,
    world,
    appOrigin,
    clientId,
    read: (query) => alone(() => world.read((state) => query(state))),
    startScenario: (id, { startAt } = {}) => alone(() => startScenario(world, id, startAt)),
    seed: (custom) =>
      alone(() => {
        world.replace((ctx, previous) => buildCustomWorld(custom, ctx, previous));
      }),
    reset: () =>
      alone(() => {
        world.replace((ctx) => initial(ctx));
      }),
    clock: {
      now: () => alone(() => world.read((_, ctx) => ctx.now)),
      advance: (by) => shift((now) => now.getTime() + msOf(by)),
      set: (time) => shift(() => new Date(time).getTime()),
    },
    faults: {
      current: () => alone(() => world.read((state) => state.faults)),
      inject: (faults) =>
        alone(() => {
          // The same checks as PUT /api/demo/faults: a typo is an error, not a fault silently not injected.
          const merged = { ...NO_FAULTS, ...world.read((state) => state.faults), ...faults };
          const settings = v.parse(v.strictObject(faultSettings.entries), merged);
          world.transact((state) => setFaults(state, settings));
          return world.read((state) => state.faults);
        }),
      clear: () => alone(() => world.transact((state) => clearFaults(state))),
    },
    graphToken: () => alone(async () => (await issueAdminGraphToken(world)).accessToken),
    authority: (tenantId) => alone(() => authorityFor(tenantId ?? resourceTenantId())),
    tenantId: () => alone(resourceTenantId),
  };
}

/**
 * Whether this page is the fake Entra's sign-in page: the authorize endpoint is `<appOrigin>/mock-idp/…`,
 * so the MSAL popup (or a redirect sign-in) loads your app's own HTML there. Such a page starts the
 * worker with the same handlers and then calls `showFakeIdpPage()` instead of rendering your app.
 */
export function isFakeIdpPage(location: { pathname: string }, basePath = "/"): boolean {
  return location.pathname.startsWith(`${basePath.replace(/\/$/, "")}${MOCK_IDP_PAGE_PREFIX}`);
}

/**
 * Shows the fake sign-in pages in this window (after the worker started) and, on success, goes to the
 * redirect URI with the code. `reloading`: msw is about to reload this page (see mocks/browser.ts), so
 * leaving it is not the user closing the popup. Loaded on demand: it is never part of your app's bundle.
 */
export async function showFakeIdpPage(options: { reloading?: boolean } = {}): Promise<void> {
  const { runFakeIdpPopup } = await import("./idp/popup");
  await runFakeIdpPopup({ reloading: options.reloading ?? false });
}
