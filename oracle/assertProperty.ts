/**
 * Random tests that can be reproduced (issue 12, §2). Every property over random designs runs
 * through here: with fc.assert, so that a failure shrinks to a small design; with a seed that is
 * printed and that ORACLE_SEED sets; and with the counter-example printed as JSON, which
 * `ecr-designer render` and the fixtures take as it is. ORACLE_RUNS sets the number of runs.
 */
import fc from 'fast-check';

export interface PropertyOptions {
  /** Runs when ORACLE_RUNS is not set. */
  runs: number;
  /** A fixed seed when ORACLE_SEED is not set, for a test whose counts must not vary; else a fresh one. */
  seed?: number;
  /** How long shrinking may go on after the first failure (default 30 s). */
  shrinkMs?: number;
}

export interface PropertyRun {
  numRuns: number;
  seed: number;
}

/** ORACLE_RUNS, or else the test's own number of runs. */
export const runCount = (runs: number): number => Number(process.env.ORACLE_RUNS ?? runs);

/** The run's size and seed, printed first so that even a run cut short can be repeated. */
function propertyRun(name: string, options: PropertyOptions): PropertyRun {
  const numRuns = runCount(options.runs);
  const seed = Number(
    process.env.ORACLE_SEED ?? options.seed ?? Math.floor(Math.random() * 2 ** 31),
  );
  console.log(`${name}: ${numRuns} runs, ORACLE_SEED=${seed}`);
  return { numRuns, seed };
}

/** fc.assert's reporter: the seed to repeat the run with, the shrunk counter-example as JSON. */
function reportFailure<T>(name: string, seed: number) {
  return (details: fc.RunDetails<[T]>): void => {
    if (!details.failed) return;
    if (details.counterexample === null) throw new Error(fc.defaultReportMessage(details));
    const error = details.errorInstance;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      [
        `${name} failed after ${details.numRuns} runs and ${details.numShrinks} shrinks; repeat it with ORACLE_SEED=${seed}`,
        'counter-example:',
        JSON.stringify(details.counterexample[0]),
        reason,
      ].join('\n'),
      { cause: error },
    );
  };
}

/**
 * fc.assert of `check` (it throws to fail), shrinking for at most `shrinkMs` after the first
 * failure: past it the remaining candidates are skipped and the smallest failure so far stands,
 * so that a slow check reports its counter-example before the test's timeout.
 */
function assertShrinkingFor<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  options: PropertyOptions,
  run: PropertyRun,
): void {
  let firstFailure: number | undefined;
  const shrinkMs = options.shrinkMs ?? 30_000;
  fc.assert(
    fc.property(arbitrary, (value) => {
      fc.pre(firstFailure === undefined || Date.now() - firstFailure < shrinkMs);
      try {
        check(value);
      } catch (error) {
        firstFailure ??= Date.now();
        throw error;
      }
    }),
    { ...run, reporter: reportFailure<T>(name, run.seed) },
  );
}

/** Checks `check` on random values (it throws to fail): fc.assert, with the seed and the JSON. */
export function assertProperty<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void,
  options: PropertyOptions,
): void {
  assertShrinkingFor(name, arbitrary, check, options, propertyRun(name, options));
}

const keyOf = (value: unknown) => JSON.stringify(value);

/**
 * The verdict (errors, or undefined) of each value, from as few batches as a bisection needs:
 * one when the batch passes, as it nearly always does.
 */
function batchVerdicts<T>(
  values: readonly T[],
  checkBatch: (values: readonly T[]) => string[],
): Map<string, string | undefined> {
  const verdicts = new Map<string, string | undefined>();
  const visit = (group: readonly T[]): boolean => {
    const errors = checkBatch(group);
    if (errors.length === 0) {
      for (const value of group) verdicts.set(keyOf(value), undefined);
      return false;
    }
    if (group.length === 1) {
      verdicts.set(keyOf(group[0]), errors.join('\n'));
      return true;
    }
    const half = Math.ceil(group.length / 2);
    const found = [visit(group.slice(0, half)), visit(group.slice(half))].some(Boolean);
    if (!found)
      throw new Error(`a batch fails where none of its parts does:\n${errors.join('\n')}`);
    return true;
  };
  if (values.length > 0) visit(values);
  return verdicts;
}

/**
 * assertProperty for a check that costs little more for many values than for one (a compiler
 * run, a Python process): the run's values are checked in one batch, then fc.assert goes over
 * the same values with the batch's verdicts and checks only what shrinking tries, one by one.
 */
export function assertPropertyInBatches<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  checkBatch: (values: readonly T[]) => string[],
  options: PropertyOptions,
): void {
  const run = propertyRun(name, options);
  // fc.sample yields the very values fc.assert tries with the same seed and number of runs.
  const verdicts = batchVerdicts(fc.sample(arbitrary, run), checkBatch);
  const check = (value: T) => {
    const key = keyOf(value);
    if (!verdicts.has(key)) verdicts.set(key, checkBatch([value]).join('\n') || undefined);
    const verdict = verdicts.get(key);
    if (verdict !== undefined) throw new Error(verdict);
  };
  assertShrinkingFor(name, arbitrary, check, options, run);
}
