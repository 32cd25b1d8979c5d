/** The designs every benchmark measures: the seed lifecycle design and a large one. */
import { readFileSync } from 'node:fs';
import { type Design, type LifecycleRuleDesign, parseDesign } from '../engine/index';

export function seedLifecycleDesign(): Design {
  const parsed = parseDesign(JSON.parse(readFileSync('engine/fixtures/seed-example.json', 'utf8')));
  if (!parsed.design) throw new Error('seed fixture does not parse');
  return parsed.design;
}

function benchRule(index: number): LifecycleRuleDesign {
  if (index === 19) return { description: 'expire the rest after 90 days', maxImageAgeDays: 90 };
  if (index % 5 === 4)
    return { rulePriority: index + 1, tagPatternList: [`rel-${index}-*`], maxImageCount: 10 };
  return {
    description: `keep prefix ${index}`,
    tagPrefixList: [`p${index}-`],
    maxImageCount: 5 + index,
  };
}

/** 50 repositories × 20 rules, every repository field set. */
export function largeDesign(): Design {
  return {
    version: 1,
    stackName: 'LargeStack',
    repositories: Array.from({ length: 50 }, (_, r) => ({
      id: `Repository${r}`,
      repositoryName: `team-${r}/service`,
      imageScanOnPush: true,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' as const,
      imageTagMutabilityExclusionFilters: ['latest', 'dev-*'],
      encryption: 'KMS' as const,
      removalPolicy: 'DESTROY' as const,
      emptyOnDelete: true,
      tags: { team: `team-${r}`, 'cost-center': String(1000 + r) },
      lifecycleRules: Array.from({ length: 20 }, (_, i) => benchRule(i)),
    })),
  };
}
