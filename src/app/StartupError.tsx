// When the fake world or MSAL cannot start, say why instead of leaving a blank page.
import { createRoot } from "react-dom/client";
import { Card } from "../ui/Card";
import { ErrorPanel } from "../ui/ErrorPanel";

export function renderStartupError(root: HTMLElement, error: unknown) {
  console.error("[startup]", error);
  createRoot(root).render(
    <main id="content">
        <Card>
          <ErrorPanel error={error} />
        </Card>
    </main>,
  );
}
