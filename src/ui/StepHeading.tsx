import { useEffect, useRef, type ReactNode } from "react";

/** Every step's h1. Focus moves to it when the step appears, so screen readers announce the new step. */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
