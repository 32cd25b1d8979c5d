import { describe, expect, it } from 'vitest';
import { sectionCounts, sectionOf } from './designSections';

describe('the Registry section in the section bar', () => {
  it('counts the registry part’s findings, whichever repository is selected', () => {
    expect(sectionOf(['registry', 'creationTemplates', 0, 'prefix'], 0)).toBe('section-registry');
    expect(sectionOf(['registry', 'scanning', 'rules', 2, 'scanFrequency'], -1)).toBe(
      'section-registry',
    );
    const finding = {
      severity: 'error',
      origin: 'design',
      code: 'too-short',
      path: ['registry', 'policy', 'id'],
      message: 'm',
    } as const;
    expect(sectionCounts([finding], -1)['section-registry']).toBe(1);
  });
});
