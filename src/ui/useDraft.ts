import { useCallback, useState } from "react";

const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * Whether a stored draft has the shape of `initial`: the same JSON kinds, the same object keys, array items
 * like the first item of `initial` (or, when it has none, plain values or flat objects). Anything else was
 * written by another version or by hand and is ignored.
 */
export function sameShape(value: unknown, initial: unknown): boolean {
  const kind = kindOf(initial);
  if (kindOf(value) !== kind) return false;
  if (kind === "array") {
    const items = value as unknown[];
    const [model] = initial as unknown[];
    if (model !== undefined) return items.every((item) => sameShape(item, model));
    return items.every((item) => {
      const itemKind = kindOf(item);
      if (itemKind === "object") return Object.values(item as object).every((inner) => !["object", "array"].includes(kindOf(inner)));
      return itemKind === "string" || itemKind === "number" || itemKind === "boolean";
    });
  }
  if (kind === "object") {
    const model = initial as Record<string, unknown>;
    const draft = value as Record<string, unknown>;
    // A key whose initial value is undefined is not written to JSON: it may be absent, or hold a plain value.
    const loose = (inner: unknown) => ["string", "number", "boolean"].includes(kindOf(inner));
    return (
      Object.keys(draft).every((key) => Object.hasOwn(model, key)) &&
      Object.keys(model).every((key) =>
        model[key] === undefined
          ? !Object.hasOwn(draft, key) || loose(draft[key])
          : Object.hasOwn(draft, key) && sameShape(draft[key], model[key]),
      )
    );
  }
  return true;
}

/**
 * State that survives a reload or the back button: what the guest typed stays in sessionStorage (this
 * tab only) until the step is done. Never use it for passwords.
 */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const storageKey = `b2b-simulator/draft/${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStorage.getItem(storageKey);
      if (raw === null) return initial;
      const draft: unknown = JSON.parse(raw);
      // A draft of another shape (another version, or edited by hand) is ignored, never fatal.
      return sameShape(draft, initial) ? (draft as T) : initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the value still lives in memory.
      }
    },
    [storageKey],
  );
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      // nothing to clear
    }
  }, [storageKey]);
  return [value, update, clear];
}
