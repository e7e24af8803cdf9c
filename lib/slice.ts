/**
 * Runs work written as a generator (it yields at safe points) in slices of about
 * `budgetMs`, pausing between slices so the page's own tasks, input and
 * rendering run: a huge page never gets one long task from us. Work that fits in
 * one slice (a typical article) runs straight through, with no pause at all.
 * Returns null when `cancelled()` turns true at a pause (a newer scan, Kashif
 * turned off).
 */
export async function runSliced<T>(
  steps: Generator<unknown, T, void>,
  opts: { budgetMs: number; now: () => number; pause: () => Promise<void>; cancelled?: () => boolean },
): Promise<T | null> {
  let sliceStart = opts.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (opts.now() - sliceStart < opts.budgetMs) continue;
    await opts.pause();
    if (opts.cancelled?.()) {
      steps.return(undefined as never);
      return null;
    }
    sliceStart = opts.now();
  }
}
