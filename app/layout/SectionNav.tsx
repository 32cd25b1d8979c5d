import { designSections, type SectionId } from './designSections';

/**
 * Jumps between the design pane's sections; each shows how many findings it holds. Focus goes
 * to the section's heading, so the next Tab continues inside it.
 */
export function SectionNav({ counts }: { counts: Record<SectionId, number> }) {
  return (
    <nav className="section-nav" aria-label="Sections">
      {designSections.map(({ id, label }) => {
        const count = counts[id];
        return (
          <a
            key={id}
            className="section-link"
            href={`#${id}`}
            aria-label={count > 0 ? `${label}: ${count} finding${count === 1 ? '' : 's'}` : label}
            onClick={(event) => {
              // The fragment holds the design: move focus, do not navigate.
              event.preventDefault();
              const heading = document.querySelector<HTMLElement>(`#${id} h2, #${id} h3`);
              heading?.setAttribute('tabindex', '-1');
              heading?.focus();
              heading?.scrollIntoView({ block: 'start' });
            }}
          >
            {label}
            {count > 0 && (
              <span className="badge section-count" aria-hidden="true">
                {count}
              </span>
            )}
          </a>
        );
      })}
    </nav>
  );
}
