import type { Design } from '../engine/index';

/** The first-visit example, built from the seed documentation: scanned, immutable, KMS, prod/9999 then 30 days. */
export const seedDesign: Design = {
  version: 1,
  repositories: [
    {
      id: 'Repository',
      repositoryName: 'my-app',
      imageScanOnPush: true,
      imageTagMutability: 'IMMUTABLE',
      encryption: 'KMS',
      lifecycleRules: [
        { description: 'keep prod images', tagPrefixList: ['prod'], maxImageCount: 9999 },
        { description: 'expire after 30 days', maxImageAgeDays: 30 },
      ],
    },
  ],
};
