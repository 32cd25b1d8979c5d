import type { ReactNode } from 'react';
import type { SectionId } from './designSections';

/** One of the design pane's sections (designSections), with its heading, for SectionNav to jump to. */
export function DesignSection({
  id,
  title,
  children,
}: {
  id: SectionId;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} className="design-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
