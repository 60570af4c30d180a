/** Runs `action` and returns what it passed to console.warn, without printing it. */
export function captureWarnings(action: () => unknown): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Collects console.warn calls until `stop()` is called, for warnings that come asynchronously. */
export function recordWarnings(): { warnings: string[]; stop: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, stop: () => (console.warn = original) };
}
