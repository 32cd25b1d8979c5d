import './entities.css';
import { DesignSection } from '../layout/DesignSection';
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
      <DesignSection id="section-access" title="Access">
        {selected && <ResourcePolicySection entry={selected} path={path} />}
        <GrantMatrix />
      </DesignSection>
      <DesignSection id="section-events" title="Events">
        {selected && <EventRulesSection entry={selected} path={path} />}
        <TargetsSection />
      </DesignSection>
      <DesignSection id="section-identities" title="Keys and principals">
        <KeysSection />
        <PrincipalsSection />
      </DesignSection>
    </div>
  );
}
