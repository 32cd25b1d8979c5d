/**
 * The preset deflate dictionary of link format v1: the vocabulary of the design format (keys,
 * enum members, common shapes), so short links stay short. FROZEN: links made with it must
 * open forever; a different dictionary needs a new format tag.
 */
export const dictionaryV1 = [
  '"tags":{"team":"',
  '"removalPolicy":"RETAIN_ON_UPDATE_OR_DELETE","SNAPSHOT","RETAIN","emptyOnDelete":false,',
  '"encryption":"KMS_DSSE","AES_256","lifecycleRegistryId":"',
  '"imageTagMutabilityExclusionFilters":["latest","MUTABLE_WITH_EXCLUSION","IMMUTABLE_WITH_EXCLUSION",',
  '"stackName":"Stack","removalPolicy":"DESTROY","emptyOnDelete":true,',
  '"tagStatus":"UNTAGGED","tagStatus":"TAGGED","tagStatus":"ANY","tagPatternList":["*',
  '"description":"keep ","description":"expire ","rulePriority":',
  '"imageScanOnPush":false,"imageTagMutability":"MUTABLE","encryption":"KMS",',
  '{"id":"Repository","repositoryName":"","imageScanOnPush":true,"imageTagMutability":"IMMUTABLE",',
  '"lifecycleRules":[{"tagPrefixList":["prod"],"maxImageCount":10},{"maxImageAgeDays":30}]},',
  '{"repositories":[{"id":"',
].join('');
