import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synthStack } from '../../oracle/synthCdk';
import { parseDesign } from '../design/parseDesign';
import { render } from '../render/render';
import { importText } from './importTemplate';

const fixtureDir = new URL('../fixtures/', import.meta.url);
const validFixtures = readdirSync(fixtureDir).filter(
  (f) => f.endsWith('.json') && !f.startsWith('invalid-'),
);

describe('importing templates synthesized by aws-cdk-lib', () => {
  it.each(validFixtures)('%s: the imported design renders the template CDK synthesized', (name) => {
    const design = parseDesign(JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8'))).design!;
    const synthesized = synthStack(render(design).cdkTypescript, design.stackName ?? 'EcrStack');
    if (!synthesized.ok) throw new Error(synthesized.messages.join('\n'));
    const imported = importText(JSON.stringify(synthesized.template));
    expect(imported.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const logicalIdsKept = imported.findings.every(
      (f) => !f.message.includes('logical ID becomes'),
    );
    if (logicalIdsKept)
      expect(JSON.stringify(render(imported.design!).template)).toBe(
        JSON.stringify(synthesized.template),
      );
    else expect(render(imported.design!).template?.Resources).toBeDefined();
  });
});
