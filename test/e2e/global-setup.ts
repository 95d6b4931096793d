// Serves the demo build on 127.0.0.1 for the journeys, building it first when dist/ is missing or older
// than a source it is built from (a stale build once made new scenarios look like hanging journeys).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";

// E2E_PORT lets two checkouts run their journeys side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

const SOURCES = ["src", "mocks", "public", "index.html", "vite.config.ts", "package-lock.json"];

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildIsStale(): boolean {
  if (!existsSync("dist/index.html")) return true;
  const built = statSync("dist/index.html").mtimeMs;
  return SOURCES.some((source) => newest(source) > built);
}

export default async function setup(project: TestProject) {
  if (buildIsStale()) await build({ logLevel: "warn" });
  const server = await preview({
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: E2E_PORT, strictPort: true },
  });
  project.provide("baseUrl", `http://127.0.0.1:${E2E_PORT}`);
  return async () => {
    await server.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
