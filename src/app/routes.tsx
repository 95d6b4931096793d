// One route per screen, each loaded when first visited (except the redeem link, below), so the first load
// carries only the shell and the screen it shows. Redemption steps live under /session/:sessionId/:step behind the step guard.
// Declarative routes (BrowserRouter) keep react-router's share of the first load small (docs/decisions/0018).
import type { ComponentType } from "react";
import { matchPath, Route, Routes } from "react-router";
import type { Part } from "../i18n";
// The redeem link is where a guest arrives from the e-mail: it is part of the first load (no extra round
// trip before the session can be started), and its strings are in the bundled core catalogue.
import { RedeemLink } from "../features/invitation/RedeemLink";
import { Layout } from "./Layout";
import { lazyScreen, type LazyScreen } from "./lazyScreen";
import { preloadStep } from "./steps";

type Screen = LazyScreen;

/** A lazily loaded page with the parts of the catalogue it shows (src/i18n/index.ts). */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, strings: Part[]): Screen {
  return lazyScreen(load, name, strings);
}

const DEMO_STRINGS: Part[] = ["screens", "demo"];
/** The guest's pages outside a session (My Apps, My Account, block invitations): their part, and a form's messages. */
const PAGE_STRINGS: Part[] = ["pages", "field-errors"];
const HomePage = screen(() => import("../features/home/HomePage"), "HomePage", ["demo"]);
const CurrentMailboxRedirect = screen(() => import("../features/mailbox/MailboxPage"), "CurrentMailboxRedirect", DEMO_STRINGS);
const MailboxPage = screen(() => import("../features/mailbox/MailboxPage"), "MailboxPage", DEMO_STRINGS);
// The step guard needs no strings of its own beyond the core; each step's screen brings its own (./steps.ts).
const SessionRoute = screen(() => import("./SessionRoute"), "SessionRoute", []);

/** The session route and a step's screen, side by side (one round trip, not two). */
const preloadSessionStep = (step: string | undefined) => Promise.all([SessionRoute.preload(), preloadStep(step)]);

/** The redeem link shows the first Entra page once that page's code is there, so the page never suspends. */
function Redeem() {
  return <RedeemLink beforeShowing={preloadSessionStep} />;
}
const MyAppsPage = screen(() => import("../features/my-apps/MyAppsPage"), "MyAppsPage", PAGE_STRINGS);
const SignInOptionsPage = screen(() => import("../features/my-apps/MyAppsPage"), "SignInOptionsPage", PAGE_STRINGS);
const FindOrganizationPage = screen(() => import("../features/my-apps/MyAppsPage"), "FindOrganizationPage", PAGE_STRINGS);
const LeavingPage = screen(() => import("../features/landing/LeavingPage"), "LeavingPage", ["done"]);
const PhonePage = screen(() => import("../features/phone/PhonePage"), "PhonePage", ["demo", "field-errors"]);
const AdminPage = screen(() => import("../features/admin/AdminPage"), "AdminPage", DEMO_STRINGS);
const MyAccountPage = screen(() => import("../features/my-account/MyAccountPage"), "MyAccountPage", PAGE_STRINGS);
const BlockInvitationsPage = screen(() => import("../features/block-invitations/BlockInvitationsPages"), "BlockInvitationsPage", [
  ...PAGE_STRINGS,
  "passcode",
]);
const ManageBlockedPage = screen(() => import("../features/block-invitations/BlockInvitationsPages"), "ManageBlockedPage", [
  ...PAGE_STRINGS,
  "passcode",
]);
const NotFoundPage = screen(() => import("../features/errors/NotFoundPage"), "NotFoundPage", []);

/**
 * The screen that most likely comes next, loaded after the current one has painted, so a step
 * transition waits only for the fake backend (issue "speed and hardening": ≤ 100 ms beyond latency).
 */
const NEXT_SCREENS: Array<[RegExp, Screen]> = [
  [/^\/redeem/, SessionRoute],
  [/^\/myapps$/, SessionRoute],
  [/^\/session\//, MyAppsPage],
];

export function prefetchNextScreen(pathname: string): void {
  for (const [pattern, next] of NEXT_SCREENS) if (pattern.test(pathname)) void next.preload().catch(() => undefined);
}

/** Every screen and its path (under the Layout); the last one catches every other path. */
export const SCREENS: Array<{ path: string; screen: ComponentType | Screen }> = [
  { path: "/", screen: HomePage },
  { path: "/mailbox", screen: CurrentMailboxRedirect },
  { path: "/mailbox/:address", screen: MailboxPage },
  { path: "/mailbox/:address/:messageId", screen: MailboxPage },
  { path: "/redeem", screen: Redeem },
  { path: "/session/:sessionId/:step", screen: SessionRoute },
  { path: "/myapps", screen: MyAppsPage },
  { path: "/myapps/sign-in-options", screen: SignInOptionsPage },
  { path: "/myapps/find-organization", screen: FindOrganizationPage },
  { path: "/leaving", screen: LeavingPage },
  { path: "/phone", screen: PhonePage },
  { path: "/admin", screen: AdminPage },
  { path: "/myaccount/organizations", screen: MyAccountPage },
  { path: "/block-invitations", screen: BlockInvitationsPage },
  { path: "/unsubscribe/manage", screen: ManageBlockedPage },
  { path: "*", screen: NotFoundPage },
];

/**
 * Loads the screen at `pathname` (relative to the app's base), so the first render does not suspend: a
 * suspended first render would show "Loading…" and then hold the screen back by React's 300 ms Suspense
 * reveal throttle.
 */
export function preloadScreenAt(pathname: string): Promise<unknown> {
  const session = matchPath("/session/:sessionId/:step", pathname);
  if (session) return preloadSessionStep(session.params.step); // the URL's step is most likely the current one
  const found = SCREENS.find(({ path }) => path !== "*" && matchPath(path, pathname)) ?? SCREENS.at(-1);
  const target = found?.screen;
  return target && "preload" in target ? target.preload() : Promise.resolve();
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {SCREENS.map(({ path, screen: Screen }) => (
          <Route key={path} path={path} element={<Screen />} />
        ))}
      </Route>
    </Routes>
  );
}
