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
    // One retry, for one known flake under load: now and then the MSAL popup's fake sign-in page never
    // shows (openSignInPopup in test/support/e2e.ts then fails naming what the popup showed instead). A
    // retried test is still reported; the cause is open (closing note of stop 17).
    retry: 1,
  },
});
