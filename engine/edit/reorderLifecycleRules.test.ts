import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, LifecycleRuleDesign } from '../design/designSchema';
import { render } from '../render/render';
import {
  lifecycleRuleCardOrder,
  lifecycleRuleDropRange,
  reorderLifecycleRules,
  ruleDropPlace,
} from './reorderLifecycleRules';

function designOf(rules: LifecycleRuleDesign[]): Design {
  return { version: 1, repositories: [{ id: 'Repository', lifecycleRules: rules }] };
}

/** Design indexes in ECR's evaluation order, as render() reports them. */
function evaluationOrder(rules: LifecycleRuleDesign[]): number[] {
  const priorities = render(designOf(rules)).repositories[0]!.priorities!;
  return [...priorities]
    .sort((a, b) => a.evaluationIndex - b.evaluationIndex)
    .map((p) => p.designIndex);
}

function errorsOf(rules: LifecycleRuleDesign[]): string[] {
  return render(designOf(rules))
    .findings.filter((f) => f.severity !== 'warning')
    .map((f) => `${f.path}: ${f.message}`);
}

const action = fc.oneof(
  fc.record({ maxImageCount: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ maxImageAgeDays: fc.integer({ min: 1, max: 400 }) }),
);

/** Valid rule lists: distinct tag sets, at most one UNTAGGED and one ANY rule, some explicit priorities. */
const validRules = fc
  .record({
    tagged: fc.array(fc.tuple(fc.boolean(), action, fc.option(fc.integer({ min: 1, max: 60 }))), {
      maxLength: 7,
    }),
    untagged: fc.option(fc.tuple(action, fc.option(fc.integer({ min: 1, max: 60 })))),
    any: fc.option(fc.tuple(action, fc.boolean())),
  })
  .map(({ tagged, untagged, any }) => {
    const used = new Set<number>();
    const unique = (p: number | null) => {
      if (p === null || used.has(p)) return undefined;
      used.add(p);
      return p;
    };
    const rules: LifecycleRuleDesign[] = tagged.map(([prefix, act, priority], i) => ({
      ...(unique(priority) === undefined ? {} : { rulePriority: priority! }),
      ...(prefix ? { tagPrefixList: [`p${i}-`] } : { tagPatternList: [`rel-${i}-*`] }),
      ...act,
    }));
    if (untagged) {
      const p = unique(untagged[1]);
      rules.splice(rules.length >> 1, 0, {
        ...(p === undefined ? {} : { rulePriority: p }),
        tagStatus: 'UNTAGGED',
        ...untagged[0],
      });
    }
    if (any) {
      const allExplicit = rules.every((r) => r.rulePriority !== undefined);
      const explicitAny = any[1] && allExplicit;
      rules.unshift({
        ...(explicitAny ? { rulePriority: Math.max(0, ...used) + 1 } : {}),
        description: 'the rest',
        ...any[0],
      });
    }
    return rules;
  })
  .filter((rules) => rules.length > 0 && errorsOf(rules).length === 0);

describe('lifecycleRuleCardOrder', () => {
  it('is ECR’s evaluation order for every valid design', () => {
    fc.assert(
      fc.property(validRules, (rules) => {
        expect(lifecycleRuleCardOrder(rules)).toEqual(evaluationOrder(rules));
      }),
      { numRuns: 300 },
    );
  });
});

describe('reorderLifecycleRules', () => {
  it('makes ECR’s evaluation order equal the requested card order, without new errors', () => {
    fc.assert(
      fc.property(validRules, fc.nat(), fc.nat(), (rules, a, b) => {
        const cards = lifecycleRuleCardOrder(rules);
        const from = a % cards.length;
        const result = reorderLifecycleRules(rules, { from, to: b % cards.length });
        if (result.blocked) {
          expect(result.rules).toEqual(rules);
          return;
        }
        const expected = [...cards];
        expected.splice(from, 1);
        expected.splice(result.to, 0, cards[from]!);
        expect(result.sourceIndexes).toEqual(
          result.to === from ? rules.map((_, i) => i) : expected,
        );
        expect(errorsOf(result.rules)).toEqual([]);
        const shown = result.sourceIndexes.map((i) => rules[i]!.description ?? i);
        if (result.to !== from) {
          expect(evaluationOrder(result.rules)).toEqual(result.rules.map((_, i) => i));
          expect(shown).toEqual(expected.map((i) => rules[i]!.description ?? i));
        }
      }),
      { numRuns: 400 },
    );
  });

  const prod: LifecycleRuleDesign = { tagPrefixList: ['prod'], maxImageCount: 9999 };
  const dev: LifecycleRuleDesign = { tagPrefixList: ['dev'], maxImageCount: 5 };
  const rest: LifecycleRuleDesign = { maxImageAgeDays: 30 };

  it('refuses to move the ANY rule and keeps other rules above it', () => {
    expect(reorderLifecycleRules([prod, rest], { from: 1, to: 0 }).blocked).toBe('any-rule-last');
    const clamped = reorderLifecycleRules([prod, dev, rest], { from: 0, to: 2 });
    expect(clamped.to).toBe(1);
    expect(clamped.rules).toEqual([dev, prod, rest]);
  });

  it('keeps the chosen priorities as a set and hands them out in card order', () => {
    const rules = [
      { ...prod, rulePriority: 10 },
      { ...dev, rulePriority: 20 },
    ];
    expect(reorderLifecycleRules(rules, { from: 1, to: 0 }).rules).toEqual([
      { ...dev, rulePriority: 10 },
      { ...prod, rulePriority: 20 },
    ]);
  });

  it('clears the priority of an explicit rule dropped below automatic ones', () => {
    const result = reorderLifecycleRules([{ ...prod, rulePriority: 1 }, dev, rest], {
      from: 0,
      to: 1,
    });
    expect(result.rules).toEqual([dev, prod, rest]);
  });

  it('numbers an automatic rule dropped among explicit ones', () => {
    const result = reorderLifecycleRules([{ ...prod, rulePriority: 1 }, dev], { from: 1, to: 0 });
    expect(result.rules).toEqual([
      { ...dev, rulePriority: 1 },
      { ...prod, rulePriority: 2 },
    ]);
  });

  it('raises or clears an explicit ANY priority so that the ANY rule stays last', () => {
    const raised = reorderLifecycleRules(
      [{ ...prod, rulePriority: 1 }, dev, { ...rest, rulePriority: 2 }],
      {
        from: 1,
        to: 0,
      },
    );
    expect(raised.rules.map((r) => r.rulePriority)).toEqual([1, 2, 3]);
    const cleared = reorderLifecycleRules(
      [{ ...prod, rulePriority: 5 }, dev, { ...rest, rulePriority: 9 }],
      {
        from: 0,
        to: 1,
      },
    );
    expect(cleared.rules).toEqual([dev, prod, rest]);
  });

  it('lands a move where the drop range says: in it as asked, outside it on the nearest place', () => {
    fc.assert(
      fc.property(validRules, fc.nat(), fc.nat(), (rules, a, b) => {
        const count = rules.length;
        const from = a % count;
        const to = b % count;
        const range = lifecycleRuleDropRange(rules, from);
        const result = reorderLifecycleRules(rules, { from, to });
        if (!range) {
          expect(result.blocked ?? 'stays').toBe(to === from ? 'stays' : 'any-rule-last');
          return;
        }
        expect(range.first).toBeLessThanOrEqual(from);
        expect(range.last).toBeGreaterThanOrEqual(from);
        expect(result.blocked).toBeUndefined();
        expect(result.to).toBe(ruleDropPlace(range, to));
        expect(result.to).toBe(Math.min(Math.max(to, range.first), range.last));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the ANY rule no range, and the others the places above it', () => {
    expect(lifecycleRuleDropRange([prod, dev, rest], 2)).toBeUndefined();
    expect(lifecycleRuleDropRange([rest, prod, dev], 0)).toEqual({ first: 0, last: 1 });
    expect(lifecycleRuleDropRange([prod, dev], 1)).toEqual({ first: 0, last: 1 });
    expect(lifecycleRuleDropRange([prod, dev], 2)).toBeUndefined();
  });
});
