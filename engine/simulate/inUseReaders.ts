/**
 * Where images run, from what tools print: `kubectl get pods -A -o json` (a List of pods, one
 * pod, or workloads with a pod template), `aws ecs describe-tasks`, `aws ecs
 * describe-task-definition`, `aws lambda get-function`, or plain text with one image reference
 * a line (# comments). Untrusted input: a wrong shape is a finding with its path, never a throw.
 */
import type { FieldPath } from '../fieldPath';
import { designError, type Finding, FindingCode, unreadableError } from '../findings';
import { parseJsonValues } from './jsonValues';

/** One image reference and where it is used, e.g. `pod prod/web-7c9d`. */
export interface ImageUse {
  reference: string;
  where: string;
  /** Where in the input the reference is, for findings. */
  path: FieldPath;
}

export type InUseFormat =
  | 'kubectl'
  | 'ecs-describe-tasks'
  | 'ecs-describe-task-definition'
  | 'lambda-get-function'
  | 'references';

export interface ReadInUse {
  uses: ImageUse[];
  findings: Finding[];
  /** The formats recognised, in input order. */
  formats: InUseFormat[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Sink {
  uses: ImageUse[];
  findings: Finding[];
}

/** A reference field: absent is fine, anything but a non-empty string is an error. */
function take(
  sink: Sink,
  record: Record<string, unknown>,
  key: string,
  path: FieldPath,
  where: string,
) {
  const value = record[key];
  if (value === undefined || value === null) return;
  const at = [...path, key];
  if (typeof value === 'string' && value.trim() !== '')
    sink.uses.push({ reference: value.trim(), where, path: at });
  else if (value !== '')
    sink.findings.push(designError(FindingCode.wrongType, at, 'expected an image reference'));
}

/** A list field: absent is fine, else each entry must be an object. */
function each(
  sink: Sink,
  record: Record<string, unknown>,
  key: string,
  path: FieldPath,
  visit: (entry: Record<string, unknown>, path: FieldPath) => void,
) {
  const list = record[key];
  if (list === undefined || list === null) return;
  const at = [...path, key];
  if (!Array.isArray(list))
    return void sink.findings.push(designError(FindingCode.wrongType, at, 'expected a list'));
  list.forEach((entry, i) => {
    if (isRecord(entry)) visit(entry, [...at, i]);
    else sink.findings.push(designError(FindingCode.wrongType, [...at, i], 'expected an object'));
  });
}

const podContainerLists = ['containers', 'initContainers', 'ephemeralContainers'];
const podStatusLists = ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses'];

function readPodSpec(sink: Sink, spec: unknown, path: FieldPath, where: string) {
  if (!isRecord(spec))
    return void sink.findings.push(designError(FindingCode.wrongType, path, 'expected a pod spec'));
  for (const list of podContainerLists)
    each(sink, spec, list, path, (c, at) => take(sink, c, 'image', at, where));
}

/** The pod template of a workload: Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob. */
function templateOf(
  spec: Record<string, unknown>,
  path: FieldPath,
): [unknown, FieldPath] | undefined {
  if (isRecord(spec.template)) return [spec.template.spec, [...path, 'template', 'spec']];
  const job = isRecord(spec.jobTemplate) ? spec.jobTemplate.spec : undefined;
  if (isRecord(job) && isRecord(job.template))
    return [job.template.spec, [...path, 'jobTemplate', 'spec', 'template', 'spec']];
  return undefined;
}

function readKubernetesObject(sink: Sink, item: Record<string, unknown>, path: FieldPath) {
  const meta = isRecord(item.metadata) ? item.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '(unnamed)';
  const kind = typeof item.kind === 'string' ? item.kind.toLowerCase() : 'pod';
  const where = `${kind} ${typeof meta.namespace === 'string' ? `${meta.namespace}/` : ''}${name}`;
  const spec = item.spec;
  const template =
    isRecord(spec) && kind !== 'pod' ? templateOf(spec, [...path, 'spec']) : undefined;
  if (template) return readPodSpec(sink, template[0], template[1], where);
  readPodSpec(sink, spec, [...path, 'spec'], where);
  if (!isRecord(item.status)) return;
  for (const list of podStatusLists)
    each(sink, item.status, list, [...path, 'status'], (s, at) => {
      take(sink, s, 'image', at, where);
      take(sink, s, 'imageID', at, where);
    });
}

function readKubectl(sink: Sink, value: Record<string, unknown>, path: FieldPath) {
  if (!('items' in value)) return readKubernetesObject(sink, value, path);
  each(sink, value, 'items', path, (item, at) => readKubernetesObject(sink, item, at));
}

/** `arn:aws:ecs:region:account:task/cluster/id` → `cluster/id`. */
const arnTail = (arn: unknown, fallback: string) =>
  typeof arn === 'string' && arn.includes('/') ? arn.slice(arn.indexOf('/') + 1) : fallback;

function readEcsTasks(sink: Sink, value: Record<string, unknown>, path: FieldPath) {
  each(sink, value, 'tasks', path, (task, at) => {
    const where = `ecs task ${arnTail(task.taskArn, '(unnamed)')}`;
    each(sink, task, 'containers', at, (container, cat) => {
      take(sink, container, 'image', cat, where);
      const digest = container.imageDigest;
      const image = container.image;
      // imageDigest is what the task pulled; it names the repository of `image`.
      if (typeof digest === 'string' && typeof image === 'string' && digest !== '')
        sink.uses.push({
          reference: `${image.replace(/@.*$/, '')}@${digest}`,
          where,
          path: [...cat, 'imageDigest'],
        });
    });
  });
}

function readTaskDefinition(sink: Sink, value: Record<string, unknown>, path: FieldPath) {
  const at = [...path, 'taskDefinition'];
  const definition = value.taskDefinition;
  if (!isRecord(definition))
    return void sink.findings.push(designError(FindingCode.wrongType, at, 'expected an object'));
  const { family, revision } = definition;
  const name =
    typeof family === 'string'
      ? `${family}${typeof revision === 'number' ? `:${revision}` : ''}`
      : arnTail(definition.taskDefinitionArn, '(unnamed)');
  each(sink, definition, 'containerDefinitions', at, (c, cat) =>
    take(sink, c, 'image', cat, `ecs task definition ${name}`),
  );
}

function readLambda(sink: Sink, value: Record<string, unknown>, path: FieldPath) {
  const config = isRecord(value.Configuration) ? value.Configuration : {};
  const name = typeof config.FunctionName === 'string' ? config.FunctionName : '(unnamed)';
  const code = value.Code;
  const at = [...path, 'Code'];
  if (!isRecord(code))
    return void sink.findings.push(designError(FindingCode.wrongType, at, 'expected an object'));
  take(sink, code, 'ImageUri', at, `lambda function ${name}`);
  take(sink, code, 'ResolvedImageUri', at, `lambda function ${name}`);
}

type Reader = (sink: Sink, value: Record<string, unknown>, path: FieldPath) => void;

const readers: [InUseFormat, (v: Record<string, unknown>) => boolean, Reader][] = [
  ['ecs-describe-tasks', (v) => 'tasks' in v, readEcsTasks],
  ['ecs-describe-task-definition', (v) => 'taskDefinition' in v, readTaskDefinition],
  ['lambda-get-function', (v) => 'Code' in v && 'Configuration' in v, readLambda],
  ['kubectl', (v) => 'items' in v || ('spec' in v && 'metadata' in v), readKubectl],
];

function readValue(value: unknown, path: FieldPath, sink: Sink, formats: InUseFormat[]) {
  if (Array.isArray(value)) {
    for (const [i, entry] of value.entries()) readValue(entry, [...path, i], sink, formats);
    return;
  }
  const reader = isRecord(value) ? readers.find(([, test]) => test(value)) : undefined;
  if (!reader)
    return void sink.findings.push(
      designError(
        FindingCode.inputNotRecognised,
        path,
        'expected kubectl get pods -o json, aws ecs describe-tasks, aws ecs describe-task-definition or aws lambda get-function output',
      ),
    );
  if (!formats.includes(reader[0])) formats.push(reader[0]);
  reader[2](sink, value as Record<string, unknown>, path);
}

/** One reference a line; blank lines and `#` comments (whole-line or trailing) are skipped. */
function readReferenceLines(text: string, source: string): ReadInUse {
  const uses: ImageUse[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const reference = line.replace(/(^|\s)#.*$/, '').trim();
    if (reference !== '')
      uses.push({ reference, where: `${source} line ${i + 1}`, path: [`line ${i + 1}`] });
  });
  return { uses, findings: [], formats: ['references'] };
}

/**
 * Reads one in-use input: JSON (one value, several concatenated, or a list) of the tools above,
 * or else plain references. `source` names the input in `where` (e.g. the file name).
 */
export function readInUseText(text: string, source = 'references'): ReadInUse {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    if (trimmed === '')
      return { uses: [], findings: [unreadableError([], 'the input is empty')], formats: [] };
    return readReferenceLines(text, source);
  }
  const parsed = parseJsonValues(trimmed, []);
  if (parsed.findings.length > 0) return { uses: [], findings: parsed.findings, formats: [] };
  const sink: Sink = { uses: [], findings: [] };
  const formats: InUseFormat[] = [];
  const single = parsed.values.length === 1;
  parsed.values.forEach((value, i) => {
    readValue(value, single ? [] : [i], sink, formats);
  });
  return { ...sink, formats };
}
