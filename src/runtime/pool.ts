/**
 * Runs tasks with at most `jobs` of them at once, in the order given. A task
 * reports its own failure (it must not throw); `stopStarting` is asked before
 * each start, so a failing task can stop the ones not started yet while the
 * running ones finish.
 */
export async function runPool<T>(
  items: readonly T[], jobs: number, task: (item: T, index: number) => Promise<void>, stopStarting: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !stopStarting()) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/**
 * Maps items with at most `jobs` calls at once, keeping the input order. The first error stops the calls not
 * started yet and is thrown once the running ones have settled (nothing is left running behind the caller).
 */
export async function mapPool<T, R>(items: readonly T[], jobs: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let failure: { error: unknown } | null = null;
  await runPool(items, jobs, async (item, index) => {
    try {
      results[index] = await fn(item);
    } catch (error) {
      failure ??= { error };
    }
  }, () => failure !== null);
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}
