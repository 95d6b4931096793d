// The screen-level error boundary: an unexpected exception in any screen still ends on an explained
// screen, and the next navigation (keyed by location) starts clean.
import { Component, type ReactNode } from "react";
import { Card } from "../ui/Card";
import { ErrorPanel } from "../ui/ErrorPanel";

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error("Unknown error") };
  }

  componentDidCatch(error: unknown) {
    console.error("[screen]", error);
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <Card>
        <ErrorPanel error={this.state.error} />
      </Card>
    );
  }
}
