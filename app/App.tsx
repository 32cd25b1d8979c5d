import { useMemo } from 'react';
import { render } from '../engine/index';
import { seedDesign } from './seedDesign';

export function App() {
  const result = useMemo(() => render(seedDesign), []);
  return (
    <main>
      <h1>ECR Designer</h1>
      <section aria-label="CloudFormation JSON">
        <pre data-testid="cfn-json">{result.cfnJson}</pre>
      </section>
    </main>
  );
}
