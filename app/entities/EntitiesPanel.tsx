import './entities.css';
import { GrantMatrix } from './GrantMatrix';
import { KeysSection } from './KeysSection';
import { PrincipalsSection } from './PrincipalsSection';
import { TargetsSection } from './TargetsSection';

/** The design's shared resources: keys, principals, event targets and the grant matrix. */
export default function EntitiesPanel() {
  return (
    <section
      className="entities-panel"
      aria-labelledby="entities-title"
      data-testid="entities-panel"
    >
      <h2 id="entities-title" className="panel-title">
        Keys, principals, targets and grants
      </h2>
      <KeysSection />
      <PrincipalsSection />
      <TargetsSection />
      <GrantMatrix />
    </section>
  );
}
