// The simulator's chrome (a dark bar, visibly not part of the guest's view) around every screen.
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { LANGUAGES, setLanguage, toLanguage } from "../i18n";

export function Layout() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t("app.skipToContent")}
      </a>
      <header className="studio-bar">
        <span className="title">{t("app.title")}</span>
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
          </ul>
        </nav>
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
          </select>
        </label>
        <p className="sim-notice">{t("app.simulatorNotice")}</p>
      </header>
      <main id="content">
        <Outlet />
      </main>
    </>
  );
}
