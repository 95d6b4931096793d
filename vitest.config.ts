/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Unit and screen tests: jsdom + msw/node (the e2e suite has its own config).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    setupFiles: ["test/support/setup.ts"],
    restoreMocks: true,
    // A timeout here only catches a hang: screen tests that type a whole wizard take seconds on a busy
    // machine. Speed is budgeted in npm run bench, against a reference measured in the same run.
    testTimeout: 20_000,
  },
});
