import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { buildScenario, DEFAULT_SCENARIO } from "../../mocks/scenarios";
import { server, world } from "../../mocks/node";
import { loadLanguage, loadStrings } from "../../src/i18n";
import { testBrowser } from "./browser";

// findBy* waits for what a guest would wait for; on a machine another job keeps busy that can take more
// than Testing Library's default second. (A hang still fails; speed is budgeted in npm run bench.)
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  server.listen({ onUnhandledFrame: "error" });
  testBrowser.install();
  if (typeof document !== "undefined") {
    await loadStrings("screens", "demo", "studio");
    await loadLanguage("nl");
  }
});
beforeEach(() => {
  testBrowser.forget();
  world.replace((ctx, previous) => buildScenario(DEFAULT_SCENARIO, ctx, previous));
});
afterEach(() => {
  cleanup();
  // Drafts of typed values live in sessionStorage; each test starts with a fresh tab.
  if (typeof sessionStorage !== "undefined") sessionStorage.clear();
  server.resetHandlers();
});
afterAll(() => server.close());
