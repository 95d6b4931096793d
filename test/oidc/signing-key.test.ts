// @vitest-environment node
// hardening: secrets (issue 15 §3, decision 0037): the fake IdP signs with a non-extractable WebCrypto key
// kept beside the world, never in it; the world (what any page script can read) holds only the public JWK.
import "fake-indexeddb/auto";
import { createStore, get } from "idb-keyval";
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { deleteSharedWorld, memorySigningKeys, memoryStorage, sharedBrowserStorage, World, type StateStorage } from "../../mocks/db";
import { ensureSigningKey, issueTokens, jwks } from "../../mocks/idp/tokens";
import { fakeEntra } from "../../mocks/node";
import { buildScenario, DEFAULT_SCENARIO, DEMO_PASSWORD, FABRIKAM_TENANT_ID } from "../../mocks/scenarios";
import { authorityFor, idpSegment } from "../../mocks/domain/accounts";
import { FAKE_AUTHORITY_HOST, SIMULATOR_CLIENT_ID } from "../../src/api/endpoints";
import { api, post } from "../support/api";
import { signInAtFakeIdp } from "../support/oauth";
import { oneAtATimeLocks } from "../support/locks";

/** The members of an RSA private JWK (RFC 7518 §6.3.2): none may appear in anything a page can read. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"];

/** Every private-key member found anywhere in a JSON document, with its path. */
function privateMembers(raw: string | null | undefined): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === "object") {
      for (const [name, member] of Object.entries(value)) {
        if (PRIVATE_MEMBERS.includes(name)) found.push(`${path}.${name}`);
        walk(member, `${path}.${name}`);
      }
    }
  };
  walk(JSON.parse(raw ?? "null"), "$");
  return found;
}

const APP_ORIGIN = "http://localhost";

function worldOn(storage: StateStorage) {
  return new World({ storage, seed: (ctx) => buildScenario("work-account", ctx), appOrigin: APP_ORIGIN });
}

/** Signs an id token with the world's key and verifies it against the JWKS the world publishes. */
async function signsAndVerifies(world: World) {
  return world.exclusive(async () => {
    const key = await ensureSigningKey(world);
    const account = world.read((state) => state.accounts[0]!);
    const now = world.read((_, ctx) => ctx.now);
    const principal = { tenantId: idpSegment(account), objectId: account.objectId };
    const { idToken } = await issueTokens(key, account, principal, { clientId: SIMULATOR_CLIENT_ID, scope: "openid", now });
    const published = world.read((state) => state.signingKey!);
    const { protectedHeader } = await jwtVerify(idToken, createLocalJWKSet(jwks(published) as never), { currentDate: now });
    return protectedHeader.kid;
  });
}

const keysOf = async (tenant: string) =>
  (await (await fetch(`https://${FAKE_AUTHORITY_HOST}/${tenant}/discovery/v2.0/keys`)).json()) as { keys: Array<{ kid: string }> };

describe("the fake IdP's signing key", () => {
  it("hardening: §3 the stored world holds only the public JWK of the signing key: no private key member anywhere", async () => {
    const storage = memoryStorage();
    const world = worldOn(storage);
    const kid = await signsAndVerifies(world);
    const stored = JSON.parse(storage.load() ?? "{}");
    expect(stored.signingKey.kid).toBe(kid);
    expect(Object.keys(stored.signingKey).toSorted()).toEqual(["kid", "publicJwk"]);
    expect(stored.signingKey.publicJwk).toMatchObject({ kty: "RSA", kid, alg: "RS256", use: "sig" });
    expect(privateMembers(storage.load())).toEqual([]);
    // The world as the page reads it, and the JWKS it publishes, carry no private member either.
    expect(privateMembers(JSON.stringify(world.read((state) => state)))).toEqual([]);
  });

  it("hardening: §3 the private signing key is a non-extractable CryptoKey: crypto.subtle.exportKey refuses it", async () => {
    const world = worldOn(memoryStorage());
    const key = await world.exclusive(() => ensureSigningKey(world));
    expect(key.privateKey).toBeInstanceOf(CryptoKey);
    expect(key.privateKey).toMatchObject({ type: "private", extractable: false });
    await expect(crypto.subtle.exportKey("jwk", key.privateKey)).rejects.toThrow();
    await expect(crypto.subtle.exportKey("pkcs8", key.privateKey)).rejects.toThrow();
    // The one the world uses next time is the same key, not a copy made exportable.
    const again = await world.exclusive(() => ensureSigningKey(world));
    expect(again.privateKey).toBe(key.privateKey);
  });

  it("hardening: §3 a world stored with the old page-readable private JWK gets a new key, and the private JWK leaves the store", async () => {
    const storage = memoryStorage();
    const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
    const old = buildScenario("work-account", { now: new Date(), appOrigin: APP_ORIGIN });
    const legacy = {
      ...old,
      signingKey: { kid: "old-kid", privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) },
    };
    storage.save(JSON.stringify(legacy));
    expect(privateMembers(storage.load())).not.toEqual([]);
    const world = worldOn(storage);
    const kid = await signsAndVerifies(world);
    expect(kid).not.toBe("old-kid");
    expect(privateMembers(storage.load())).toEqual([]);
  });

  it("hardening: §3 a scenario switch keeps the key; reset all data, or a world whose key the store lacks, gets a new one", async () => {
    const storage = memoryStorage();
    const world = worldOn(storage);
    const first = await signsAndVerifies(world);
    world.replace((ctx, previous) => buildScenario("work-account", ctx, previous));
    expect(await signsAndVerifies(world)).toBe(first);
    // The same document in a store without its key (another browser profile, a cleared key entry).
    const elsewhere = worldOn({ load: () => storage.load(), save: (raw) => storage.save(raw), signingKeys: memorySigningKeys() });
    const second = await signsAndVerifies(elsewhere);
    expect(second).not.toBe(first);
    world.replace((ctx) => buildScenario(DEFAULT_SCENARIO, ctx));
    const third = await signsAndVerifies(world);
    expect(third).not.toBe(second);
    expect(privateMembers(storage.load())).toEqual([]);
  });

  it("hardening: §3 over HTTP: reset all data publishes a new key, and a sign-in after it verifies against the new JWKS", async () => {
    const before = await keysOf(FABRIKAM_TENANT_ID);
    expect(privateMembers(JSON.stringify(before))).toEqual([]);
    expect((await post(`${api}/demo/reset`)).status).toBe(200);
    const after = await keysOf(FABRIKAM_TENANT_ID);
    expect(after.keys.map((k) => k.kid)).not.toEqual(before.keys.map((k) => k.kid));
    expect(privateMembers(JSON.stringify(await fakeEntra.read((state) => state)))).toEqual([]);
    const idToken = await signInAtFakeIdp({ authority: authorityFor(FABRIKAM_TENANT_ID) }, "alex@fabrikam.com", DEMO_PASSWORD);
    const { protectedHeader } = await jwtVerify(idToken, createLocalJWKSet(after as never), { currentDate: await fakeEntra.clock.now() });
    expect(protectedHeader.kid).toBe(after.keys[0]!.kid);
  });

  it("hardening: §3 in IndexedDB the key is a CryptoKey entry beside the world document, shared by every tab, never exportable", async () => {
    const name = "signing-key-tabs";
    const locks = oneAtATimeLocks();
    const [one, two] = [sharedBrowserStorage(name, locks), sharedBrowserStorage(name, locks)].map((storage) => worldOn(storage));
    const kid = await signsAndVerifies(one!);
    expect(await signsAndVerifies(two!)).toBe(kid);
    const store = createStore(name, "documents");
    const entry = await get<{ kid: string; privateKey: CryptoKey }>("signing-key", store);
    expect(entry?.kid).toBe(kid);
    expect(entry?.privateKey).toMatchObject({ type: "private", extractable: false });
    await expect(crypto.subtle.exportKey("jwk", entry!.privateKey)).rejects.toThrow();
    expect(privateMembers(await get<string>("world", store))).toEqual([]);
    // Deleting the world (a reset from outside the app) removes the key too; the next use makes a new one.
    await deleteSharedWorld(name);
    expect(await get("signing-key", store)).toBeUndefined();
    expect(await signsAndVerifies(two!)).not.toBe(kid);
  });
});
