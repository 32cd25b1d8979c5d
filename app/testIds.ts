/** Test ids shared by the app and the Playwright page objects (e2e/pages). */
export const testIds = {
  repositoryList: 'repository-list',
  repositoryForm: 'repository-form',
  ruleList: 'rule-list',
  ruleCard: 'rule-card',
  rulePriority: 'rule-priority',
  ruleSummary: 'rule-summary',
  ruleHandle: 'rule-handle',
  outputText: 'output-text',
  outputStatus: 'output-status',
  outputEditor: 'output-editor',
  undoToast: 'undo-toast',
  notice: 'notice',
  finding: 'finding',
} as const;

/** Output tabs, in the order the tab list shows them. */
export const outputIds = ['cdk-ts', 'cfn-json', 'cfn-yaml', 'lifecycle-json'] as const;
export type OutputId = (typeof outputIds)[number];

/** Names of the performance marks the UI benchmark reads. */
export const perfMarks = {
  edit: 'ecr:edit',
  editToEditor: 'ecr:edit-to-editor',
  formReady: 'ecr:form-ready',
  editorReady: 'ecr:editor-ready',
} as const;
