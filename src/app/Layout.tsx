// The simulator's chrome (a dark bar, visibly not part of the guest's view) around every screen, and the
// demo studio beside it. In presenter mode only the guest's view shows. The studio, the fake time and the
// demo links exist only in the demo build (VITE_MOCKS), so the product build drops them.
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "../i18n";
import { formatDate } from "../i18n/format";
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from "react-router";
import { backendReady, backendRunning, subscribeBackend } from "../api/backend";
import { useWhenNetworkIdle } from "../api/idle";
import { demoQuery, useStartScenario } from "../api/queries";
import { LANGUAGES, PSEUDO_RTL, setLanguage, toLanguage, withStrings } from "../i18n";
import { Loading } from "../ui/Card";
import { RouteErrorBoundary } from "./RouteError";
import { prefetchNextScreen } from "./routes";

const DEMO = import.meta.env.VITE_MOCKS !== "off";
const StudioPanel = DEMO ? lazy(() => withStrings(() => import("../features/studio/StudioPanel"), "screens", "demo", "studio")) : null;
const PRESENTER_KEY = "b2b-simulator/presenter";

function usePresenterMode(): [boolean, (on: boolean) => void] {
  const [params] = useSearchParams();
  const [on, setOn] = useState(() => params.get("presenter") === "1" || sessionStorage.getItem(PRESENTER_KEY) === "1");
  // Kept in the tab's sessionStorage even when it came from the link: the sign-in popup inherits it and hides its strip too.
  useEffect(() => {
    if (on) sessionStorage.setItem(PRESENTER_KEY, "1");
  }, [on]);
  return [
    on,
    (next) => {
      sessionStorage.setItem(PRESENTER_KEY, next ? "1" : "0");
      setOn(next);
    },
  ];
}

/** The demo state for the bar, once the fake world runs (the bar never starts it: the screen does). */
function useDemoBarState() {
  const running = useSyncExternalStore(subscribeBackend, backendRunning);
  return useQuery({ ...demoQuery(), enabled: running });
}

function FakeTime() {
  const { t, i18n } = useTranslation();
  const demo = useDemoBarState();
  const time = demo.data ? formatDate(demo.data.now, i18n.language, "clock") : undefined;
  // Its place is kept while the fake world starts, so the bar does not grow and push the page down.
  return <span className="fake-time">{time ? t("app.fakeTime", { time }) : null}</span>;
}

/** One click back to the start of the scenario that runs, from any page (issue 12 §5). */
function RestartScenario() {
  const { t } = useTranslation();
  const demo = useDemoBarState();
  const restart = useStartScenario();
  const navigate = useNavigate();
  const id = demo.data?.scenarioId;
  // Without a scenario (or until the fake world says which) the button keeps its place unseen, so the bar
  // does not grow when it appears (on a phone it wraps to a new line and pushed the page down: CLS 0.04).
  return (
    <li style={id ? undefined : { visibility: "hidden" }} aria-hidden={id ? undefined : true}>
      <button
        type="button"
        className="bar-button"
        disabled={!id || restart.isPending}
        onClick={() => id && restart.mutate({ scenarioId: id }, { onSuccess: (state) => navigate(state.startPath) })}
      >
        {t("app.restart")}
      </button>
    </li>
  );
}

/** Said once after the stored fake world had to be replaced (unreadable, or from an older version). */
function RecoveredNotice() {
  const { t } = useTranslation();
  const demo = useDemoBarState();
  const recovered = demo.data?.recoveredFrom;
  if (!recovered) return null;
  return (
    <p className="notice recovered" role="status">
      {t("app.recovered", { reason: t<"app">(`app.recoveredReason_${recovered}`) })}
    </p>
  );
}

/**
 * What comes next (the likely next screen, the demo's fake world): inside the screen's Suspense boundary,
 * so it runs once the screen's own code is there, and only when the screen's requests are done, so it
 * never delays this one.
 */
function PrepareNext({ pathname }: { pathname: string }) {
  useWhenNetworkIdle(
    useCallback(() => {
      prefetchNextScreen(pathname);
      void backendReady().catch(() => undefined); // the demo's fake world, if it is not running yet (bootstrap reports failures)
    }, [pathname]),
  );
  return null;
}

/** The current screen: loaded lazily, behind an error boundary that resets on every navigation. */
function Screen() {
  const location = useLocation();
  return (
    <RouteErrorBoundary key={location.key}>
      <Suspense fallback={<Loading />}>
        <Outlet />
        <PrepareNext pathname={location.pathname} />
      </Suspense>
    </RouteErrorBoundary>
  );
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const [presenter, setPresenter] = usePresenterMode();
  const [studioOpen, setStudioOpen] = useState(false);

  if (presenter) {
    return (
      <>
        <main id="content" className="presenter">
          <Screen />
        </main>
        <button type="button" className="exit-presenter" onClick={() => setPresenter(false)}>
          {t("app.exitPresenter")}
        </button>
      </>
    );
  }
  return (
    <>
      <a className="skip-link" href="#content">
        {t("app.skipToContent")}
      </a>
      <header className="studio-bar">
        <span className="title">{t("app.title")}</span>
        {DEMO ? (
          <nav aria-label={t("app.title")}>
            <ul>
              <li>
                <Link to="/">{t("app.home")}</Link>
              </li>
              <li>
                <Link to="/mailbox">{t("app.mailbox")}</Link>
              </li>
              <li>
                <Link to="/phone">{t("app.phone")}</Link>
              </li>
              <li>
                <Link to="/admin">{t("app.admin")}</Link>
              </li>
              <RestartScenario />
            </ul>
          </nav>
        ) : null}
        {DEMO ? <FakeTime /> : null}
        <label>
          {t("app.language")}
          <select
            value={i18n.language}
            onChange={(event) => {
              const language = toLanguage(event.target.value);
              if (language) setLanguage(language);
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language === "en" ? "English" : "Nederlands"}
              </option>
            ))}
            {DEMO ? <option value={PSEUDO_RTL}>Pseudo RTL (qps-plocm)</option> : null}
          </select>
        </label>
        {DEMO ? (
          <>
            <button
              type="button"
              className="bar-button"
              aria-expanded={studioOpen}
              aria-controls="studio"
              onClick={() => setStudioOpen(!studioOpen)}
            >
              {t("app.openStudio")}
            </button>
            <button type="button" className="bar-button" onClick={() => setPresenter(true)}>
              {t("app.presenter")}
            </button>
          </>
        ) : null}
        <p className="sim-notice">{t("app.simulatorNotice")}</p>
        {DEMO ? <RecoveredNotice /> : null}
      </header>
      <div className={studioOpen ? "with-studio" : undefined}>
        <main id="content">
          <Screen />
        </main>
        {StudioPanel && studioOpen ? (
          <div id="studio">
            <Suspense fallback={<Loading />}>
              <StudioPanel onClose={() => setStudioOpen(false)} />
            </Suspense>
          </div>
        ) : null}
      </div>
    </>
  );
}
