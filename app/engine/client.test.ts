import { describe, expect, it } from 'vitest';
import { decodeShareFragment, type DesignerInput } from '../../src/index.ts';
import { EngineClient } from './client.ts';
import type { EngineRequest, EngineResponse } from './protocol.ts';
import { createEngineService } from './service.ts';

/**
 * The engine worker, in-process: messages are structured clones delivered in order in later
 * tasks, as between the page and a real worker. It records what the page posted.
 */
class InProcessWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  readonly posted: EngineRequest[] = [];
  private readonly handle = createEngineService((response) => {
    const copy = structuredClone(response);
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<EngineResponse>));
  });

  postMessage(request: EngineRequest): void {
    const copy = structuredClone(request);
    this.posted.push(copy);
    setTimeout(() => this.handle(copy));
  }
}

function setUp() {
  const worker = new InProcessWorker();
  const client = new EngineClient(() => worker as unknown as Worker);
  /** Resolves once the client's latest result is for the newest request. */
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (client.getSnapshot().inputId > 0 && !client.getSnapshot().pending) {
          stop();
          resolve();
        }
      };
      const stop = client.subscribe(check);
      check();
    });
  const podNames = () => client.getSnapshot().view?.pods.map((p) => p.name);
  const textUpdates = () =>
    worker.posted.flatMap((r) =>
      r.kind === 'texts'
        ? r.updates.map(([name, u]) => `${name}:${'text' in u ? 'whole' : 'edits'}`)
        : [],
    );
  return { worker, client, settled, podNames, textUpdates };
}

const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: app\nspec:\n  containers:\n  - name: main\n    image: busybox\n`;
const input = (manifests: string): DesignerInput => ({ manifests, restore: '', scenarioText: '' });

describe('EngineClient with the engine service', () => {
  it('sends a text whole once, then the span that changed, and the views follow', async () => {
    const { client, settled, podNames, textUpdates } = setUp();
    client.request(input(pod('first')));
    await settled();
    expect(podNames()).toEqual(['first']);

    client.request(input(pod('second')));
    await settled();
    expect(podNames()).toEqual(['second']);
    expect(textUpdates()).toEqual([
      'manifestsText:whole',
      'restoreText:whole',
      'scenarioText:whole',
      'manifestsText:edits',
    ]);
  });

  it('computes only the newest of the requests made while a view computes', async () => {
    const { worker, client, settled, podNames } = setUp();
    for (const name of ['a', 'b', 'c']) client.request(input(pod(name)));
    await settled();
    expect(podNames()).toEqual(['c']);
    const views = worker.posted.filter((r) => r.kind === 'view').map((r) => r.id);
    expect(views).toEqual([1, 3]);
  });

  it('sends a text whole again when its edits do not fit the worker copy, and shows no view of the wrong text', async () => {
    const { worker, client, settled, podNames, textUpdates } = setUp();
    client.request(input(pod('first')));
    await settled();
    // The worker's copy drifts from the page's (as if an update were lost): the next edits, made
    // on the page's copy, would come out longer than the text.
    worker.postMessage({
      kind: 'texts',
      updates: [
        [
          'manifestsText',
          { edits: [{ offset: 0, length: 0, text: '# drift\n' }], length: pod('first').length + 8 },
        ],
      ],
    });
    const shown: (string[] | undefined)[] = [];
    const stop = client.subscribe(() => shown.push(podNames()));
    client.request(input(pod('other')));
    await settled();
    stop();
    expect(podNames()).toEqual(['other']);
    expect(
      shown.every((names) => names === undefined || ['first', 'other'].includes(names[0]!)),
    ).toBe(true);
    expect(textUpdates().filter((u) => u.startsWith('manifestsText'))).toEqual([
      'manifestsText:whole',
      'manifestsText:edits', // the drift
      'manifestsText:edits',
      'manifestsText:whole',
    ]);
  });

  it('passes the chosen Velero version to the engine with each view request', async () => {
    const { worker, client, settled } = setUp();
    client.request({ ...input(pod('db')), veleroVersion: '1.12' });
    await settled();
    expect(client.getSnapshot().view?.veleroVersion).toBe('1.12.4');
    client.request({ ...input(pod('db')), veleroVersion: 'main' });
    await settled();
    expect(client.getSnapshot().view?.veleroVersion).toBe('main');
    const views = worker.posted.filter((r) => r.kind === 'view');
    expect(views.map((r) => r.input.veleroVersion)).toEqual(['1.12', 'main']);
  });

  it('encodes an autosave and a link from the worker copies, without posting the texts again', async () => {
    const { worker, client, settled } = setUp();
    const secret =
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: c2VjcmV0\n';
    const manifests = `${pod('db')}---\n${secret}`;
    client.request(input(manifests));
    await settled();
    const state = {
      manifestsText: manifests,
      restoreText: '',
      scenarioText: '',
      designerPlace: 'spec',
    };

    const save = await client.encode('autosave', state, 1);
    const link = await client.encode('link', state, 1);
    const encodes = worker.posted.filter((r) => r.kind === 'encode');
    expect(encodes.map((r) => r.held)).toEqual([
      ['manifestsText', 'restoreText', 'scenarioText'],
      ['manifestsText', 'restoreText', 'scenarioText'],
    ]);
    expect(encodes.every((r) => !('manifestsText' in r.state))).toBe(true);

    const options = { version: 1, migrate: (p: unknown) => p };
    expect(decodeShareFragment(save.fragment, options)).toMatchObject({
      kind: 'ok',
      payload: { state, version: 1 },
    });
    expect(link.redacted).toBe(1);
    const shared = decodeShareFragment(link.fragment, options);
    expect(shared.kind === 'ok' && (shared.payload as typeof state).manifestsText).not.toContain(
      'c2VjcmV0',
    );
  });

  it('compares releases in the worker, from its copies of the texts and the scenario edits', async () => {
    const { worker, client, settled } = setUp();
    const continueHook = pod('db').replace(
      'namespace: app\n',
      `namespace: app\n  annotations:\n    post.hook.restore.velero.io/command: '["true"]'\n    post.hook.restore.velero.io/on-error: Continue\n`,
    );
    client.request(input(continueHook));
    await settled();
    const fails = {
      kind: 'hook',
      pod: 'app/db',
      container: 'main',
      hookName: '<from-annotation>',
      hookIndex: 0,
      duration: '1s',
      error: 'boom',
    } as const;
    const range = { from: '1.12.4', to: '1.13.0' };
    const comparison = await client.compare(
      { ...input(continueHook), scenarioEdits: [fails] },
      range,
    );
    expect(comparison?.versions).toEqual(['1.12.4', '1.13.0']);
    const phase = comparison?.differences.find((d) => d.aspect === 'Restore phase');
    expect(phase?.ranges.map((r) => [r.from, r.value.split(' ')[0]])).toEqual([
      ['1.12.4', 'Completed'],
      ['1.13.0', 'PartiallyFailed'],
    ]);
    // The texts were already in the worker: the comparison posted none.
    expect(worker.posted.at(-1)).toMatchObject({ kind: 'compare', input: range });
    expect(worker.posted.filter((r) => r.kind === 'texts')).toHaveLength(1);

    // Without the failing hook both complete (1.13.0 only adds the hook counts, and the check
    // that a Continue failure would fail the Restore); an unknown release gives null.
    const succeeding = await client.compare(input(continueHook), range);
    expect(succeeding?.differences.map((d) => d.aspect)).toEqual(['Restore phase', 'Checks']);
    expect(succeeding?.differences[1]?.ranges.map((r) => r.value)).toEqual([
      'info exec-hook-no-wait-timeout at manifests.yaml:7',
      'info exec-hook-no-wait-timeout at manifests.yaml:7; info on-error-continue-restore-partially-failed at manifests.yaml:8',
    ]);
    expect(succeeding?.differences[0]?.ranges.map((r) => r.value.split(' ')[0])).toEqual([
      'Completed',
      'Completed',
    ]);
    expect(await client.compare(input(continueHook), { from: '0.9', to: 'main' })).toBeNull();
  });
});
