import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

/** How long the network must stay quiet: long enough for a screen that just mounted to start its requests. */
const QUIET_MS = 50;

/**
 * Runs `work` once none of the app's requests has been in flight for a moment. Work for later (the next
 * screen's code, the sign-in library) waits for it, so it never competes with what the current screen
 * needs to show. Call it from inside the screen, so a screen still loading its own code does not count.
 * `work` should be stable (useCallback): a new function starts the wait again.
 */
export function useWhenNetworkIdle(work: () => void): void {
  const client = useQueryClient();
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribes: Array<() => void> = [];
    const check = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (client.isFetching() + client.isMutating() > 0) return; // a cache event comes when they end
        unsubscribes.forEach((unsubscribe) => unsubscribe());
        work();
      }, QUIET_MS);
    };
    unsubscribes.push(client.getQueryCache().subscribe(check), client.getMutationCache().subscribe(check));
    check();
    return () => {
      window.clearTimeout(timer);
      unsubscribes.forEach((unsubscribe) => unsubscribe());
    };
  }, [client, work]);
}
