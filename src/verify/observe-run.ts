/**
 * Runs an image the way an orchestrator would and writes down what happened: did it start, did its
 * health check pass, did its port answer, and how did it take `docker stop`. Ports are published on
 * 127.0.0.1 only and the container is removed whatever happens; the checks judge the observation.
 */

import type { DockerEngine, ImageInfo } from '../docker/engine.js';

export interface RunObservation {
  /** Why the container could not start (`docker run` failed), if it did not. */
  startError?: string;
  /** `healthy`/`unhealthy` from the image's health check, `timeout` when neither came in time, `none` without one. */
  health: 'healthy' | 'unhealthy' | 'timeout' | 'none';
  /** The container ended on its own before it was stopped. */
  exitedEarly?: { exitCode: number; oomKilled: boolean };
  /** The HTTP status the first exposed port answered with on 127.0.0.1, or undefined. */
  portAnswer?: { port: string; status: number };
  stop?: { seconds: number; exitCode: number; oomKilled: boolean };
  /** The last lines the container logged, to explain a failure. */
  logTail: string;
}

export interface RunOptions {
  name: string;
  labels: Record<string, string>;
  readOnly: boolean;
  /** With readOnly: the tmpfs mounts that stay writable (default /tmp). */
  writable?: string[];
  healthCmd?: string;
  /** Seconds to wait for the container to become healthy (or its port to answer). */
  readyTimeoutSeconds: number;
  stopTimeoutSeconds: number;
}

const POLL_MS = 250;

export async function observeRun(
  engine: DockerEngine,
  image: ImageInfo,
  options: RunOptions,
): Promise<RunObservation> {
  const tcpPorts = image.exposedPorts.filter((port) => port.endsWith('/tcp'));
  const hasHealthcheck = Boolean(options.healthCmd || image.healthcheck);
  let id: string;
  try {
    id = await engine.run({
      image: image.id,
      name: options.name,
      labels: options.labels,
      publish: tcpPorts,
      ...(options.readOnly ? { readOnly: true, tmpfs: options.writable ?? ['/tmp'] } : {}),
      // The image's own check at a 1 s interval, so verification does not wait out a 30 s interval.
      ...(hasHealthcheck ? { healthInterval: '1s' } : {}),
      ...(options.healthCmd ? { healthCmd: options.healthCmd } : {}),
    });
  } catch (error) {
    return { startError: (error as Error).message, health: 'none', logTail: '' };
  }
  try {
    const observation: RunObservation = { health: hasHealthcheck ? 'timeout' : 'none', logTail: '' };
    const deadline = Date.now() + options.readyTimeoutSeconds * 1000;
    // With neither a health check nor a port, staying up for a few seconds is all there is to see.
    const settled = Date.now() + 5000;
    while (Date.now() < deadline) {
      const state = await engine.containerState(id);
      if (!state) break;
      if (!state.running) {
        observation.exitedEarly = { exitCode: state.exitCode, oomKilled: state.oomKilled };
        break;
      }
      if (hasHealthcheck && (state.health === 'healthy' || state.health === 'unhealthy')) {
        observation.health = state.health;
        break;
      }
      if (!hasHealthcheck) {
        const answer = await answerOnPort(engine, id, tcpPorts);
        if (answer) {
          observation.portAnswer = answer;
          break;
        }
        if (!tcpPorts.length && Date.now() > settled) break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    if (!observation.exitedEarly) {
      if (hasHealthcheck && !observation.portAnswer) {
        const answer = await answerOnPort(engine, id, tcpPorts);
        if (answer) observation.portAnswer = answer;
      }
      const began = performance.now();
      await engine.stop(id, options.stopTimeoutSeconds);
      const seconds = (performance.now() - began) / 1000;
      const state = await engine.containerState(id);
      if (state) observation.stop = { seconds, exitCode: state.exitCode, oomKilled: state.oomKilled };
    }
    observation.logTail = (await engine.logs(id, 5)).trim();
    return observation;
  } finally {
    await engine.remove([id]);
  }
}

async function answerOnPort(
  engine: DockerEngine,
  container: string,
  ports: string[],
): Promise<RunObservation['portAnswer']> {
  const port = ports[0];
  if (!port) return undefined;
  const host = await engine.publishedPort(container, port);
  if (!host) return undefined;
  // A timer of our own rather than AbortSignal.timeout, whose timer does not keep the process alive:
  // while docker-proxy holds a connection to an app that is not listening yet, nothing else would.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 2000);
  try {
    // Only ever 127.0.0.1: the port is published there and nowhere else.
    const response = await fetch(`http://127.0.0.1:${host}/`, { signal: abort.signal, redirect: 'manual' });
    await response.body?.cancel();
    return { port, status: response.status };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
