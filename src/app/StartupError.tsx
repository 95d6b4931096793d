// When the settings are wrong or the fake world cannot start, say why instead of leaving a blank page.
import { Card } from "../ui/Card";
import { ErrorPanel } from "../ui/ErrorPanel";

export function StartupError({ error }: { error: unknown }) {
  return (
    <main id="content">
      <Card>
        <ErrorPanel error={error} />
      </Card>
    </main>
  );
}
