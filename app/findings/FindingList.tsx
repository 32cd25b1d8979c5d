import type { Finding } from '../../engine/index';
import { testIds } from '../testIds';

const severityLabel: Record<Finding['severity'], string> = {
  error: 'Error',
  'deploy-error': 'Fails at deploy',
  warning: 'Warning',
};

const originLabel: Record<Finding['origin'], string> = {
  design: 'design file',
  cdk: 'aws-cdk-lib',
  'cdk-synth': 'aws-cdk-lib synth',
  'cdk-validate': 'CloudFormation validation in aws-cdk-lib',
  aws: 'ECR / CloudFormation',
  designer: 'ECR Designer',
};

interface FindingListProps {
  findings: readonly Finding[];
  id?: string;
}

/** Findings as text, never HTML; newlines kept (CDK's name error has two lines). */
export function FindingList({ findings, id }: FindingListProps) {
  if (findings.length === 0) return id ? <div id={id} hidden /> : null;
  return (
    <ul className="findings" id={id}>
      {findings.map((finding, index) => (
        <li
          key={index}
          className={`finding finding-${finding.severity}`}
          data-testid={testIds.finding}
          data-severity={finding.severity}
          title={`Reported by ${originLabel[finding.origin]}`}
        >
          <span className="finding-severity">{severityLabel[finding.severity]}</span>
          <span className="finding-message">{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}
