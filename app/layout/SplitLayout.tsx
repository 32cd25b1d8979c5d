import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useRef,
  useState,
} from 'react';

interface SplitLayoutProps {
  left: ReactNode;
  right: ReactNode;
}

const min = 25;
const max = 75;
const clamp = (value: number) => Math.min(max, Math.max(min, value));

/** Two panes side by side with a resizable divider (pointer or arrow keys); stacked on narrow screens. */
export function SplitLayout({ left, right }: SplitLayoutProps) {
  const [leftPercent, setLeftPercent] = useState(46);
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const onPointerMove = (event: PointerEvent) => {
    const box = container.current?.getBoundingClientRect();
    if (!dragging.current || !box) return;
    setLeftPercent(clamp(((event.clientX - box.left) / box.width) * 100));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 10 : 2;
    const next: Record<string, number> = {
      ArrowLeft: leftPercent - step,
      ArrowRight: leftPercent + step,
      Home: min,
      End: max,
    };
    if (next[event.key] === undefined) return;
    event.preventDefault();
    setLeftPercent(clamp(next[event.key]!));
  };

  return (
    <div className="split" ref={container} style={{ '--left': `${leftPercent}%` } as CSSProperties}>
      <div className="pane pane-left">{left}</div>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a splitter; <hr> cannot take focus or values */}
      <div
        className="splitter"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the panes"
        aria-valuenow={Math.round(leftPercent)}
        aria-valuemin={min}
        aria-valuemax={max}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={onPointerMove}
        onPointerUp={() => {
          dragging.current = false;
        }}
      />
      <div className="pane pane-right">{right}</div>
    </div>
  );
}
