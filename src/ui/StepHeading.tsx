import { useEffect, useRef, type ReactNode } from "react";

/** Whether the guest's last input was a key press (not a click or touch): only then is a focus ring drawn. */
let keyboard = false;
if (typeof document !== "undefined") {
  document.addEventListener("keydown", () => (keyboard = true), true);
  document.addEventListener("pointerdown", () => (keyboard = false), true);
}

/**
 * Every step's h1. Focus moves to it when the step appears, so screen readers announce the new step. That
 * focus is drawn as a keyboard ring only after a key press — never on a freshly loaded page, where Chromium's
 * own :focus-visible rule would draw it, nor after a click (issue 12 §1).
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ focusVisible: keyboard });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
