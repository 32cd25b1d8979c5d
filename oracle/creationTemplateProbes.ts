/**
 * The field probes of repository creation templates (fieldProbes.ts): a design with one
 * template `Template` (and the key and principals its fields name), and the change that sets
 * each field; a lifecycle rule's fields take the rule table's own probe values.
 */
import type { Location } from '../engine/design/schemaFields';
import { lifecycleRuleProperties, rowsWith } from '../engine/index';
import type { FieldProbe } from './fieldProbes';

type Json = Record<string, unknown>;

const minimal = { id: 'Template', prefix: 'team', appliedFor: ['REPLICATION'] };
const entities = {
  keys: [{ id: 'Key' }],
  principals: [
    { type: 'AccountPrincipal', id: 'A', accountId: '210987654321' },
    { type: 'AnyPrincipal', id: 'B' },
  ],
};
const withTemplate = (template: Json = {}, registry: Json = {}): Json => ({
  version: 1,
  ...entities,
  repositories: [],
  registry: { creationTemplates: [{ ...minimal, ...template }], ...registry },
});
const at = (...path: Location): Location => ['registry', 'creationTemplates', 0, ...path];
const probe = (base: Json, location: Location, value: unknown): FieldProbe => ({
  base,
  changes: [[location, value]],
});

const statement = { principals: ['A'], actions: ['ecr:BatchGetImage'] };
const withStatement = withTemplate({ repositoryPolicy: [statement] });
const inStatement = (field: string) => at('repositoryPolicy', 0, field);
const tags = [{ key: 'team', value: 'web' }];
/** ECR needs a custom role for KMS encryption and resource tags (a deploy-error without one). */
const customRoleArn = 'arn:aws:iam::123456789012:role/ecr-templates';

const ruleProbes = rowsWith(lifecycleRuleProperties, 'probe').map(({ field, probe: p }) =>
  probe(
    withTemplate({ lifecycleRules: [p.base ?? { maxImageCount: 5 }] }),
    at('lifecycleRules', 0, field),
    p.value,
  ),
);

export const creationTemplateProbes: readonly FieldProbe[] = [
  probe({ version: 1, repositories: [{ id: 'Repository' }] }, ['registry'], {
    creationTemplates: [minimal],
  }),
  probe(
    { version: 1, repositories: [{ id: 'Repository' }], registry: {} },
    ['registry', 'creationTemplates'],
    [minimal],
  ),
  probe(withTemplate(), at('id'), 'Other'),
  probe(withTemplate(), at('logicalId'), 'KeptTemplate'),
  probe(withTemplate(), at('prefix'), 'cache/'),
  probe(withTemplate(), at('appliedFor'), ['REPLICATION', 'CREATE_ON_PUSH']),
  probe(withTemplate(), at('description'), 'Replicated images'),
  probe(withTemplate(), at('imageTagMutability'), 'IMMUTABLE'),
  probe(
    withTemplate({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }),
    at('imageTagMutabilityExclusionFilters'),
    ['latest'],
  ),
  probe(withTemplate(), at('encryption'), 'AES256'),
  probe(withTemplate({ encryption: 'KMS', customRoleArn }), at('encryptionKey'), 'Key'),
  probe(withTemplate(), at('lifecycleRules'), [{ maxImageCount: 5 }]),
  ...ruleProbes,
  probe(withTemplate(), at('repositoryPolicy'), [statement]),
  probe(withStatement, inStatement('effect'), 'DENY'),
  probe(withStatement, inStatement('principals'), ['B']),
  probe(withStatement, inStatement('actions'), ['ecr:*']),
  probe(withStatement, inStatement('conditions'), {
    StringEquals: { 'aws:PrincipalOrgID': 'o-1' },
  }),
  probe(withStatement, inStatement('resources'), ['*']),
  probe(withTemplate({ customRoleArn }), at('resourceTags'), tags),
  probe(withTemplate({ resourceTags: tags, customRoleArn }), at('resourceTags', 0, 'key'), 'owner'),
  probe(withTemplate({ resourceTags: tags, customRoleArn }), at('resourceTags', 0, 'value'), 'api'),
  probe(withTemplate(), at('customRoleArn'), customRoleArn),
];
