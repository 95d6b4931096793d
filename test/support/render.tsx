import { render } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { App, createQueryClient } from "../../src/app/App";
import { routes } from "../../src/app/routes";
import { initI18n, type Language } from "../../src/i18n";
import { createFakeAuth, type FakeAuth } from "./fakeAuth";

export function renderApp(path: string, options: { auth?: FakeAuth; language?: Language } = {}) {
  // Both catalogues are loaded in test/support/setup.ts, so the language switches at once.
  void initI18n(options.language ?? "en");
  const auth = options.auth ?? createFakeAuth();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App router={router} auth={auth} queryClient={createQueryClient()} />);
  return { ...view, router, auth };
}
