// A lazily loaded screen (a route's page or a step of the session) that can be preloaded, together with the
// parts of the catalogue it shows (docs/decisions/0018).
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { withStrings, type Part } from "../i18n";

export type LazyScreen<P extends object = object> = LazyExoticComponent<ComponentType<P>> & {
  preload: () => Promise<unknown>;
  /** The parts of the catalogue it shows (test/i18n/screen-parts.test.ts checks them against its code). */
  strings: readonly Part[];
};

/**
 * `name` of the module `load` imports, loaded with the catalogue's `strings`. Once loaded, React.lazy gets a
 * thenable that resolves synchronously, so the screen renders at once instead of suspending (and waiting for
 * React's 300 ms Suspense reveal throttle). Preloading twice loads once; a failed load is tried again.
 */
export function lazyScreen<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  strings: Part[],
): LazyScreen<P> {
  type Loaded = { default: ComponentType<P> };
  let loaded: Loaded | undefined;
  let loading: Promise<Loaded> | undefined;
  const preload = (): Promise<Loaded> =>
    (loading ??= withStrings(load, ...strings).then(
      (module) => (loaded = { default: module[name] }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const component = lazy(() =>
    loaded
      ? // oxlint-disable-next-line unicorn/no-thenable -- a synchronous thenable is the point (see above)
        ({ then: (resolve: (m: Loaded) => void) => resolve(loaded!) } as unknown as Promise<Loaded>)
      : preload(),
  );
  return Object.assign(component, { preload, strings });
}
