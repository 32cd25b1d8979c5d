/** Test ids shared by the app and the Playwright page objects (e2e/pages). */
export const testIds = {
  repositoryList: 'repository-list',
  repositoryForm: 'repository-form',
  ruleList: 'rule-list',
  ruleCard: 'rule-card',
  rulePriority: 'rule-priority',
  ruleSummary: 'rule-summary',
  ruleHandle: 'rule-handle',
  ruleFindings: 'rule-findings',
  outputText: 'output-text',
  outputStatus: 'output-status',
  outputEditor: 'output-editor',
  undoToast: 'undo-toast',
  notice: 'notice',
  finding: 'finding',
  problem: 'problem',
  longLinkWarning: 'long-link-warning',
  autosaveWarning: 'autosave-warning',
  importDialog: 'import-dialog',
  importReport: 'import-report',
  importNote: 'import-note',
  downloads: 'downloads',
  preview: 'lifecycle-preview',
  previewSummary: 'preview-summary',
  previewRow: 'preview-row',
  previewReason: 'preview-reason',
  previewWhy: 'preview-why',
  previewPage: 'preview-page',
  previewTotals: 'preview-totals',
  previewImagesInput: 'preview-images-input',
  previewManifestsInput: 'preview-manifests-input',
  previewInUseInput: 'preview-in-use-input',
  previewCompareInput: 'preview-compare-input',
  previewImageSource: 'preview-image-source',
  previewAtRisk: 'preview-at-risk',
  previewCompare: 'preview-compare',
  previewBlocked: 'preview-blocked',
  timelinePicture: 'timeline-picture',
  timelineSlider: 'timeline-slider',
  timelineTotals: 'timeline-totals',
  ruleCounts: 'rule-counts',
} as const;

/** Outputs; the CDK tab shows `cdk-ts` or `cdk-py` by its language switch. */
export const outputIds = ['cdk-ts', 'cdk-py', 'cfn-json', 'cfn-yaml', 'lifecycle-json'] as const;
export type OutputId = (typeof outputIds)[number];

/** Output tabs, in the order the tab list shows them. */
export const outputTabIds = ['cdk', 'cfn-json', 'cfn-yaml', 'lifecycle-json'] as const;
export type OutputTabId = (typeof outputTabIds)[number];

/** Names of the performance marks the UI benchmark reads. */
export const perfMarks = {
  edit: 'ecr:edit',
  editToEditor: 'ecr:edit-to-editor',
  formReady: 'ecr:form-ready',
  editorReady: 'ecr:editor-ready',
  /** The lifecycle preview showed a new result (the worker answered). */
  previewUpdated: 'ecr:preview-updated',
} as const;

/** Where the browser keeps the autosaved design (read back as untrusted input). */
export const storageKeys = {
  autosave: 'ecr-designer:design',
  imageDatabase: 'ecr-designer-images',
} as const;
