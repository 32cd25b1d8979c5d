/**
 * The commands that produce the preview's inputs from a real repository, as data: `--help`,
 * docs/preview-images.md and (later) the preview panel print the same lines. NAME stands for
 * the repository name. Each line fits 94 columns, so --help can indent it by six.
 */
export interface ImageCommandRecipe {
  title: string;
  lines: readonly string[];
}

const indexTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

export const imageCommandRecipes: readonly ImageCommandRecipe[] = [
  {
    title: 'Every image: AWS CLI v2 fetches every page into one (v1 output is read too)',
    lines: ['aws ecr describe-images --repository-name NAME --output json > images.json'],
  },
  {
    title: 'Or page by page: pass each NextToken back, then concatenate the pages',
    lines: [
      'aws ecr describe-images --repository-name NAME --max-items 1000 --output json > page1.json',
      'aws ecr describe-images --repository-name NAME --max-items 1000 --output json \\',
      '  --starting-token "$(jq -r .NextToken page1.json)" > page2.json',
      'cat page1.json page2.json > images.json',
    ],
  },
  {
    title: 'Which images an index holds: its manifest (batch-get-image takes 100 digests a call)',
    lines: [
      `jq -r '.imageDetails[] | select((.imageManifestMediaType // "") | test("index|list"))`,
      `  | "imageDigest=" + .imageDigest' images.json \\`,
      '  | xargs -n 100 aws ecr batch-get-image --repository-name NAME --output json \\',
      `    --accepted-media-types ${indexTypes[0]} \\`,
      `    ${indexTypes[1]} > manifests.json`,
    ],
  },
];
