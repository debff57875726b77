import { describe, expect, it } from 'vitest';
import { generateAnnotations } from './annotations.ts';
import type { DesignedHook, DesignProblemCode } from './design.ts';

const bad = (hook: Record<string, unknown>) => hook as unknown as DesignedHook;

describe('designs annotations cannot express are refused', () => {
  it.each<[string, DesignedHook | DesignedHook[], [DesignProblemCode, (string | number)[]][]]>([
    [
      'an init hook without image',
      { kind: 'init', image: '', command: ['x'] },
      [['image-required', ['image']]],
    ],
    [
      'an image with a trailing space',
      { kind: 'init', image: 'busybox ', command: ['x'] },
      [['invalid-image', ['image']]],
    ],
    [
      'an image with a NUL',
      { kind: 'init', image: 'a\u0000b', command: ['x'] },
      [['invalid-image', ['image']]],
    ],
    [
      'an init name that is not a DNS label',
      { kind: 'init', name: 'Prep', image: 'x', command: ['x'] },
      [['invalid-container-name', ['name']]],
    ],
    [
      'the restore-wait name',
      { kind: 'init', name: 'restore-wait', image: 'x', command: ['x'] },
      [['reserved-container-name', ['name']]],
    ],
    [
      'a command with a number',
      bad({ kind: 'init', image: 'x', command: ['sleep', 5] }),
      [['command-not-strings', ['command']]],
    ],
    ['an empty exec command', { kind: 'exec', command: [] }, [['exec-command-empty', ['command']]]],
    [
      'a lower-case on-error',
      bad({ kind: 'exec', command: ['x'], onError: 'fail' }),
      [['invalid-on-error', ['onError']]],
    ],
    [
      'durations Go does not parse',
      { kind: 'exec', command: ['x'], execTimeout: '5', waitTimeout: '1d' },
      [
        ['invalid-duration', ['execTimeout']],
        ['invalid-duration', ['waitTimeout']],
      ],
    ],
    [
      'a string waitForReady',
      bad({ kind: 'exec', command: ['x'], waitForReady: 'true' }),
      [['invalid-wait-for-ready', ['waitForReady']]],
    ],
    ['a lone surrogate', { kind: 'exec', command: ['\ud800'] }, [['not-unicode', []]]],
    ['an unknown kind', bad({ kind: 'pre', command: ['x'] }), [['unknown-hook-kind', ['kind']]]],
    [
      'two exec hooks for one pod',
      [
        { kind: 'exec', command: ['a'] },
        { kind: 'init', image: 'x', command: [] },
        { kind: 'exec', command: ['b'], container: 'Web' },
      ],
      [
        ['too-many-annotation-hooks', [2]],
        ['invalid-container-name', [2, 'container']],
      ],
    ],
  ])('%s', (_, hooks, expected) => {
    const result = generateAnnotations(hooks);
    expect(result.kind === 'error' && result.problems.map((p) => [p.code, p.path])).toEqual(
      expected,
    );
  });

  it('accepts negative and zero durations exactly as Velero reads them', () => {
    const result = generateAnnotations({
      kind: 'exec',
      command: ['x'],
      execTimeout: '0s',
      waitTimeout: '-1.5s',
    });
    expect(result).toEqual({
      kind: 'ok',
      value: {
        'post.hook.restore.velero.io/command': '["x"]',
        'post.hook.restore.velero.io/wait-timeout': '-1.5s',
      },
      notes: [],
    });
  });
});
