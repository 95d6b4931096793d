// When the fake world or MSAL cannot start, say why instead of leaving a blank page.
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { i18n } from "../i18n";
import { Card } from "../ui/Card";
import { ErrorPanel } from "../ui/ErrorPanel";

export function renderStartupError(root: HTMLElement, error: unknown) {
  console.error("[startup]", error);
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <main id="content">
        <Card>
          <ErrorPanel error={error} />
        </Card>
      </main>
    </I18nextProvider>,
  );
}
