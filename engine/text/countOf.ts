/**
 * "1 image", "2 images", "0 errors": a count with its noun in the right number, for every
 * sentence the engine and the UI build around a number.
 */
export function countOf(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
