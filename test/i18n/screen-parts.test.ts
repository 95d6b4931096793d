// infra: each lazily loaded screen loads the catalogue parts it shows. The screen tests load every part up
// front (test/support/setup.ts), so they cannot see a part missing from a screen's list; this reads the
// screen's code (and the local modules it imports) for the keys it uses and finds each key's part.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SCREENS } from "../../src/app/routes";
import { stepScreens } from "../../src/app/steps";
import type { Catalog } from "../../src/i18n";
import { en } from "../../src/i18n/en";
import { enDemo } from "../../src/i18n/en-demo";
import { enStudio } from "../../src/i18n/en-studio";

const SRC = resolve(import.meta.dirname, "../../src");

/** Every part's groups (top-level keys): core, demo, studio, each screen part, and "screens" for them all. */
async function groupsByPart(): Promise<Map<string, Set<string>>> {
  const parts = new Map<string, Set<string>>([
    ["core", new Set(Object.keys(en))],
    ["demo", new Set(Object.keys(enDemo))],
    ["studio", new Set(Object.keys(enStudio))],
  ]);
  const all = new Set<string>();
  for (const file of readdirSync(join(SRC, "i18n/screens")).filter((f) => f.startsWith("en-"))) {
    const module = (await import(join(SRC, "i18n/screens", file))) as Record<string, Catalog>;
    const groups = Object.keys(Object.values(module)[0] ?? {});
    parts.set(file.replace(/^en-|\.ts$/g, ""), new Set(groups));
    for (const group of groups) all.add(group);
  }
  parts.set("screens", all);
  return parts;
}

/** The file under src/ that exports a component of this name. */
function fileExporting(name: string, dir = SRC): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = fileExporting(name, path);
      if (found) return found;
    } else if (/\.tsx?$/.test(entry.name) && new RegExp(`export function ${name}\\b`).test(readFileSync(path, "utf8"))) return path;
  }
  return undefined;
}

/** A file and the local modules it imports statically (not the catalogue's own modules). */
function sources(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/^import [^;]*? from "(\.{1,2}\/[^"]+)";/gms)) {
    const base = resolve(dirname(file), spec!);
    if (base.startsWith(join(SRC, "i18n"))) continue;
    const path = [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((p) => existsSync(p));
    if (path) sources(path, seen);
  }
  return seen;
}

/** The catalogue groups a file names in a string that starts like a key ("signIn.heading", `blocked.${code}`). */
function groupsUsed(file: string, known: Set<string>): Set<string> {
  const text = readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
  return new Set([...text.matchAll(/["'`]([a-zA-Z]+)\.[a-zA-Z$]/g)].map((m) => m[1]!).filter((group) => known.has(group)));
}

/** What a lazily loaded screen is to this test. */
type Loadable = { preload: () => Promise<unknown>; strings: readonly string[] };

async function missingStrings(name: string, screen: Loadable, parts: Map<string, Set<string>>): Promise<string[]> {
  const loaded = (await screen.preload()) as { default: { name: string } };
  const file = fileExporting(loaded.default.name);
  if (!file) return [`${name}: no file exports ${loaded.default.name}`];
  const known = new Set([...parts.values()].flatMap((groups) => [...groups]));
  const available = new Set(["core", ...screen.strings].flatMap((part) => [...(parts.get(part) ?? [])]));
  const used = new Set([...sources(file)].flatMap((source) => [...groupsUsed(source, known)]));
  return [...used]
    .filter((group) => !available.has(group))
    .map((group) => `${name} (${loaded.default.name}) shows "${group}" without its part`);
}

describe("catalogue parts of the screens", () => {
  it("infra: every step's screen and every lazily loaded page loads the parts with the strings it shows", async () => {
    const parts = await groupsByPart();
    const problems: string[] = [];
    for (const [step, screen] of Object.entries(stepScreens)) problems.push(...(await missingStrings(step, screen, parts)));
    for (const { path, screen } of SCREENS) {
      if ("preload" in screen) problems.push(...(await missingStrings(path, screen, parts)));
    }
    expect(problems).toEqual([]);
  });

  it("infra: the first page, the resource tenant's sign-in, loads its own strings only", () => {
    expect([...stepScreens["sign-in"].strings].toSorted()).toEqual(["field-errors", "sign-in"]);
  });
});
