/**
 * A request/answer client for a module worker that starts on first use: each request carries an
 * id and the answer with that id settles it; a worker that stops fails every pending request and
 * is started again by the next one.
 */

type Message = { id: number; kind: string };
type Failed = { id: number; kind: 'failed'; message: string };
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;

export function workerClient<Request extends Message, Answer extends Message>(
  start: () => Worker,
  name: string,
) {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (answer: Answer | Failed) => void>();

  const current = (): Worker => {
    if (worker) return worker;
    worker = start();
    worker.onmessage = (event: MessageEvent<Answer>) => {
      const settle = pending.get(event.data.id);
      pending.delete(event.data.id);
      settle?.(event.data);
    };
    worker.onerror = () => {
      for (const settle of pending.values())
        settle({ id: 0, kind: 'failed', message: `The ${name} worker stopped.` });
      pending.clear();
      worker = undefined;
    };
    return worker;
  };

  /** The answer of the kind asked; the worker's failure, or any other answer, is an error. */
  return async function ask<R extends WithoutId<Request>>(
    request: R,
  ): Promise<Extract<Answer, { kind: R['kind'] }>> {
    const answer = await new Promise<Answer | Failed>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      current().postMessage({ ...request, id });
    });
    if (answer.kind === request.kind) return answer as Extract<Answer, { kind: R['kind'] }>;
    throw new Error(answer.kind === 'failed' ? (answer as Failed).message : 'Unexpected answer');
  };
}
