// Passwords a guest chooses in the account-creation wizard (§4.6) are kept only as salted PBKDF2 hashes
// (issue "speed and hardening" §3, ASVS V2.4): the stored world never holds them in clear. The seeded
// demo accounts keep the demo password the demo strip shows anyway.
import * as v from "valibot";
import { base64url } from "./ids";

/** OWASP's password storage cheat sheet (2023) for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

export const passwordHash = v.object({
  algorithm: v.literal("PBKDF2-SHA-256"),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
  salt: v.pipe(v.string(), v.maxLength(64)),
  hash: v.pipe(v.string(), v.maxLength(128)),
});
export type PasswordHash = v.InferOutput<typeof passwordHash>;

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256));
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, PBKDF2_ITERATIONS);
  return { algorithm: "PBKDF2-SHA-256", iterations: PBKDF2_ITERATIONS, salt: base64url(salt), hash: base64url(hash) };
}

/** Whether `password` is the one hashed; compares every byte, so the time says nothing about where it differs. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = fromBase64url(stored.hash);
  const actual = await derive(password, fromBase64url(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) difference |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  return difference === 0;
}
