/** The caps on untrusted input, and the text fields every schema of the format uses. */
import { arrayOf, string } from './schemaKit';

/** Generous caps: they keep untrusted input bounded without limiting real designs. */
export const designLimits = {
  repositories: 200,
  rulesPerRepository: 200,
  listEntries: 100,
  tags: 200,
  stringLength: 40_000,
} as const;

export const text = (description: string) =>
  string({ description, maxLength: designLimits.stringLength });
export const tagList = (description: string) =>
  arrayOf(text('a tag prefix or pattern'), description, designLimits.listEntries);
