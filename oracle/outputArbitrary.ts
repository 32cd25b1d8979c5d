/**
 * Random stack outputs and descriptions: every value kind, ids that clash with constructs or
 * strip to one logical ID, export names CDK refuses, adversarial descriptions. `withOutputs`
 * points each output at an entity of the design (by index, as grants are picked).
 */
import fc from 'fast-check';
import type { Design } from '../engine/index';
import { adversarialText, optional } from './tableArbitrary';

const values = ['repositoryUri', 'repositoryArn', 'repositoryName', 'keyArn', 'topicArn'] as const;

const outputId = (tidy: boolean) =>
  tidy
    ? fc.constantFrom('RepositoryUri', 'RepositoryArn', 'Name', 'KeyArn', 'TopicArn', 'Out')
    : fc.constantFrom('Out', 'Out-1', 'Out1', 'Repository', 'Key', 'Topic', 'a b', 'Ünï', 'x');

const exportName = (tidy: boolean) =>
  tidy
    ? fc.constantFrom('web-uri', 'Team:Web:Arn', 'A1')
    : fc.oneof(
        fc.constantFrom('', 'has space', 'ok-name', 'a'.repeat(256), 'under_score'),
        fc.stringMatching(/^[A-Za-z0-9:-]{1,20}$/),
      );

export const outputsArbitrary = (tidy: boolean) =>
  fc.record({
    stackDescription: optional(
      tidy ? fc.constantFrom('ECR for the web team', '') : adversarialText,
    ),
    outputs: optional(
      fc.array(
        fc.record({
          value: fc.constantFrom(...values),
          id: outputId(tidy),
          pick: fc.nat(3),
          description: optional(adversarialText),
          exportName: optional(exportName(tidy)),
        }),
        { maxLength: 4 },
      ),
    ),
  });

type RawOutputs = ReturnType<typeof outputsArbitrary> extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[] | undefined, n: number) =>
  list && list.length > 0 ? list[n % list.length] : undefined;

/** The design with the outputs that find an entity of their kind (tidy: ids made unique). */
export function withOutputs<D extends Partial<Design>>(
  design: D,
  raw: RawOutputs,
  tidy: boolean,
): D {
  const outputs = (raw.outputs ?? []).flatMap(
    ({ value, id, pick: n, ...rest }, index): object[] => {
      const own = tidy ? `${id}${index}` : id;
      const extra = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      if (value === 'keyArn') {
        const key = pick(design.keys, n);
        return key ? [{ value, id: own, key: key.id, ...extra }] : [];
      }
      if (value === 'topicArn') {
        const topic = pick(design.topics, n);
        return topic ? [{ value, id: own, topic: topic.id, ...extra }] : [];
      }
      const repository = pick(design.repositories, n);
      return repository ? [{ value, id: own, repository: repository.id, ...extra }] : [];
    },
  );
  return {
    ...design,
    ...(raw.stackDescription === undefined ? {} : { stackDescription: raw.stackDescription }),
    ...(outputs.length > 0 ? { outputs } : {}),
  };
}
