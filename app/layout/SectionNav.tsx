import { designSections, type SectionId } from './designSections';

/** Focuses the section's heading, if it is on the page; whether it was. */
function focusHeading(id: SectionId): boolean {
  const heading = document.querySelector<HTMLElement>(`#${id} h2, #${id} h3`);
  if (!heading) return false;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
  return true;
}

/**
 * Jumps between the design pane's sections; each shows how many findings it holds. Focus goes
 * to the section's heading, so the next Tab continues inside it. A section that is not shown
 * (the Registry while a repository is, or the other way round) is asked for with `onShow`,
 * and focused once it renders (it may be loading).
 */
export function SectionNav({
  counts,
  onShow,
}: {
  counts: Record<SectionId, number>;
  onShow: (id: SectionId) => void;
}) {
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
              if (focusHeading(id)) return;
              onShow(id);
              let frames = 0;
              const retry = () => {
                if (!focusHeading(id) && frames++ < 300) requestAnimationFrame(retry);
              };
              requestAnimationFrame(retry);
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
