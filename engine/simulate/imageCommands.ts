/**
 * The commands that produce each input of the preview from a real account, as data: `--help`
 * (under the option each feeds), docs/preview-images.md, docs/cli.md and the preview panel
 * (next to each input box) print the same lines. Placeholders: NAME the repository name,
 * CLUSTER an ECS cluster, FAMILY:REVISION a task definition, FUNCTION a Lambda function,
 * CONTEXT a kubeconfig context. Each line fits 90 columns, so --help can print it under its
 * option, indented by ten, within 100. The flags are those of the AWS CLI v2 reference.
 */

/** The input a command produces: simulate's --images, --manifests, --in-use and --compare. */
export type PreviewInput = 'images' | 'manifests' | 'in-use' | 'compare';

export interface ImageCommandRecipe {
  input: PreviewInput;
  /** What the lines do; unique, so a list can key on it. */
  title: string;
  lines: readonly string[];
}

const indexTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

const imagesRecipes: ImageCommandRecipe[] = [
  {
    input: 'images',
    title: 'Every image: AWS CLI v2 fetches every page into one (v1 output is read too)',
    lines: ['aws ecr describe-images --repository-name NAME --output json > images.json'],
  },
  {
    input: 'images',
    title: 'Or page by page: pass each NextToken back, then concatenate the pages',
    lines: [
      'aws ecr describe-images --repository-name NAME --max-items 1000 --output json > page1.json',
      'aws ecr describe-images --repository-name NAME --max-items 1000 --output json \\',
      '  --starting-token "$(jq -r .NextToken page1.json)" > page2.json',
      'cat page1.json page2.json > images.json',
    ],
  },
];

const manifestsRecipes: ImageCommandRecipe[] = [
  {
    input: 'manifests',
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

// Each file is read on its own: pass every one as its own --in-use rather than joining a
// JSON file and a text file, which would read as neither.
const inUseRecipes: ImageCommandRecipe[] = [
  {
    input: 'in-use',
    title: 'Kubernetes: every pod of the current cluster, in all namespaces',
    lines: ['kubectl get pods -A -o json > pods.json'],
  },
  {
    input: 'in-use',
    title: 'Several clusters: a file per kubeconfig context, each given as its own --in-use',
    lines: ['kubectl get pods -A -o json --context CONTEXT > pods-CONTEXT.json'],
  },
  {
    input: 'in-use',
    title: 'ECS: running tasks (list-tasks pages by itself; describe-tasks takes 100 a call)',
    lines: [
      'aws ecs list-tasks --cluster CLUSTER --query taskArns --output text \\',
      '  | xargs -n 100 aws ecs describe-tasks --cluster CLUSTER --output json --tasks \\',
      '  > tasks.json',
    ],
  },
  {
    input: 'in-use',
    title: 'ECS: what a task definition would start (the family alone: its latest revision)',
    lines: [
      'aws ecs describe-task-definition --task-definition FAMILY:REVISION --output json \\',
      '  > task-definition.json',
    ],
  },
  {
    input: 'in-use',
    title: 'Lambda: a function deployed as a container image',
    lines: ['aws lambda get-function --function-name FUNCTION --output json > function.json'],
  },
  {
    input: 'in-use',
    title: 'Or any list: a text file with one reference a line (# starts a comment)',
    lines: [
      'echo ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME:TAG > in-use.txt',
      'echo ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME@sha256:DIGEST >> in-use.txt',
    ],
  },
];

const compareRecipes: ImageCommandRecipe[] = [
  {
    input: 'compare',
    title: 'The policy in force: what ECR holds for the repository now',
    lines: ['aws ecr get-lifecycle-policy --repository-name NAME --output json > policy.json'],
  },
];

/** Every recipe, grouped by input in the order simulate's options list them. */
export const imageCommandRecipes: readonly ImageCommandRecipe[] = [
  ...imagesRecipes,
  ...manifestsRecipes,
  ...inUseRecipes,
  ...compareRecipes,
];

/** The recipes that produce one input, in order. */
export function recipesFor(input: PreviewInput): readonly ImageCommandRecipe[] {
  return imageCommandRecipes.filter((recipe) => recipe.input === input);
}
