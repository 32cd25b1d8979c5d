/** `render --format cdk-app --out DIR [--language typescript|python]`: writes a ready CDK project. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type AppLanguage, type Design, renderCdkApp } from '../engine/index';
import { oneOf, type ParsedArgs, UsageError } from './args';

export async function writeCdkApp(design: Design, args: ParsedArgs): Promise<number> {
  const out = args.options.get('out');
  if (out === undefined) throw new UsageError('--format cdk-app needs --out DIR');
  const language: AppLanguage =
    oneOf(args.options.get('language'), ['typescript', 'python'] as const, 'language') ??
    'typescript';
  const existing = await readdir(out).catch(() => []);
  if (existing.length > 0)
    throw new UsageError(`${out} is not empty; choose a new or empty directory`);
  const files = renderCdkApp(design, language);
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await writeFile(join(out, path), text);
    }
  } catch (error) {
    throw new UsageError(
      `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  console.error(
    `wrote a ${language} CDK app to ${out} (${Object.keys(files).length} files); see its README.md`,
  );
  return 0;
}
