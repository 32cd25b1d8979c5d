import './entities.css';
import type { RepositoryEntry } from '../state/designerState';
import { useEntitiesView } from './EntitiesContext';
import { EventRulesSection } from './EventRulesSection';
import { GrantMatrix } from './GrantMatrix';
import { KeysSection } from './KeysSection';
import { PrincipalsSection } from './PrincipalsSection';
import { ResourcePolicySection } from './ResourcePolicySection';
import { TargetsSection } from './TargetsSection';

/**
 * The design pane's sections after the selected repository's own: access (its resource policy,
 * the grants), events (its event rules, their targets), and the keys and principals they use.
 */
export default function EntitiesPanel({ selected }: { selected: RepositoryEntry | undefined }) {
  const { repositories } = useEntitiesView();
  const path = selected
    ? ['repositories', repositories.findIndex((r) => r.key === selected.key)]
    : [];
  return (
    <div className="entities-panel" data-testid="entities-panel">
      <section
        id="section-access"
        className="design-section"
        aria-labelledby="section-access-title"
      >
        <h2 id="section-access-title" className="panel-title">
          Access
        </h2>
        {selected && <ResourcePolicySection entry={selected} path={path} />}
        <GrantMatrix />
      </section>
      <section
        id="section-events"
        className="design-section"
        aria-labelledby="section-events-title"
      >
        <h2 id="section-events-title" className="panel-title">
          Events
        </h2>
        {selected && <EventRulesSection entry={selected} path={path} />}
        <TargetsSection />
      </section>
      <section
        id="section-identities"
        className="design-section"
        aria-labelledby="section-identities-title"
      >
        <h2 id="section-identities-title" className="panel-title">
          Keys and principals
        </h2>
        <KeysSection />
        <PrincipalsSection />
      </section>
    </div>
  );
}
