/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { configDefaults, defineConfig } from "vitest/config";

// Unit and screen tests: jsdom + msw/node (the e2e suite has its own config). test/entry/ runs without the
// simulator's own test setup: it starts the fake world only through the public entry, as another app would.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "simulator",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, "test/entry/**"],
          environment: "jsdom",
          setupFiles: ["test/support/setup.ts"],
        },
      },
      { extends: true, test: { name: "entry", include: ["test/entry/**/*.test.ts"], environment: "node" } },
    ],
    restoreMocks: true,
    // A timeout here only catches a hang: screen tests that type a whole wizard take seconds on a busy
    // machine. Speed is budgeted in npm run bench, against a reference measured in the same run.
    testTimeout: 20_000,
  },
});
