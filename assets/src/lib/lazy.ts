// Heavy libraries (KaTeX, highlight.js, DOMPurify) load through dynamic import only when
// an app needs them, so the first paint of a simple app needs the core bundle alone.
import { useEffect, useState } from "preact/hooks";

export interface Lazy<T> {
  /** The module when loaded, else undefined. */
  readonly current: T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let current: T | undefined;
  let promise: Promise<T> | undefined;
  return {
    get current() {
      return current;
    },
    load() {
      promise ??= importer().then((m) => (current = m));
      return promise;
    },
  };
}

/** The module when `needed` and loaded; re-renders the caller once it arrives. */
export function useLazy<T>(resource: Lazy<T>, needed: boolean): T | undefined {
  const [, setLoaded] = useState(0);
  // What this render saw: the module may arrive (loaded for another component) between the
  // render and the effect, and this component must then render again to show it.
  const shown = needed ? resource.current : undefined;
  useEffect(() => {
    if (!needed || shown !== undefined) return;
    let live = true;
    resource.load().then(
      () => live && setLoaded((n) => n + 1),
      (err: unknown) => console.warn("dataapp: could not load a module", err),
    );
    return () => {
      live = false;
    };
  }, [resource, needed, shown]);
  return shown;
}
