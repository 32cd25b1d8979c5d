/**
 * What the import dialog sends to the preview instead of importing: AWS output about a
 * repository's images, a list of sample images, or where images run (a quick look at the
 * text; the preview's readers check it whole). Templates and policies never match: none of
 * these keys is a CloudFormation or lifecycle-policy key.
 */
export type PreviewFileKind = 'describe-images' | 'batch-get-image' | 'sample-images' | 'in-use';

export function previewFileKind(text: string): PreviewFileKind | undefined {
  const head = text.slice(0, 65536);
  if (/"imageDetails"\s*:/.test(head)) return 'describe-images';
  if (/"images"\s*:\s*\[/.test(head) && /"imageManifest"\s*:/.test(head)) return 'batch-get-image';
  if (/^\s*\[\s*\{/.test(head) && /"digest"\s*:/.test(head) && /"pushedAt"\s*:/.test(head))
    return 'sample-images';
  const kubectl = /"apiVersion"\s*:/.test(head) && /"kind"\s*:\s*"(Pod|List|PodList)"/.test(head);
  const ecs = /"taskArn"\s*:|"containerDefinitions"\s*:/.test(head);
  const lambda = /"Configuration"\s*:/.test(head) && /"ImageUri"\s*:/.test(head);
  if (kubectl || ecs || lambda) return 'in-use';
  return undefined;
}
