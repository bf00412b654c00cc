// At most `limit` requests render at once; the others wait, in arrival order, before any work is
// done for them. A server on a few cores gains nothing from rendering fifty pages at once: they
// share the same CPU, while each holds its half-built page in memory, and the heap they fill
// together makes the garbage collector the busiest part of the server. Waiting in line is cheaper
// than that, and every request still gets its answer.
import { AsyncResource } from "node:async_hooks";

export type AdmissionGate = {
  /** Runs `work` once a slot is free; the slot is held until `done` is called. */
  enter(work: (done: () => void) => void): void;
  readonly running: number;
  readonly waiting: number;
};

export function admissionGate(limit: number): AdmissionGate {
  let running = 0;
  const queue: ((done: () => void) => void)[] = [];
  const start = (work: (done: () => void) => void) => {
    running++;
    let released = false;
    work(() => {
      if (released) return;
      released = true;
      running--;
      const next = queue.shift();
      if (next) start(next);
    });
  };
  return {
    enter(work) {
      if (running < limit) start(work);
      // A waiting request runs in its own async context, not in the context of the request whose
      // release lets it in: called from there, it inherited that request's AsyncLocalStorage
      // stores, React's among them, so a server action's cache() answered with the other request's
      // values (another visitor's link session).
      else queue.push(AsyncResource.bind(work));
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** APP_MAX_CONCURRENT_REQUESTS: how many requests one instance renders at once (0: no limit). */
export function concurrentRequestLimit(env: Partial<Record<string, string>> = process.env): number {
  const raw = env.APP_MAX_CONCURRENT_REQUESTS;
  if (raw === undefined || raw === "") return 8;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`APP_MAX_CONCURRENT_REQUESTS must be a whole number (0 for no limit), not "${raw}".`);
  return n;
}
