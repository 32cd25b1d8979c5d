/**
 * Templates of one hand-written repository with each DeletionPolicy × UpdateReplacePolicy pair
 * (either left out), for the import's tests.
 */
const deletionValues = [undefined, 'Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'];
const updateValues = [undefined, 'Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'];

/** Every pair of values CloudFormation knows, either attribute left out too. */
export const policyPairs = deletionValues.flatMap((deletion) =>
  updateValues.map((update) => ({ deletion, update })),
);

/** A hand-written template: a key and a repository named as people name them, with the pair. */
export function templateWith(deletion?: string, update?: string, emptyOnDelete = false) {
  const attributes = {
    ...(update === undefined ? {} : { UpdateReplacePolicy: update }),
    ...(deletion === undefined ? {} : { DeletionPolicy: deletion }),
  };
  return {
    Resources: {
      EcrRepository: {
        Type: 'AWS::ECR::Repository',
        Properties: emptyOnDelete ? { EmptyOnDelete: true } : { RepositoryName: 'app' },
        ...attributes,
      },
    },
  };
}
