/**
 * Which scanning rule scans a repository, and how often. awsSources.scanningBoth: under BASIC a
 * repository no SCAN_ON_PUSH filter matches is scanned manually; under ENHANCED one no filter
 * matches is not scanned, and where both rules match, continuous scanning wins.
 * awsSources.scanningDefault: with no configuration, the registry scans BASIC.
 */
import type { Design } from '../design/designSchema';
import type { RegistryAssumption } from './assumptions';
import { scanningFilterMatches } from './filterMatch';

/** How a repository's images get scanned. */
export type ScanOutcome =
  | 'CONTINUOUS_SCAN'
  | 'SCAN_ON_PUSH'
  | 'MANUAL'
  /** ENHANCED scanning with no matching filter: scanning is disabled for the repository. */
  | 'NOT_SCANNED';

export interface ScanningRuleMatch {
  ruleIndex: number;
  scanFrequency: string;
  filter: string;
}

export interface ScanningResult {
  scanType: string;
  /** Whether the design sets the scanning configuration (else the registry's default). */
  configured: boolean;
  /** Every rule with a filter that matches, in rule order. */
  matches: ScanningRuleMatch[];
  /** The rule that decides, when one does. */
  decidingRule?: number;
  outcome: ScanOutcome;
  /** What the outcome means, for people. */
  explanation: string;
}

const explanations: Record<ScanOutcome, string> = {
  CONTINUOUS_SCAN:
    'Amazon Inspector scans each image on push and again whenever a new vulnerability affects it.',
  SCAN_ON_PUSH: 'Each image is scanned when it is pushed.',
  MANUAL: 'Images are scanned only when someone starts a scan (BASIC scanning, no filter matches).',
  NOT_SCANNED: 'ENHANCED scanning with no matching filter: the repository is not scanned.',
};

function outcomeOf(scanType: string, matches: readonly ScanningRuleMatch[]) {
  const enhanced = scanType === 'ENHANCED';
  const pick = (frequency: string) => matches.find((m) => m.scanFrequency === frequency);
  const deciding = (enhanced && pick('CONTINUOUS_SCAN')) || pick('SCAN_ON_PUSH');
  if (deciding) return { deciding, outcome: deciding.scanFrequency as ScanOutcome };
  return { deciding: undefined, outcome: enhanced ? 'NOT_SCANNED' : 'MANUAL' } as const;
}

/** The registry's scanning as it meets `name`. */
export function matchScanning(design: Design, name: string): ScanningResult {
  const scanning = design.registry?.scanning;
  const scanType = scanning?.scanType ?? 'BASIC';
  const matches = (scanning?.rules ?? []).flatMap((rule, ruleIndex) => {
    const filter = rule.repositoryFilters.find((f) => scanningFilterMatches(f, name));
    return filter === undefined ? [] : [{ ruleIndex, scanFrequency: rule.scanFrequency, filter }];
  });
  const { deciding, outcome } = outcomeOf(scanType, matches);
  return {
    scanType,
    configured: scanning !== undefined,
    matches,
    ...(deciding ? { decidingRule: deciding.ruleIndex } : {}),
    outcome,
    explanation: explanations[outcome],
  };
}

export const scanningAssumptions = (result: ScanningResult): readonly RegistryAssumption[] =>
  result.configured ? [] : ['noScanningConfiguration'];
