import type { DataError, DataState } from './data-state.js';
import { EcosystemIndex } from './ecosystem-index.js';
import { validateDataset } from './validate-dataset.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** A response that never ends must not leave a page waiting forever. */
  timeoutMs?: number;
}

const failure = (code: DataError['code'], message: string, problems: DataError['problems'] = []): DataState => ({
  status: 'error',
  error: { code, message, problems },
});

/** Checks an object that a developer handed us and indexes it. */
export function indexDataset(input: unknown, origin = 'the "data" property'): DataState {
  const result = validateDataset(input);
  if (result.ok) return { status: 'ready', index: new EcosystemIndex(result.dataset) };
  const count = result.problems.length;
  return failure('invalid-data', `The dataset from ${origin} has ${count} problem${count === 1 ? '' : 's'}; see "problems".`, result.problems);
}

/** Fetches, parses, validates and indexes a partner's dataset. Never throws; failures are states. */
export async function loadDataset(url: string, { signal, timeoutMs = 15_000 }: LoadOptions = {}): Promise<DataState> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return failure('http', `Loading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim());
    // A body cut off halfway fails here, as the network failure it is; only JSON.parse says "not JSON".
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return failure('parse', `${url} is not valid JSON.`);
    }
    return indexDataset(body, url);
  } catch (error) {
    if (controller.signal.reason === 'timeout') {
      return failure('timeout', `${url} did not finish loading within ${timeoutMs / 1000} seconds.`);
    }
    if (signal?.aborted) throw error;
    return failure('network', `${url} could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
