// The one guard for a TanStack query's loading and error states: "Loading…" until there is data, the error
// panel with "Try again" when it failed, else the screen with the data.
import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { Card, Loading } from "./Card";
import { ErrorPanel } from "./ErrorPanel";

export interface GuardOptions {
  /** Framed in a card (most screens), else bare (the screen frames it). */
  bare?: boolean;
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
 * For a screen's early return, `const guard = guardQuery(query); if (guard || !query.data) return guard;`, or
 * inline, `{guardQuery(query, options) ?? <Table rows={query.data} />}`: the element for the loading or error
 * state, or undefined once the data is there.
 */
export function guardQuery<T>(query: UseQueryResult<T>, options: GuardOptions = {}): ReactNode | undefined {
  const { bare, errorActions, ready = true, inline, retry = !errorActions } = options;
  const wrap = (content: ReactNode) => (bare ? content : <Card>{content}</Card>);
  if (query.isError) {
    return wrap(
      <ErrorPanel error={query.error} inline={inline} actions={errorActions} onRetry={retry ? () => void query.refetch() : undefined} />,
    );
  }
  if (query.data === undefined || !ready) return wrap(<Loading />);
  return undefined;
}
