/**
 * Deploy phase of replication, scanning and signing: what ECR refuses that aws-cdk-lib's
 * validation lets through. Its validation already refuses more than two scanning rules, empty or
 * over-long destination and filter lists (reg-l1's findings); the rule quotas below it does not.
 */
import type { Design } from '../design/designSchema';
import type { FieldPath } from '../fieldPath';
import { type Finding, FindingCode } from '../findings';
import { awsSources } from '../registry/awsSources';
import { deployError } from './lifecycleDeploy';
import { registryWarning, valueErrors } from './registryValues';

/** awsSources.replicationQuotas ("rules: Maximum number of 10 items"), awsSources.signingQuota. */
const maxRules = { replication: 10, signing: 10 } as const;

function tooManyRules(what: keyof typeof maxRules, count: number): Finding[] {
  if (count <= maxRules[what]) return [];
  return [
    deployError(
      FindingCode.registryTooManyRules,
      ['registry', what, 'rules'],
      `ECR allows at most ${maxRules[what]} ${what} rules; this configuration has ${count}.`,
    ),
  ];
}

/**
 * awsSources.scanningFrequencies: "When the BASIC scan type is specified, the SCAN_ON_PUSH scan
 * frequency is supported"; CONTINUOUS_SCAN is ENHANCED's.
 */
function scanningErrors(design: Design): Finding[] {
  const scanning = design.registry?.scanning;
  if (!scanning) return [];
  const path = ['registry', 'scanning'];
  const basic = scanning.scanType === 'BASIC';
  const rules = scanning.rules.flatMap((rule, index) => {
    const at: FieldPath = [...path, 'rules', index, 'scanFrequency'];
    const continuous =
      basic && rule.scanFrequency === 'CONTINUOUS_SCAN'
        ? [
            deployError(
              FindingCode.continuousScanWithoutEnhanced,
              at,
              'CONTINUOUS_SCAN needs ENHANCED scanning; with BASIC, ECR scans on push only.',
            ),
          ]
        : [];
    return [...valueErrors('scanFrequency', rule.scanFrequency, at), ...continuous];
  });
  return [...valueErrors('scanType', scanning.scanType, [...path, 'scanType']), ...rules];
}

/** Deploy phase: what ECR refuses in replication, scanning and signing. */
export function registryRuleDeployErrors(design: Design): Finding[] {
  const registry = design.registry;
  return [
    ...tooManyRules('replication', registry?.replication?.rules.length ?? 0),
    ...scanningErrors(design),
    ...tooManyRules('signing', registry?.signing?.rules.length ?? 0),
  ];
}

/**
 * Warning phase: two scanning rules of one frequency. ECR's console keeps one rule per frequency
 * (scan on push, continuous) and awsSources.scanningBoth speaks of one filter set each; AWS does
 * not say the API refuses two, so this is a warning: merge their filters into one rule.
 */
export function registryRuleWarnings(design: Design): Finding[] {
  const rules = design.registry?.scanning?.rules ?? [];
  return rules.flatMap((rule, index) => {
    const first = rules.findIndex((r) => r.scanFrequency === rule.scanFrequency);
    if (first === index) return [];
    return [
      registryWarning(
        FindingCode.scanFrequencyTwice,
        ['registry', 'scanning', 'rules', index, 'scanFrequency'],
        `Scanning rule ${first + 1} has this frequency too; ECR keeps one rule per frequency (${awsSources.scanningBoth.url}), so put the filters in one rule.`,
      ),
    ];
  });
}
