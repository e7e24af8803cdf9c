import { describe, expect, it } from 'vitest';
import { runSliced } from '../../../lib/slice';

/** Work of `n` steps, each costing `cost` ms on a fake clock. */
function* work(clock: { t: number }, n: number, cost: number): Generator<void, number, void> {
  for (let i = 0; i < n; i++) {
    clock.t += cost;
    yield;
  }
  return n;
}

describe('runSliced', () => {
  it('runs small work straight through, with no pause', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const r = await runSliced(work(clock, 10, 0.5), {
      budgetMs: 12,
      now: () => clock.t,
      pause: async () => void pauses++,
    });
    expect(r).toBe(10);
    expect(pauses).toBe(0);
  });

  it('pauses once per budget of work, so no slice runs much over it', async () => {
    const clock = { t: 0 };
    const slices: number[] = [];
    let sliceStart = 0;
    const r = await runSliced(work(clock, 1000, 1), {
      budgetMs: 12,
      now: () => clock.t,
      pause: async () => {
        slices.push(clock.t - sliceStart);
        sliceStart = clock.t;
      },
    });
    expect(r).toBe(1000);
    expect(slices.length).toBeGreaterThanOrEqual(1000 / 13);
    expect(Math.max(...slices)).toBeLessThanOrEqual(13);
  });

  it('gives up at a pause once cancelled, and stops the work', async () => {
    const clock = { t: 0 };
    let cancelled = false;
    let steps = 0;
    function* counted(): Generator<void, string, void> {
      for (;;) {
        steps++;
        clock.t += 5;
        yield;
      }
    }
    const r = await runSliced(counted(), {
      budgetMs: 10,
      now: () => clock.t,
      pause: async () => {
        cancelled = true;
      },
      cancelled: () => cancelled,
    });
    expect(r).toBeNull();
    expect(steps).toBe(2);
  });
});
