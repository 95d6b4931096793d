import { Fragment, type ReactNode } from "react";

/**
 * Labelled values as a description list, term and value as the list's own children (the picker's cards, the
 * explain panel, the error details, Entra's troubleshooting details): one markup, each with its own class.
 */
export function Facts({
  facts,
  className = "facts",
}: {
  facts: ReadonlyArray<readonly [name: string, value: ReactNode]>;
  className?: string;
}) {
  return (
    <dl className={className}>
      {facts.map(([name, value]) => (
        <Fragment key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
