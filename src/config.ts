// Settings from VITE_* variables, validated once at start-up with a readable list of what is wrong.
import * as z from "zod/mini";
import { FAKE_AUTHORITY_HOST, SIMULATOR_CLIENT_ID } from "./api/endpoints";

const env = z.object({
  /** "off" builds the product without the fake world (a real backend must then answer /api). */
  VITE_MOCKS: z.optional(z.enum(["on", "off"])),
  VITE_MSAL_CLIENT_ID: z.optional(z.string().check(z.regex(/^[0-9a-f-]{36}$/i))),
  /** A real authority, e.g. https://login.microsoftonline.com/<tenant-id>. Unset: the fake Entra. */
  VITE_MSAL_AUTHORITY: z.optional(z.string().check(z.regex(/^https:\/\//))),
  VITE_MSAL_KNOWN_AUTHORITIES: z.optional(z.string()),
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
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid simulator settings: ${problems}`);
  }
  const value = parsed.data;
  const realAuthority = value.VITE_MSAL_AUTHORITY || undefined;
  const knownAuthorities = value.VITE_MSAL_KNOWN_AUTHORITIES
    ? value.VITE_MSAL_KNOWN_AUTHORITIES.split(",").map((s) => s.trim()).filter(Boolean)
    : [realAuthority ? new URL(realAuthority).host : FAKE_AUTHORITY_HOST];
  return {
    mocks: value.VITE_MOCKS !== "off",
    clientId: value.VITE_MSAL_CLIENT_ID ?? SIMULATOR_CLIENT_ID,
    realAuthority,
    knownAuthorities,
    baseUrl: String(source.BASE_URL ?? "/"),
  };
}
