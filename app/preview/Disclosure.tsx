import { type ReactNode, useState } from 'react';

interface DisclosureProps {
  className: string;
  summary: ReactNode;
  children: ReactNode;
}

/**
 * A `<details>` whose content is rendered when it is first opened, and kept after (what was
 * typed in it survives closing): closed, it costs the keystrokes elsewhere nothing.
 */
export function Disclosure({ className, summary, children }: DisclosureProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
