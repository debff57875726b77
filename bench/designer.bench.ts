/**
 * Times `buildDesignerView` (what the app's worker computes per keystroke) on the bench manifest, for
 * what each tab asks for. Part of `npm run bench`.
 */
import { buildDesignerView, type ViewInclude } from '../src/index.ts';
import { benchManifest } from './manifest.ts';

const PODS = Number(process.env['BENCH_PODS'] ?? 2000);
const text = benchManifest(PODS);
const cases: [string, ViewInclude][] = [
  [
    'plan/design tabs (no diff, no simulation)',
    { diff: 'none', simulation: false, timeline: false },
  ],
  ['diff tab (one pod)', { diff: 'auto', simulation: false, timeline: false }],
  ['timeline tab (whole-restore simulation)', { diff: 'none', simulation: false, timeline: true }],
  ['everything (all objects diffed, CLI-style)', { diff: 'all', simulation: true, timeline: true }],
];
for (const [name, include] of cases) {
  buildDesignerView({ manifests: text, restore: '', include });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const view = buildDesignerView({ manifests: text, restore: '', include });
    times.push(performance.now() - start);
    if (i === 0) {
      const bytes = JSON.stringify(view).length;
      console.log(`designerView, ${name}: view ${(bytes / 1024 / 1024).toFixed(1)} MB as JSON`);
    }
  }
  console.log(`  ${PODS} pods: ${Math.min(...times).toFixed(0)} ms (best of 3)`);
}
