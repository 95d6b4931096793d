// Serves the demo build (building it first when dist/ is missing) on 127.0.0.1 for the journeys.
import { existsSync } from "node:fs";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";

// E2E_PORT lets two checkouts run their journeys side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) await build({ logLevel: "warn" });
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
