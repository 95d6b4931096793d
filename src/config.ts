// Settings from VITE_* variables, validated once at start-up with a readable list of what is wrong.
import * as v from "valibot";
import { FAKE_AUTHORITY_HOST, SIMULATOR_CLIENT_ID } from "./api/endpoints";

const env = v.object({
  /** "off" builds the product without the fake world (a real backend must then answer /api). */
  VITE_MOCKS: v.optional(v.picklist(["on", "off"])),
  VITE_MSAL_CLIENT_ID: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/i))),
  /** A real authority, e.g. https://login.microsoftonline.com/<tenant-id>. Unset: the fake Entra. */
  VITE_MSAL_AUTHORITY: v.optional(v.pipe(v.string(), v.regex(/^https:\/\//))),
  VITE_MSAL_KNOWN_AUTHORITIES: v.optional(v.string()),
});

export interface AppConfig {
  mocks: boolean;
  clientId: string;
  /** When set, sign-in goes to this real authority instead of the one the backend names. */
  realAuthority: string | undefined;
  knownAuthorities: string[];
  baseUrl: string;
}

export function readConfig(source: Record<string, unknown> = import.meta.env): AppConfig {
  const parsed = v.safeParse(env, source);
  if (!parsed.success) {
    const problems = parsed.issues.map((i) => `${v.getDotPath(i) ?? ""}: ${i.message}`).join("; ");
    throw new Error(`Invalid simulator settings: ${problems}`);
  }
  const value = parsed.output;
  const realAuthority = value.VITE_MSAL_AUTHORITY || undefined;
  const knownAuthorities = value.VITE_MSAL_KNOWN_AUTHORITIES
    ? value.VITE_MSAL_KNOWN_AUTHORITIES.split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [realAuthority ? new URL(realAuthority).host : FAKE_AUTHORITY_HOST];
  return {
    mocks: value.VITE_MOCKS !== "off",
    clientId: value.VITE_MSAL_CLIENT_ID ?? SIMULATOR_CLIENT_ID,
    realAuthority,
    knownAuthorities,
    baseUrl: String(source.BASE_URL ?? "/"),
  };
}
