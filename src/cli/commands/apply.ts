import { dump } from 'js-yaml';
import { restoreObjects } from '../../index.ts';
import { readListFlag, parseArgs, readStringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { ANALYSIS_FLAGS, POD_VOLUME_BACKUPS_HELP, analyzeArgs } from '../inputs.ts';

const help = `Usage: restore-hooks apply [--restore R] [--namespace-mapping SRC=DST]… [--velero-version V] [--pod-volume-backups F] [--full-restore]
                           [--fs-backup-volume NAME]… [--format yaml|json] FILE…|DIR|-

Prints the manifests as Velero would create them. By default only the restore hooks are applied
(init containers injected). For a workload (Deployment, StatefulSet, …) the workload is printed
unchanged, followed by the pod Velero would restore from its template.

A FILE may be a Velero backup tarball (velero backup download writes NAME-data.tar.gz): its
pods are read as the restore reads them, named FILE:resources/pods/namespaces/NS/NAME.json.

Options:
  --restore R                  a velero.io/v1 Restore
  --namespace-mapping SRC=DST  add a namespaceMapping entry (repeatable)
  --velero-version V           the Velero release to predict: 1.10.0 … 1.18.2, a minor such as
                               1.17 (its newest patch), or main (default 1.18.2; see 'restore-hooks versions')
${POD_VOLUME_BACKUPS_HELP}
  --full-restore               also apply Velero's other changes: nodeName/priority cleared,
                               service-account-token volumes removed, restore-wait for file-system
                               backup volumes, namespace mapped, restore labels, metadata and
                               status reset; each change is listed as a comment naming its step
  --fs-backup-volume NAME      a volume backed up with file-system backup (repeatable; the pod's
                               backup.velero.io/backup-volumes annotation is also read)
  --format yaml|json           yaml (default): documents with comments; json: a List
`;

export const apply: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, {
      ...ANALYSIS_FLAGS,
      'full-restore': { type: 'boolean' },
      'fs-backup-volume': { type: 'string', multi: true },
      format: { type: 'string', choices: ['yaml', 'json'] },
    });
    const analysis = await analyzeArgs(args, io);
    const restored = restoreObjects(analysis.manifests.objects, analysis.plan, {
      fullRestore: args.flags['full-restore'] === true,
      fsBackupVolumes: readListFlag(args, 'fs-backup-volume'),
    });
    if (readStringFlag(args, 'format') === 'json') {
      const items = restored.filter((r) => r.restored).map((r) => r.restored);
      io.stdout(JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2) + '\n');
    } else {
      const docs = restored.map((r) => {
        const header: string[] = [];
        if (r.pod && r.object.kind !== 'Pod')
          header.push(
            `# Pod restored from ${r.object.kind} ${r.pod.target.ownerName} (name derived; Velero restores the pod found in the backup)`,
          );
        for (const c of r.changes) header.push(`# ${c.step}: ${c.explanation}`);
        if (!r.restored)
          return [...header, `# NOT RESTORED: ${r.notRestored ?? ''}`].join('\n') + '\n';
        return (
          (header.length ? header.join('\n') + '\n' : '') +
          dump(r.restored, { noRefs: true, lineWidth: -1 })
        );
      });
      io.stdout(docs.join('---\n'));
    }
    for (const d of analysis.diagnostics.filter((x) => x.severity === 'error')) {
      io.stderr(
        `${d.file}:${d.range.start.line}:${d.range.start.column}: error ${d.code}: ${d.message}\n`,
      );
    }
    return analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
