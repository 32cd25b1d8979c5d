/** A file this large cannot be under the importer's character limit: refused before reading it. */
const maxImportFileBytes = 8_000_000;

/**
 * Files of images are larger: describe-images prints about 1 KB an image and ECR allows 100,000
 * images a repository; a design file carries them too.
 */
export const maxImageFileBytes = 128 * 1024 * 1024;

/** The text of a chosen or dropped file, or why it cannot be had. */
export async function fileText(
  file: File,
  maxFileBytes = maxImportFileBytes,
): Promise<{ text: string } | { problem: string }> {
  if (file.size > maxFileBytes)
    return {
      problem: `${file.name} is too large to open (${file.size.toLocaleString('en-US')} bytes; the limit is ${maxFileBytes.toLocaleString('en-US')}).`,
    };
  try {
    return { text: await file.text() };
  } catch {
    return { problem: `${file.name} could not be read.` };
  }
}

/** A design file rather than a template or a lifecycle policy: JSON with the design's version field. */
export function looksLikeDesign(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' && value !== null && 'version' in value && !('Resources' in value)
    );
  } catch {
    return false;
  }
}
