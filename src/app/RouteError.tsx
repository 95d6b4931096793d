// The app-level error boundary: an unexpected exception in any screen still ends on an explained screen.
import { useRouteError } from "react-router";
import { Card } from "../ui/Card";
import { ErrorPanel } from "../ui/ErrorPanel";

export function RouteError() {
  const error = useRouteError();
  return (
    <Card>
      <ErrorPanel error={error} />
    </Card>
  );
}
