// The state behind the fake world. Every request loads the document, runs one domain operation on it and
// saves it, synchronously. The main window, the MSAL popup and a second tab each run their own msw
// client, so a shared document re-read per request is what keeps them all seeing one world
// (docs/decisions/0002-world-store.md explains why this is not @msw/data).
import * as v from "valibot";
import { shiftedClock, systemClock, type Clock } from "./domain/clock";
import { DomainError } from "./domain/errors";
import type { WorldContext } from "./domain/invitations";
import { STATE_VERSION, worldState, type WorldState } from "./domain/state";

export interface StateStorage {
  load(): string | null;
  save(raw: string): void;
  /**
   * Runs `work` as the only user of the stored document across every context that shares it (tabs, the
   * MSAL popup). Without it, work in this context is still serialized (World.exclusive).
   */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

export function memoryStorage(): StateStorage {
  let raw: string | null = null;
  return {
    load: () => raw,
    save: (value) => {
      raw = value;
    },
  };
}

export const STORAGE_KEY = "b2b-simulator/world";

export function localStorageStorage(key = STORAGE_KEY): StateStorage {
  return {
    load: () => localStorage.getItem(key),
    save: (value) => {
      try {
        localStorage.setItem(key, value);
      } catch (error) {
        // The browser's storage for this site is full (or switched off): say so, in words.
        throw new DomainError(
          "StorageFull",
          507,
          "The browser's storage for this site is full, so the simulator could not save. Reset all data in the studio, or free storage for this site.",
          { reason: error instanceof Error ? error.name : "unknown" },
        );
      }
    },
  };
}

export type Recovery = "unreadable" | "older-version" | "newer-version";

export interface WorldOptions {
  storage: StateStorage;
  /** Builds the default world when there is none, or when the stored one cannot be used. */
  seed: (ctx: WorldContext) => WorldState;
  appOrigin: string;
  clock?: Clock;
}

export class World {
  /** Why the stored state was replaced by the default one, if it was (shown once in the demo banner). */
  recoveredFrom: Recovery | undefined;
  private readonly baseClock: Clock;

  /** The end of the last exclusive work in this context: the next one waits for it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WorldOptions) {
    this.baseClock = options.clock ?? systemClock;
  }

  /**
   * Runs `work` (one request's handling) alone: no other request, in this context or another tab, reads
   * or writes the world until it ends. Every handler that uses the world runs inside it.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const { storage } = this.options;
    const run = () => (storage.exclusive ? storage.exclusive(work) : work());
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Runs `operation` on the current state and saves the result. Nothing is saved if it throws, unless it
   * is a DomainError that says its own changes must be kept (a wrong passcode is still an attempt).
   */
  transact<T>(operation: (state: WorldState, ctx: WorldContext) => T): T {
    const state = this.load();
    try {
      const result = operation(state, this.context(state));
      this.options.storage.save(JSON.stringify(state));
      return result;
    } catch (error) {
      if (error instanceof DomainError && error.keepChanges) this.options.storage.save(JSON.stringify(state));
      throw error;
    }
  }

  /** Runs a read-only `query` on the current state. */
  read<T>(query: (state: Readonly<WorldState>, ctx: WorldContext) => T): T {
    const state = this.load();
    return query(state, this.context(state));
  }

  replace(build: (ctx: WorldContext, previous: WorldState | undefined) => WorldState): WorldState {
    const previous = this.tryLoad();
    const next = build(this.context(previous), previous);
    this.options.storage.save(JSON.stringify(next));
    return next;
  }

  private context(state: WorldState | undefined): WorldContext {
    const clock = shiftedClock(this.baseClock, state?.clockOffsetMs ?? 0);
    return { now: clock(), appOrigin: this.options.appOrigin };
  }

  private tryLoad(): WorldState | undefined {
    const raw = this.options.storage.load();
    if (raw === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      this.recoveredFrom = "unreadable";
      return undefined;
    }
    const result = v.safeParse(worldState, parsed);
    if (result.success) return result.output;
    const version = (parsed as { version?: unknown } | null)?.version;
    this.recoveredFrom =
      typeof version !== "number" || version === STATE_VERSION ? "unreadable" : version > STATE_VERSION ? "newer-version" : "older-version";
    return undefined;
  }

  private load(): WorldState {
    const state = this.tryLoad();
    if (state) return state;
    const seeded = this.options.seed(this.context(undefined));
    this.options.storage.save(JSON.stringify(seeded));
    return seeded;
  }
}
