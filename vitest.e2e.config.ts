import { defineConfig } from "vitest/config";

// End-to-end journeys in Debian's Chromium against the demo build served by `vite preview`.
export default defineConfig({
  test: {
    include: ["test/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
