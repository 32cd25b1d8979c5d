/**
 * The template bodies of the registry's L1s (registryNodes.ts), as aws-cdk-lib 2.276 writes
 * them: its generated `convertCfn…PropsToCloudFormation` functions list the properties in
 * alphabetical order and leave out the unset ones; an L1 whose properties are all unset is
 * written with no `Properties` (CfnResource drops an empty object).
 *
 * The filter types are fixed per resource, as ECR's API reference gives them: replication
 * `PREFIX_MATCH` ("The repository filter type. The only supported value is PREFIX_MATCH",
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RepositoryFilter.html),
 * scanning `WILDCARD` ("The type associated with the filter. Valid Values: WILDCARD",
 * API_ScanningRepositoryFilter.html), signing `WILDCARD_MATCH` ("Valid Values: WILDCARD_MATCH",
 * API_SigningRepositoryFilter.html). Creation templates are written by creationTemplateResource.ts.
 */
import type { Design } from '../design/designSchema';
import type {
  PullThroughCacheRuleDesign,
  PullTimeUpdateExclusionDesign,
  ReplicationDesign,
  ScanningDesign,
  SigningDesign,
} from '../design/registrySchema';
import { renderPolicyDocument, type Statement } from '../iam/policyDocument';
import { dropUndefined } from '../util/dropUndefined';
import { type ConstructNode, entityResourceId, type RegistryKind } from './constructNode';
import type { ConstructTree } from './constructTree';
import { creationTemplateResource } from './creationTemplateResource';
import { getAtt, type Json } from './intrinsics';

/** `{ Type }`, with `Properties` unless CDK drops them (none set). */
function l1(type: string, properties: Record<string, unknown>): object {
  const set = dropUndefined(properties);
  return Object.keys(set).length === 0 ? { Type: type } : { Type: type, Properties: set };
}

/** Repository filters of one type, or undefined when the design sets none. */
export function repositoryFilters(
  filters: readonly string[] | undefined,
  filterType: 'PREFIX_MATCH' | 'WILDCARD' | 'WILDCARD_MATCH',
): Json | undefined {
  return filters?.map((filter) => ({ Filter: filter, FilterType: filterType }));
}

export function replicationResource(replication: ReplicationDesign): object {
  const rules = replication.rules.map((rule) =>
    dropUndefined({
      Destinations: rule.destinations.map(({ region, registryId }) => ({
        Region: region,
        RegistryId: registryId,
      })),
      RepositoryFilters: repositoryFilters(rule.repositoryFilters, 'PREFIX_MATCH'),
    }),
  );
  return l1('AWS::ECR::ReplicationConfiguration', {
    ReplicationConfiguration: { Rules: rules },
  });
}

export function pullThroughCacheRuleResource(rule: PullThroughCacheRuleDesign): object {
  return l1('AWS::ECR::PullThroughCacheRule', {
    CredentialArn: rule.credentialArn,
    CustomRoleArn: rule.customRoleArn,
    EcrRepositoryPrefix: rule.ecrRepositoryPrefix,
    UpstreamRegistry: rule.upstreamRegistry,
    UpstreamRegistryUrl: rule.upstreamRegistryUrl,
    UpstreamRepositoryPrefix: rule.upstreamRepositoryPrefix,
  });
}

export function scanningResource(scanning: ScanningDesign): object {
  return l1('AWS::ECR::RegistryScanningConfiguration', {
    Rules: scanning.rules.map((rule) => ({
      RepositoryFilters: repositoryFilters(rule.repositoryFilters, 'WILDCARD'),
      ScanFrequency: rule.scanFrequency,
    })),
    ScanType: scanning.scanType,
  });
}

export function signingResource(signing: SigningDesign): object {
  return l1('AWS::ECR::SigningConfiguration', {
    Rules: signing.rules.map((rule) =>
      dropUndefined({
        RepositoryFilters: repositoryFilters(rule.repositoryFilters, 'WILDCARD_MATCH'),
        SigningProfileArn: rule.signingProfileArn,
      }),
    ),
  });
}

/** `principalArn`: the literal, or the ARN of the design's user or role (undefined: neither). */
export function pullTimeUpdateExclusionResource(principalArn: Json | undefined): object {
  return l1('AWS::ECR::PullTimeUpdateExclusion', { PrincipalArn: principalArn });
}

/**
 * PolicyText is an iam.PolicyDocument, resolved as any policy document (merged, sorted); an
 * empty document resolves to nothing, so the resource has no properties.
 */
export function registryPolicyResource(statements: readonly Statement[]): object {
  return l1('AWS::ECR::RegistryPolicy', {
    PolicyText: statements.length === 0 ? undefined : renderPolicyDocument(statements),
  });
}

/**
 * The ARN a pull-time update exclusion excludes: its `principalArn`, or the ARN of the design's
 * user or role it names (Fn::GetAtt of its resource; an imported role's own ARN). Undefined when
 * it gives neither, or names something else (design errors).
 */
export function exclusionPrincipalArn(
  design: Design,
  nodes: readonly ConstructNode[],
  exclusion: PullTimeUpdateExclusionDesign,
): Json | undefined {
  if (exclusion.principalArn !== undefined) return exclusion.principalArn;
  const id = exclusion.principal;
  const principal = id === undefined ? undefined : design.principals?.find((p) => p.id === id);
  if (principal === undefined) return undefined;
  if (principal.type === 'Role.fromRoleArn') return principal.roleArn;
  if (principal.type !== 'User' && principal.type !== 'Role') return undefined;
  return getAtt(entityResourceId(nodes, 'principals', principal.id), 'Arn');
}

/** The body of a registry node's resource (creation templates: creationTemplate*.ts). */
export function registryResource(
  design: Design,
  tree: ConstructTree,
  node: ConstructNode & { kind: RegistryKind },
): object {
  const registry = design.registry!;
  switch (node.kind) {
    case 'creationTemplate':
      return creationTemplateResource(design, tree.children, node.index);
    case 'replication':
      return replicationResource(registry.replication!);
    case 'pullThroughCacheRule':
      return pullThroughCacheRuleResource(registry.pullThroughCacheRules![node.index]!);
    case 'scanning':
      return scanningResource(registry.scanning!);
    case 'signing':
      return signingResource(registry.signing!);
    case 'pullTimeUpdateExclusion': {
      const exclusion = registry.pullTimeUpdateExclusions![node.index]!;
      return pullTimeUpdateExclusionResource(
        exclusionPrincipalArn(design, tree.children, exclusion),
      );
    }
    case 'registryPolicy':
      return registryPolicyResource(tree.policies.registry);
  }
}
