/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { configDefaults, defineConfig } from "vitest/config";

// Unit and screen tests: jsdom + msw/node (the e2e suite has its own config). test/entry/ runs without the
// simulator's own test setup: it starts the fake world only through the public entry, as another app would.
export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
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
  },
});
