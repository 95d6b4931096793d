import { useEffect, useRef, type ReactNode } from "react";

/**
 * Every step's h1. Focus moves to it when the step appears, so screen readers announce the new step. On a
 * freshly loaded page (no click or key press yet) that focus is not drawn as a keyboard ring; after a key
 * press the browser's own :focus-visible rule draws it, after a click it does not (issue 12 §1).
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus(navigator.userActivation?.hasBeenActive ? undefined : { focusVisible: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
