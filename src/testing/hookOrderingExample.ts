/**
 * Test kit for the multiple-hooks-ordering example (public/examples): pod app/db with containers
 * postgres (two hooks) and sidecar. Pure data, so the app's tests can import it too.
 */
import type { HookEdit } from '../scenario/edits.ts';

/** The scenario edit that makes the example's first hook (postgres, restore-hook-1) fail after 1s. */
export const failFirstHook: HookEdit = {
  kind: 'hook',
  pod: 'app/db',
  container: 'postgres',
  hookName: 'restore-hook-1',
  hookIndex: 0,
  duration: '1s',
  error: 'command terminated with exit code 1',
};
