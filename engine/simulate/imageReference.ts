/**
 * Image references as runtimes print them: `registry/repo[:tag][@digest]` (Docker's reference
 * grammar), with the `docker-pullable://` or `docker://` prefix that kubelet puts on imageID.
 * An ECR registry is `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` (or the dual-stack
 * `<account>.dkr-ecr.<region>.on.aws`).
 */

export interface ImageReference {
  /** The registry host, when the reference names one (docker.io otherwise). */
  registry?: string;
  /** Set when the registry is ECR's: its account and region. */
  ecr?: { account: string; region: string };
  /** The repository path below the registry, e.g. `team/web-app`. */
  repository: string;
  tag?: string;
  /** `sha256:…` */
  digest?: string;
}

const ecrHost =
  /^(\d{12})\.(?:dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|dkr-ecr\.([a-z0-9-]+)\.on\.aws)$/;
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const pathPattern =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Docker's rule: the first component is a registry when it has a dot or a port, or is localhost. */
function isRegistry(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** The parts of a reference, or undefined when the text is not one. */
export function parseImageReference(text: string): ImageReference | undefined {
  let rest = text.trim().replace(/^(?:docker-pullable|docker):\/\//, '');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) return undefined;
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const registry = first !== '' && isRegistry(first) ? first : undefined;
  let path = registry === undefined ? rest : rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!tagPattern.test(tag)) return undefined;
  }
  if (!pathPattern.test(path)) return undefined;
  const host = registry === undefined ? undefined : ecrHost.exec(registry);
  return {
    ...(registry !== undefined && { registry }),
    ...(host && { ecr: { account: host[1]!, region: (host[2] ?? host[3])! } }),
    repository: path,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}
