import { Session } from 'node:inspector/promises';

/**
 * Which of the project's source files run while `act` runs, from V8's precise coverage: a file
 * counts when one of its functions was called at least once during `act` (module bodies that
 * ran when the file was loaded do not count: the counters are reset just before `act`).
 */
export async function filesRunBy(act: () => Promise<void>): Promise<string[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await session.post('Profiler.takePreciseCoverage');
    await act();
    const { result } = await session.post('Profiler.takePreciseCoverage');
    await session.post('Profiler.stopPreciseCoverage');
    const files = new Set<string>();
    for (const script of result) {
      const match = /\/(src\/.+\.ts)$/.exec(script.url);
      if (match?.[1] && script.functions.some((f) => (f.ranges[0]?.count ?? 0) > 0))
        files.add(match[1]);
    }
    return [...files].sort();
  } finally {
    session.disconnect();
  }
}

/** The capability modules (folders of src/modules) among the files. */
export function modulesOf(files: readonly string[]): string[] {
  return [...new Set(files.flatMap((f) => /^src\/modules\/([^/]+)\//.exec(f)?.[1] ?? []))].sort();
}
