import { describe, expect, it } from 'vitest';
import { type Finding, FindingCode } from '../../engine/index';
import { groupFindings, keepUnchanged, ruleOwnerFindings } from './groupFindings';

function finding(path: Finding['path'], message: string): Finding {
  return { severity: 'error', origin: 'design', code: FindingCode.unknownField, path, message };
}

const stack = finding(['stackName'], 'stack');
const repo0 = finding(['repositories', 0, 'repositoryName'], 'name 0');
const rule0 = finding(['repositories', 0, 'lifecycleRules', 0, 'tagPrefixList'], 'rule 0');
const rule1 = finding(['repositories', 0, 'lifecycleRules', 1, 'maxImageCount'], 'rule 1');
const repo1 = finding(['repositories', 1, 'id'], 'id 1');

describe('keepUnchanged', () => {
  it('returns the previous grouping itself when the findings show the same', () => {
    const previous = groupFindings([stack, repo0, rule0, repo1]);
    // Equal findings, new objects: what a re-analysis of an unchanged design gives.
    const next = groupFindings([stack, repo0, rule0, repo1].map((f) => ({ ...f })));
    expect(keepUnchanged(previous, next)).toBe(previous);
  });

  it('renews only the groups whose findings changed, down to the rule', () => {
    const previous = groupFindings([stack, repo0, rule0, repo1]);
    const kept = keepUnchanged(previous, groupFindings([stack, repo0, rule0, rule1, repo1]));
    expect(kept).not.toBe(previous);
    expect(kept.stackName).toBe(previous.stackName);
    expect(kept.repositories.get(1)).toBe(previous.repositories.get(1));
    const [before, after] = [previous.repositories.get(0)!, kept.repositories.get(0)!];
    expect(after).not.toBe(before);
    expect(after.byField).toBe(before.byField);
    expect(after.rules.get(0)).toBe(before.rules.get(0));
    expect(after.rules.get(1)?.byField.get('maxImageCount')).toEqual([rule1]);
  });

  it('takes a changed message, severity, code or origin, and a finding gone', () => {
    const previous = groupFindings([stack, repo0]);
    for (const changed of [
      { ...stack, message: 'other' },
      { ...stack, severity: 'warning' as const },
      { ...stack, code: FindingCode.emptyTemplate },
      { ...stack, origin: 'cdk' as const },
    ]) {
      expect(keepUnchanged(previous, groupFindings([changed, repo0])).stackName).toEqual([changed]);
    }
    const without = keepUnchanged(previous, groupFindings([stack]));
    expect(without.repositories.size).toBe(0);
  });
});

describe('ruleOwnerFindings', () => {
  it('groups a creation template’s findings as a repository’s: its fields, its rules', () => {
    const at = (path: Finding['path']) => finding(path, path.join('.'));
    const prefix = at(['registry', 'creationTemplates', 1, 'prefix']);
    const rule = at(['registry', 'creationTemplates', 1, 'lifecycleRules', 0, 'maxImageCount']);
    const rules = at(['registry', 'creationTemplates', 1, 'lifecycleRules']);
    const other = at(['registry', 'creationTemplates', 0, 'prefix']);
    const group = ruleOwnerFindings(
      [prefix, rule, rules, other, repo0],
      ['registry', 'creationTemplates', 1],
    );
    expect(group.byField.get('prefix')).toEqual([prefix]);
    expect(group.rules.get(0)?.byField.get('maxImageCount')).toEqual([rule]);
    expect(group.rulesSection).toEqual([rules]);
    expect(group.own).toEqual([]);
    expect(group.byField.size).toBe(1);
  });
});
