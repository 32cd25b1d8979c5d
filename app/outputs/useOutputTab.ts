import { useState } from 'react';
import type { OutputName } from '../../engine/index';
import type { OutputId, OutputTabId } from '../testIds';
import type { CdkLanguage } from './CdkLanguageSwitch';

/** The output tab on screen: the one text each render prints (useOutputs). */
export interface OutputTab {
  active: OutputTabId;
  setActive: (id: OutputTabId) => void;
  language: CdkLanguage;
  setLanguage: (language: CdkLanguage) => void;
  /** The document on screen (the CDK tab shows one of two). */
  docId: OutputId;
  /** The text it shows; the lifecycle policy's comes with every render. */
  output: OutputName | undefined;
}

const outputOf: Record<OutputId, OutputName | undefined> = {
  'cdk-ts': 'cdkTypescript',
  'cdk-py': 'cdkPython',
  'cfn-json': 'cfnJson',
  'cfn-yaml': 'cfnYaml',
  'lifecycle-json': undefined,
};

export function useOutputTab(): OutputTab {
  const [active, setActive] = useState<OutputTabId>('cdk');
  const [language, setLanguage] = useState<CdkLanguage>('typescript');
  const docId: OutputId = active === 'cdk' ? (language === 'python' ? 'cdk-py' : 'cdk-ts') : active;
  return { active, setActive, language, setLanguage, docId, output: outputOf[docId] };
}
