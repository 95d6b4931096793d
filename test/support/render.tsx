import { act, render } from "@testing-library/react";
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from "react-router";
import { App, createQueryClient } from "../../src/app/App";
import { initI18n, type Language } from "../../src/i18n";
import { createFakeAuth, type FakeAuth } from "./fakeAuth";

/** Lets a test read where the app is and navigate as a typed URL would. */
function createRouterProbe() {
  const probe: { location?: Location; navigate?: NavigateFunction } = {};
  function Probe() {
    // oxlint-disable-next-line react/immutability -- a test probe records what the router says
    probe.location = useLocation();
    // oxlint-disable-next-line react/immutability -- as above
    probe.navigate = useNavigate();
    return null;
  }
  const router = {
    get state() {
      return { location: probe.location as Location };
    },
    navigate: (to: string) => act(async () => void (await probe.navigate?.(to))),
  };
  return { Probe, router };
}

export function renderApp(path: string, options: { auth?: FakeAuth; language?: Language } = {}) {
  // Both catalogues are loaded in test/support/setup.ts, so the language switches at once.
  void initI18n(options.language ?? "en");
  const auth = options.auth ?? createFakeAuth();
  const { Probe, router } = createRouterProbe();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <Probe />
      <App auth={auth} queryClient={createQueryClient()} />
    </MemoryRouter>,
  );
  return { ...view, router, auth };
}
