// The state behind the fake world. Every request loads the document, runs one domain operation on it and
// saves it. The main window, the MSAL popup and a second tab each run their own msw client, so a shared
// document re-read per request is what keeps them all seeing one world. In the browser each request runs
// under one cross-tab lock with the document in IndexedDB, so two tabs acting at once never lose an update
// (docs/decisions/0002-world-store.md, 0032-one-world-across-tabs.md).
import { createStore, del, get, set } from "idb-keyval";
import * as v from "valibot";
import { shiftedClock, systemClock, type Clock } from "./domain/clock";
import { DomainError } from "./domain/errors";
import type { WorldContext } from "./domain/invitations";
import { STATE_VERSION, STORED_LIMITS, worldState, type WorldState } from "./domain/state";

export interface StateStorage {
  load(): string | null;
  save(raw: string): void;
  /**
   * Runs `work` as the only user of the stored document across every context that shares it (tabs, the
   * MSAL popup). Without it, work in this context is still serialized (World.exclusive).
   */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Where the fake IdP's private signing key lives, beside the document and never in it (decision 0037).
   * Without it, the world keeps the key in memory.
   */
  signingKeys?: SigningKeyStore;
}

/** The fake IdP's private signing key: a non-extractable WebCrypto key, named by the `kid` the world publishes. */
export interface StoredSigningKey {
  kid: string;
  privateKey: CryptoKey;
}

export interface SigningKeyStore {
  load(): Promise<StoredSigningKey | undefined>;
  save(key: StoredSigningKey): Promise<void>;
}

/** A signing key held in memory only (node tests, a memory world): gone with the process, as the world is. */
export function memorySigningKeys(): SigningKeyStore {
  let stored: StoredSigningKey | undefined;
  return {
    load: () => Promise.resolve(stored),
    save: (key) => {
      stored = key;
      return Promise.resolve();
    },
  };
}

export function memoryStorage(): StateStorage {
  let raw: string | null = null;
  return {
    load: () => raw,
    save: (value) => {
      raw = value;
    },
    signingKeys: memorySigningKeys(),
  };
}

export const STORAGE_KEY = "b2b-simulator/world";
/** The idb-keyval entry, beside the world document, that holds the signing key (a CryptoKey, by structured clone). */
export const SIGNING_KEY_ENTRY = "signing-key";
/** The Web Lock every context takes before it reads or writes the shared world. */
export const WORLD_LOCK = "b2b-simulator/world";

/** The browser's storage for this site is full (or switched off): said in words. */
export function storageFull(error: unknown): DomainError {
  return new DomainError(
    "StorageFull",
    507,
    "The browser's storage for this site is full, so the simulator could not save. Reset all data in the studio, or free storage for this site.",
    { reason: error instanceof Error ? error.name : "unknown" },
  );
}

/**
 * The world in IndexedDB, shared by every tab and the popup. localStorage cannot be used for this: a tab
 * reads its own cached copy, which another tab's write reaches only some time later, lock or no lock.
 * An IndexedDB transaction that committed before the lock was handed over is always seen by the next one.
 * The document is read once when a request takes the lock and written once, if changed, before it lets go.
 * The fake IdP's private key is a CryptoKey of its own entry in the same store: IndexedDB keeps it by
 * structured clone, and since it is not extractable no page script can read its key material (decision 0037).
 */
export function sharedBrowserStorage(name = STORAGE_KEY, locks: LockManager = navigator.locks): StateStorage {
  const store = createStore(name, "documents");
  let document: string | null = null;
  let changed = false;
  let holding = false;
  const mustHold = () => {
    if (!holding) throw new Error("[fake world] the world was used outside a request (World.exclusive).");
  };
  return {
    signingKeys: {
      load: async () => {
        mustHold();
        return get<StoredSigningKey>(SIGNING_KEY_ENTRY, store);
      },
      save: async (key) => {
        mustHold();
        try {
          await set(SIGNING_KEY_ENTRY, key, store);
        } catch (error) {
          throw storageFull(error);
        }
      },
    },
    load: () => {
      mustHold();
      return document;
    },
    save: (value) => {
      mustHold();
      document = value;
      changed = true;
    },
    exclusive: (work) =>
      locks.request(WORLD_LOCK, async () => {
        document = (await get<string>("world", store)) ?? null;
        // The world of an earlier version lived in localStorage: carry it over once.
        if (document === null && typeof localStorage !== "undefined") {
          document = localStorage.getItem(STORAGE_KEY);
          changed = document !== null;
        } else {
          changed = false;
        }
        holding = true;
        try {
          const result = await work();
          if (changed) {
            try {
              await set("world", document, store);
            } catch (error) {
              throw storageFull(error);
            }
            if (typeof localStorage !== "undefined") localStorage.removeItem(STORAGE_KEY);
          }
          return result;
        } finally {
          holding = false;
          document = null;
        }
      }),
  };
}

/** Removes the shared world and its signing key, for a test or a full reset from outside the app. */
export async function deleteSharedWorld(name = STORAGE_KEY): Promise<void> {
  const store = createStore(name, "documents");
  await del("world", store);
  await del(SIGNING_KEY_ENTRY, store);
}

export type Recovery = "unreadable" | "older-version" | "newer-version";

/** The collections that grow with use and lose their oldest records past the bound (the rest refuse). */
const PRUNED = [
  "sessions",
  "mail",
  "phone",
  "pushRequests",
  "phoneCalls",
  "phoneAccounts",
  "authCodes",
  "refreshGrants",
  "passcodes",
  "passcodeSessions",
  "codeAttempts",
  "passwordLockouts",
  "federations",
  "browserSessions",
] as const;

/**
 * Keeps `state` within the bounds of the stored world (mocks/domain/state.ts) before it is saved, so a
 * saved world always loads again: old records of the growing collections go; any other value out of
 * range refuses the action (400 ValueOutOfRange) and nothing is saved.
 */
export function keepWithinBounds(state: WorldState): void {
  for (const key of PRUNED) {
    const records = state[key] as Array<{ lockedUntil?: string }>;
    let excess = records.length - STORED_LIMITS.records;
    if (excess <= 0) continue;
    // A lock-out is never what makes room (flooding a collection must not unlock a guest): unlocked go first.
    for (let i = 0; i < records.length && excess > 0;) {
      if (records[i]?.lockedUntil === undefined) {
        records.splice(i, 1);
        excess -= 1;
      } else i += 1;
    }
    if (excess > 0) records.splice(0, excess);
  }
  for (const session of state.sessions) {
    if (session.history.length > STORED_LIMITS.history) session.history.splice(0, session.history.length - STORED_LIMITS.history);
  }
  const checked = v.safeParse(worldState, state);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = v.getDotPath(issue) ?? "";
    throw new DomainError("ValueOutOfRange", 400, `The value at ${path || "the world"} is outside what the simulator can store.`, { path });
  }
}

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
  /** Where the fake IdP's private signing key is kept (mocks/idp/tokens.ts ensureSigningKey). */
  readonly signingKeys: SigningKeyStore;

  /** The end of the last exclusive work in this context: the next one waits for it. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Who is asking, while an exclusive piece of work runs (requests run one at a time, so one field will do). */
  private requester: { browser?: string } = {};

  constructor(private readonly options: WorldOptions) {
    this.baseClock = options.clock ?? systemClock;
    this.signingKeys = options.storage.signingKeys ?? memorySigningKeys();
  }

  /**
   * Runs `work` (one request's handling) alone: no other request, in this context or another tab, reads
   * or writes the world until it ends. Every handler that uses the world runs inside it.
   */
  exclusive<T>(work: () => Promise<T>, requester: { browser?: string } = {}): Promise<T> {
    const { storage } = this.options;
    const alone = async () => {
      this.requester = requester;
      try {
        return await work();
      } finally {
        this.requester = {};
      }
    };
    const run = () => (storage.exclusive ? storage.exclusive(alone) : alone());
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
      this.save(state);
      return result;
    } catch (error) {
      if (error instanceof DomainError && error.keepChanges) this.save(state);
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
    // A new world's clock starts afresh: the previous world's time travel is not carried over.
    const next = build(this.context(undefined), previous);
    this.save(next);
    return next;
  }

  /** Saves `state` only if it will load again (see keepWithinBounds). */
  private save(state: WorldState): void {
    keepWithinBounds(state);
    this.options.storage.save(JSON.stringify(state));
  }

  private context(state: WorldState | undefined): WorldContext {
    const clock = shiftedClock(this.baseClock, state?.clockOffsetMs ?? 0);
    return { now: clock(), appOrigin: this.options.appOrigin, browser: this.requester.browser };
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
    this.save(seeded);
    return seeded;
  }
}
