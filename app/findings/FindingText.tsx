import { type Finding, formatPath } from '../../engine/index';

/** `path: message`, or the message alone for a finding on the whole input. */
export function findingLine(finding: Finding): string {
  const path = formatPath(finding.path);
  return path ? `${path}: ${finding.message}` : finding.message;
}

/** The same as text in a list item, the path set as code. */
export function FindingText({ finding }: { finding: Finding }) {
  const path = formatPath(finding.path);
  return (
    <>
      {path ? <code>{path}</code> : null}
      {path ? ': ' : ''}
      {finding.message}
    </>
  );
}
