import { useEffect, useState } from 'react';
import { copyText } from './fileActions';

interface CopyButtonProps {
  /**
   * The text, or a function that makes it when the button is pressed (large designs), or
   * promises it (once the printers have loaded); undefined copies nothing.
   */
  text: string | (() => string | undefined | Promise<string | undefined>);
  /** What is copied, for the announcement after a copy ("Copied CDK TypeScript to the clipboard"). */
  what: string;
  /** The visible text; a bare "Copy" is named "Copy <what>" for screen readers. */
  children?: string;
  /** A fuller accessible name than the visible text (it should start with that text). */
  name?: string;
  disabled?: boolean;
}

/** Copied within the click when the text is at hand: a fallback copy works only there. */
const copyMade = (text: string | undefined) => copyText(text ?? '');

/** A copy button that says whether it worked. */
export function CopyButton({ text, what, children = 'Copy', name, disabled }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);
  const label = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : children;
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-label={
          state !== 'idle'
            ? undefined
            : (name ?? (children === 'Copy' ? `Copy ${what}` : undefined))
        }
        disabled={disabled}
        onClick={() => {
          const made = typeof text === 'string' ? text : text();
          const copied = made instanceof Promise ? made.then(copyMade) : copyMade(made);
          copied.then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied'
          ? `Copied ${what} to the clipboard`
          : state === 'failed'
            ? `Could not copy ${what}`
            : ''}
      </span>
    </>
  );
}
