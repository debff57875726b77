import { readFileSync } from 'node:fs';

/** Set by the bundler (scripts/build-cli.mjs) to package.json's version; absent when run from source. */
declare const __RESTORE_HOOKS_VERSION__: string | undefined;

/** The product version: inlined in the bundle, read from the repository's package.json under tsx. */
export function readProductVersion(): string {
  if (typeof __RESTORE_HOOKS_VERSION__ === 'string') return __RESTORE_HOOKS_VERSION__;
  const url = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version: string };
  return pkg.version;
}

/** `restore-hooks --version`: the product version and the Velero release predicted by default. */
export async function formatVersionText(): Promise<string> {
  const { getDefaultVeleroVersion, listSupportedVersions } = await import('../index.ts');
  const count = listSupportedVersions().length;
  return `restore-hooks ${readProductVersion()}
default Velero version ${getDefaultVeleroVersion().name} ('restore-hooks versions' lists all ${count} it predicts)
`;
}
