/** What an import gives: a design when one could be made, and every finding on the way. */
import type { Design } from '../design/designSchema';
import { parseDesign } from '../design/parseDesign';
import type { Finding } from '../findings';

export interface ImportResult {
  design?: Design;
  findings: Finding[];
}

/** The candidate checked as any design is: an import never hands over what parseDesign refuses. */
export function finish(candidate: unknown, findings: Finding[]): ImportResult {
  if (findings.some((f) => f.severity === 'error')) return { findings };
  const parsed = parseDesign(candidate);
  return parsed.design
    ? { design: parsed.design, findings }
    : { findings: [...findings, ...parsed.findings] };
}
