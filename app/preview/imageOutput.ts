/**
 * What the import dialog sends to the preview instead of importing: AWS output about a
 * repository's images (a quick look at the text; the preview's readers check it whole).
 */
export function imageOutputKind(text: string): 'describe-images' | 'batch-get-image' | undefined {
  const head = text.slice(0, 4096);
  if (/"imageDetails"\s*:/.test(head)) return 'describe-images';
  if (/"images"\s*:\s*\[/.test(head) && /"imageManifest"\s*:/.test(text.slice(0, 65536)))
    return 'batch-get-image';
  return undefined;
}
