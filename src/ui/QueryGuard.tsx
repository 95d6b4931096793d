// The one guard for a TanStack query's loading and error states: "Loading…" until there is data, the error
// panel with "Try again" when it failed, else the screen with the data.
import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { Card, Loading } from "./Card";
import { ErrorPanel } from "./ErrorPanel";

/** How the guard's states are framed: in a card (most screens), a section of its own, or bare. */
export type GuardFrame = "card" | "bare" | ((content: ReactNode) => ReactNode);

export interface GuardOptions {
  frame?: GuardFrame;
  /** In place of "Try again" (e.g. a link back when repeating cannot help). */
  errorActions?: ReactNode;
  /** Also the loading state while this is false (e.g. the catalogues of an e-mail's language). */
  ready?: boolean;
  /** The error belongs to a region that stays on screen (an inline alert, not a screen of its own). */
  inline?: boolean;
  /** "Try again" under the error (default); off where the screen around it has its own way on. */
  retry?: boolean;
}

/**
 * For a screen's early return: `const guard = guardQuery(query); if (guard) return guard;` — the element for
 * the loading or error state, or undefined once the data is there.
 */
export function guardQuery<T>(query: UseQueryResult<T>, options: GuardOptions = {}): ReactNode | undefined {
  const { frame = "card", errorActions, ready = true, inline = false, retry = !errorActions } = options;
  const wrap = (content: ReactNode) => (frame === "card" ? <Card>{content}</Card> : frame === "bare" ? content : frame(content));
  if (query.isError) {
    return wrap(
      <ErrorPanel error={query.error} inline={inline} actions={errorActions} onRetry={retry ? () => void query.refetch() : undefined} />,
    );
  }
  if (query.data === undefined || !ready) return wrap(<Loading />);
  return undefined;
}

/** The same guard as a component, for a query whose data a part of the screen renders. */
export function QueryGuard<T>({
  query,
  children,
  ...options
}: GuardOptions & { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const guard = guardQuery(query, options);
  return <>{guard ?? children(query.data as T)}</>;
}
