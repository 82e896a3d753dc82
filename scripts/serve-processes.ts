/**
 * WEB_PROCESSES above 1: this process only starts and watches the servers. Each worker runs the whole
 * server (scripts/serve.ts), and the operating system shares the port between them. They share
 * nothing another would need (sessions, rate limits and idempotency keys live in the database), so
 * any of them may answer any request.
 */
import cluster from 'node:cluster';

/** More stops than this within a minute means workers cannot start (a missing build, a database that refuses). */
const STOPS_PER_MINUTE_PER_WORKER = 3;

export function superviseWorkers(count: number): void {
  let stopping = false;
  // 0 when asked to stop; 1 when giving up, so whatever started the server sees it failed.
  let exitCode = 0;
  const stops: number[] = [];
  const running = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of running()) worker.process.kill(signal);
    // Workers finish their requests and exit on their own; this is the backstop.
    setTimeout(() => process.exit(exitCode), 6_000).unref();
  };

  cluster.on('exit', (_worker, code, signal) => {
    if (stopping) {
      if (running().length === 0) process.exit(exitCode);
      return;
    }
    const now = Date.now();
    stops.push(now);
    while ((stops[0] ?? now) < now - 60_000) stops.shift();
    if (stops.length > count * STOPS_PER_MINUTE_PER_WORKER) {
      console.error(`serve: server processes stopped ${stops.length} times in a minute; giving up (see the errors above).`);
      exitCode = 1;
      stopAll('SIGTERM');
      if (running().length === 0) process.exit(exitCode);
      return;
    }
    console.error(`serve: a server process stopped (${signal ?? `exit code ${code}`}); starting another.`);
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));

  console.log(`Starting ${count} server processes on one port (WEB_PROCESSES).`);
  for (let index = 0; index < count; index++) cluster.fork();
}
