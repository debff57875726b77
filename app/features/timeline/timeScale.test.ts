import { describe, expect, it } from 'vitest';
import { formatMs, makeTimeScale } from './timeScale.ts';

describe('makeTimeScale', () => {
  it('is monotonic, maps 0 and the end to the edges, and ticks every stop', () => {
    const scale = makeTimeScale([0, 2000, 3000, 300_000], 330_000);
    expect(scale.at(0)).toBe(0);
    expect(scale.at(330_000)).toBe(1);
    const positions = [0, 1000, 2000, 2500, 3000, 100_000, 300_000].map(scale.at);
    for (let i = 1; i < positions.length; i++)
      expect(positions[i]).toBeGreaterThan(positions[i - 1]!);
    expect(scale.ticks.map((t) => t.ms)).toEqual([0, 2000, 3000, 300_000]);
  });

  it('compresses long idle gaps so that seconds stay visible next to minutes', () => {
    const scale = makeTimeScale([0, 2000, 3000, 900_000], 960_000);
    // Linear, 3s would sit at 0.3% of the width.
    expect(scale.at(3000)).toBeGreaterThan(0.1);
    expect(scale.at(900_000)).toBeLessThan(0.9);
    expect(scale.compressed).toBe(true);
  });

  it('keeps labels apart, and gives close stops some width', () => {
    const scale = makeTimeScale([0, 1, 2, 3, 5000], 5400);
    const labelled = scale.ticks.filter((t) => t.label);
    expect(labelled.map((t) => t.ms)).toContain(5000);
    for (let i = 1; i < labelled.length; i++)
      expect(labelled[i]!.pos - labelled[i - 1]!.pos).toBeGreaterThanOrEqual(0.07);
    expect(scale.at(1)).toBeGreaterThan(0.02);
  });
});

describe('formatMs', () => {
  it.each([
    [0, '0s'],
    [250, '250ms'],
    [2000, '2s'],
    [1500, '1.5s'],
    [90_000, '1m30s'],
    [7_200_000, '2h0m0s'],
  ])('%d → %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});
