/** The outputs as documents: what each tab shows, how it is highlighted and downloaded. */
import { pythonModuleName } from '../../engine/index';
import type { OutputId } from '../testIds';
import type { ShownRender } from './useOutputs';

export interface OutputDocument {
  id: OutputId;
  label: string;
  language: 'typescript' | 'python' | 'json' | 'yaml';
  fileName: string;
  mimeType: string;
  text: string;
  /** Monaco model URI: one model per output. */
  uri: string;
  /** Shown instead of an empty editor. */
  emptyNote?: string;
}

export function outputDocuments(
  shown: ShownRender | undefined,
  stackName: string,
  selectedKey: string | undefined,
): OutputDocument[] {
  const result = shown?.result;
  const index = selectedKey === undefined ? -1 : (shown?.repositoryKeys.indexOf(selectedKey) ?? -1);
  const repository = index < 0 ? undefined : result?.repositories[index];
  return [
    {
      id: 'cdk-ts',
      label: 'CDK TypeScript',
      language: 'typescript',
      fileName: `${stackName}.ts`,
      mimeType: 'text/typescript',
      text: result?.cdkTypescript ?? '',
      uri: 'inmemory://ecr-designer/stack.ts',
    },
    {
      id: 'cdk-py',
      label: 'CDK Python',
      language: 'python',
      fileName: `${pythonModuleName(stackName)}.py`,
      mimeType: 'text/x-python',
      text: result?.cdkPython ?? '',
      uri: 'inmemory://ecr-designer/stack.py',
    },
    {
      id: 'cfn-json',
      label: 'CloudFormation JSON',
      language: 'json',
      fileName: `${stackName}.template.json`,
      mimeType: 'application/json',
      text: result?.cfnJson ?? '',
      uri: 'inmemory://ecr-designer/template.json',
    },
    {
      id: 'cfn-yaml',
      label: 'CloudFormation YAML',
      language: 'yaml',
      fileName: `${stackName}.template.yaml`,
      mimeType: 'application/yaml',
      text: result?.cfnYaml ?? '',
      uri: 'inmemory://ecr-designer/template.yaml',
    },
    {
      id: 'lifecycle-json',
      label: 'Lifecycle policy JSON',
      language: 'json',
      fileName: `${repository?.id ?? 'repository'}-lifecycle-policy.json`,
      mimeType: 'application/json',
      text: repository?.lifecyclePolicyJson ?? '',
      uri: 'inmemory://ecr-designer/lifecycle-policy.json',
      emptyNote: repository
        ? `Repository ${repository.id} has no lifecycle rules, so it has no lifecycle policy.`
        : 'Select a valid repository to see its lifecycle policy.',
    },
  ];
}
