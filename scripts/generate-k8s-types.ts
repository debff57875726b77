// Writes src/model/k8s/k8sTypes.generated.ts: the Go struct types reachable from corev1.Container and
// corev1.Pod at each k8s.io/api version that Velero vendors, read from the Go sources themselves.
//
//   npx tsx scripts/generate-k8s-types.ts [--api <git dir of kubernetes/api>]
//       [--apimachinery <git dir of kubernetes/apimachinery>] [--out <file>]
//
// The git dirs default to the mirrors the `fetch` tool makes (/work/.mirror/kubernetes+api/repo and
// /work/.mirror/kubernetes+apimachinery/repo); a normal clone works too. Each version is read at its
// tag (`git show v0.33.12:core/v1/types.go`), apimachinery at the same tag as api.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const VERSIONS = ['0.24.2', '0.25.6', '0.29.0', '0.31.3', '0.33.3', '0.33.12', '0.36.0'] as const;
const ROOTS = ['core.Container', 'core.Pod'];

/** Go import path → [repository, directory, our package alias, the name reflect prints]. */
const PACKAGES: Record<string, [repo: 'api' | 'apimachinery', dir: string, alias: string]> = {
  'k8s.io/api/core/v1': ['api', 'core/v1', 'core'],
  'k8s.io/apimachinery/pkg/apis/meta/v1': ['apimachinery', 'pkg/apis/meta/v1', 'meta'],
  'k8s.io/apimachinery/pkg/api/resource': ['apimachinery', 'pkg/api/resource', 'resource'],
  'k8s.io/apimachinery/pkg/util/intstr': ['apimachinery', 'pkg/util/intstr', 'intstr'],
  'k8s.io/apimachinery/pkg/types': ['apimachinery', 'pkg/types', 'types'],
  'k8s.io/apimachinery/pkg/runtime': ['apimachinery', 'pkg/runtime', 'runtime'],
};
const BASIC = new Set(
  'bool string int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64 byte rune'.split(
    ' ',
  ),
);

// ---------------------------------------------------------------- arguments and git

function readArgs(): { api: string; apimachinery: string; out: string } {
  const args = process.argv.slice(2);
  const get = (name: string, fallback: string): string => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  return {
    api: get('api', '/work/.mirror/kubernetes+api/repo'),
    apimachinery: get('apimachinery', '/work/.mirror/kubernetes+apimachinery/repo'),
    out: get('out', new URL('../src/model/k8s/k8sTypes.generated.ts', import.meta.url).pathname),
  };
}

function runGit(gitDir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}

// ---------------------------------------------------------------- Go tokens

type Token = { kind: 'ident' | 'string' | 'number' | 'punct' | 'nl'; text: string };

function tokenizeGo(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      out.push({ kind: 'nl', text: '\n' });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (src.slice(i, end).includes('\n')) out.push({ kind: 'nl', text: '\n' });
      i = end + 2;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      out.push({ kind: 'string', text: src.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out.push({ kind: 'string', text: src.slice(i + 1, j) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push({ kind: 'ident', text: src.slice(i, j) });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[0-9A-Za-z_.]/.test(src[j]!)) j++;
      out.push({ kind: 'number', text: src.slice(i, j) });
      i = j;
    } else {
      out.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------- Go declarations

type GoType =
  | { kind: 'named'; pkg: string | null; name: string }
  | { kind: 'pointer' | 'slice'; elem: GoType }
  | { kind: 'array'; len: string; elem: GoType }
  | { kind: 'map'; key: GoType; elem: GoType }
  | { kind: 'struct'; fields: GoField[] }
  | { kind: 'other'; text: string };
interface GoField {
  name: string | null; // null: embedded
  type: GoType;
  tag: string;
}
interface PackageDecls {
  types: Map<string, GoType>;
  imports: Map<string, string>; // alias → path, per package (merged over files)
  unmarshalJSON: Set<string>;
  marshalJSON: Set<string>;
  text: Set<string>; // UnmarshalText / MarshalText
}

class GoParser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.toks[this.pos + offset];
  }
  private next(): Token {
    return this.toks[this.pos++]!;
  }
  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new Error(`expected ${text}, got ${t.text} at token ${this.pos}`);
  }
  private skipNl(): void {
    while (this.peek()?.kind === 'nl' || this.peek()?.text === ';') this.pos++;
  }

  parseFile(into: PackageDecls): void {
    let depth = 0;
    while (this.pos < this.toks.length) {
      const t = this.next();
      if (t.text === '{' || t.text === '(' || t.text === '[') depth++;
      else if (t.text === '}' || t.text === ')' || t.text === ']') depth--;
      else if (depth === 0 && t.kind === 'ident' && t.text === 'import') this.parseImports(into);
      else if (depth === 0 && t.kind === 'ident' && t.text === 'type') this.parseTypeDecl(into);
      else if (depth === 0 && t.kind === 'ident' && t.text === 'func') this.noteMethod(into);
    }
  }

  private parseImports(into: PackageDecls): void {
    const one = (): void => {
      let alias: string | null = null;
      if (this.peek()?.kind === 'ident' || this.peek()?.text === '_' || this.peek()?.text === '.')
        alias = this.next().text;
      const path = this.next().text;
      into.imports.set(alias ?? path.split('/').pop()!, path);
    };
    if (this.peek()?.text !== '(') return one();
    this.pos++;
    for (this.skipNl(); this.peek()?.text !== ')'; this.skipNl()) one();
    this.pos++;
  }

  private parseTypeDecl(into: PackageDecls): void {
    const one = (): void => {
      const name = this.next().text;
      if (this.peek()?.text === '=') this.pos++;
      const type = this.parseType();
      if (into.types.has(name)) into.types.set(`${name}#dup`, type);
      else into.types.set(name, type);
    };
    if (this.peek()?.text !== '(') return one();
    this.pos++;
    for (this.skipNl(); this.peek()?.text !== ')'; this.skipNl()) one();
    this.pos++;
  }

  private noteMethod(into: PackageDecls): void {
    if (this.peek()?.text !== '(') return;
    let j = this.pos + 1;
    const recv: string[] = [];
    while (this.toks[j]?.text !== ')') recv.push(this.toks[j++]!.text);
    const method = this.toks[j + 1]?.text;
    const typeName = recv[recv.length - 1]!;
    if (method === 'UnmarshalJSON') into.unmarshalJSON.add(typeName);
    if (method === 'MarshalJSON') into.marshalJSON.add(typeName);
    if (method === 'UnmarshalText' || method === 'MarshalText') into.text.add(typeName);
  }

  parseType(): GoType {
    const t = this.next();
    if (t.text === '*') return { kind: 'pointer', elem: this.parseType() };
    if (t.text === '[') {
      if (this.peek()?.text === ']') {
        this.pos++;
        return { kind: 'slice', elem: this.parseType() };
      }
      const len = this.next().text;
      this.expect(']');
      return { kind: 'array', len, elem: this.parseType() };
    }
    if (t.text === 'map') {
      this.expect('[');
      const key = this.parseType();
      this.expect(']');
      return { kind: 'map', key, elem: this.parseType() };
    }
    if (t.text === 'struct') return this.parseStruct();
    if (t.text === 'interface' || t.text === 'func' || t.text === 'chan') return this.skipOther(t);
    if (t.kind !== 'ident') {
      const around = this.toks.slice(this.pos - 12, this.pos + 3).map((x) => x.text);
      throw new Error(`unexpected ${JSON.stringify(t.text)} in a type near ${around.join(' ')}`);
    }
    let named: GoType = { kind: 'named', pkg: null, name: t.text };
    if (this.peek()?.text === '.') {
      this.pos++;
      named = { kind: 'named', pkg: t.text, name: this.next().text };
    }
    if (this.peek()?.text !== '[') return named;
    // A generic instantiation such as unique.Handle[string]: not modelled, kept as text.
    let depth = 0;
    const parts = [t.text];
    do {
      const x = this.next().text;
      depth += x === '[' ? 1 : x === ']' ? -1 : 0;
      parts.push(x);
    } while (depth > 0);
    return { kind: 'other', text: parts.join('') };
  }

  private skipOther(first: Token): GoType {
    let depth = 0;
    const parts = [first.text];
    while (this.pos < this.toks.length) {
      const t = this.peek()!;
      if (depth === 0 && (t.kind === 'nl' || t.text === ';' || t.text === ')')) break;
      if (t.text === '{' || t.text === '(') depth++;
      if (t.text === '}' || t.text === ')') depth--;
      parts.push(this.next().text);
      if (depth === 0 && t.text === '}') break;
    }
    return { kind: 'other', text: parts.join(' ') };
  }

  private parseStruct(): GoType {
    this.expect('{');
    const fields: GoField[] = [];
    for (this.skipNl(); this.peek()?.text !== '}'; this.skipNl()) {
      const first = this.peek()!;
      const second = this.peek(1);
      const embedded =
        first.text === '*' ||
        (first.kind === 'ident' &&
          (second?.text === '.' ||
            second?.kind === 'string' ||
            second?.kind === 'nl' ||
            second?.text === '}'));
      if (embedded) {
        const type = this.parseType();
        fields.push({ name: null, type, tag: this.readTag() });
        continue;
      }
      const names = [this.next().text];
      while (this.peek()?.text === ',') {
        this.pos++;
        names.push(this.next().text);
      }
      const type = this.parseType();
      const tag = this.readTag();
      for (const name of names) fields.push({ name, type, tag });
    }
    this.pos++;
    return { kind: 'struct', fields };
  }

  private readTag(): string {
    return this.peek()?.kind === 'string' ? this.next().text : '';
  }
}

function readPackage(gitDir: string, tag: string, dir: string): PackageDecls {
  const decls: PackageDecls = {
    types: new Map(),
    imports: new Map(),
    unmarshalJSON: new Set(),
    marshalJSON: new Set(),
    text: new Set(),
  };
  const files = runGit(gitDir, ['ls-tree', '--name-only', `${tag}:${dir}`])
    .split('\n')
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go') && !f.includes('generated'));
  for (const file of files) {
    const src = runGit(gitDir, ['show', `${tag}:${dir}/${file}`]);
    try {
      new GoParser(tokenizeGo(src)).parseFile(decls);
    } catch (e) {
      throw new Error(`${tag}:${dir}/${file}: ${(e as Error).message}`);
    }
  }
  return decls;
}

// ---------------------------------------------------------------- the table

/** Field tuple: [json name, type expression, flags (1 omitempty, 2 omitzero), embedded Go names]. */
type FieldRow = [string, string, number] | [string, string, number, string];
type Def = { k: 'struct'; f: FieldRow[] } | { k: 'named'; u: string } | { k: 'custom'; go: string };

interface Loader {
  load(pkgPath: string): PackageDecls;
}

/** Go's tag parsing (encoding/json tags.go): name before the first comma, options after. */
function parseJsonTag(tag: string): { name: string; options: string[]; present: boolean } {
  const m = /(?:^|\s)json:"([^"]*)"/.exec(tag);
  if (!m) return { name: '', options: [], present: false };
  const [name, ...options] = m[1]!.split(',');
  return { name: name!, options, present: true };
}

function buildVersion(loader: Loader): Map<string, Def> {
  const defs = new Map<string, Def>();
  const pending: string[] = [...ROOTS];
  const aliasToPath = new Map(Object.entries(PACKAGES).map(([p, [, , a]]) => [a, p]));

  const keyOf = (t: GoType & { kind: 'named' }, fromPkg: string): string => {
    if (t.pkg === null) return BASIC.has(t.name) ? t.name : `${PACKAGES[fromPkg]![2]}.${t.name}`;
    const path = loader.load(fromPkg).imports.get(t.pkg);
    if (!path || !PACKAGES[path])
      throw new Error(`unknown package ${t.pkg} (${path}) in ${fromPkg}`);
    return `${PACKAGES[path][2]}.${t.name}`;
  };

  const exprOf = (t: GoType, fromPkg: string): string => {
    switch (t.kind) {
      case 'named': {
        const key = keyOf(t, fromPkg);
        if (!BASIC.has(key)) pending.push(key);
        return key === 'byte' ? 'uint8' : key === 'rune' ? 'int32' : key;
      }
      case 'pointer':
        return `*${exprOf(t.elem, fromPkg)}`;
      case 'slice':
        return `[]${exprOf(t.elem, fromPkg)}`;
      case 'map':
        return `map[${exprOf(t.key, fromPkg)}]${exprOf(t.elem, fromPkg)}`;
      default:
        throw new Error(`unsupported field type ${JSON.stringify(t)} in ${fromPkg}`);
    }
  };

  /** Go's typeFields: flatten embedded structs, shallower names win, then tagged ones. */
  const flatten = (st: GoType & { kind: 'struct' }, fromPkg: string): FieldRow[] => {
    type Cand = { row: FieldRow; depth: number; tagged: boolean; index: number[] };
    const cands: Cand[] = [];
    const walk = (
      s: GoType & { kind: 'struct' },
      pkg: string,
      depth: number,
      index: number[],
      via: string[],
    ): void => {
      s.fields.forEach((f, i) => {
        const tag = parseJsonTag(f.tag);
        if (tag.name === '-' && tag.options.length === 0) return;
        if (tag.options.includes('string')) throw new Error('",string" fields are not modelled');
        const named = f.type.kind === 'pointer' ? f.type.elem : f.type;
        const goName = f.name ?? (named.kind === 'named' ? named.name : '');
        if (f.name === null && tag.name === '') {
          const inner = f.type.kind === 'pointer' ? f.type.elem : f.type;
          if (inner.kind !== 'named') throw new Error('odd embedded field');
          const key = keyOf(inner, pkg);
          const [alias, name] = key.split('.') as [string, string];
          const innerPkg = aliasToPath.get(alias)!;
          const innerDecl = loader.load(innerPkg);
          const innerType = innerDecl.types.get(name);
          if (innerType?.kind === 'struct' && !innerDecl.unmarshalJSON.has(name)) {
            if (f.type.kind === 'pointer') throw new Error(`embedded pointer ${key} not modelled`);
            walk(innerType, innerPkg, depth + 1, [...index, i], [...via, name]);
            return;
          }
        }
        if (!/^[A-Z]/.test(goName)) return; // unexported
        const flags =
          (tag.options.includes('omitempty') ? 1 : 0) | (tag.options.includes('omitzero') ? 2 : 0);
        const jsonName = tag.name || goName;
        const expr = exprOf(f.type, pkg);
        const row: FieldRow = via.length
          ? [jsonName, expr, flags, via.join('.')]
          : [jsonName, expr, flags];
        cands.push({ row, depth, tagged: tag.name !== '', index: [...index, i] });
      });
    };
    walk(st, fromPkg, 0, [], []);
    const byName = new Map<string, Cand[]>();
    for (const c of cands) byName.set(c.row[0], [...(byName.get(c.row[0]) ?? []), c]);
    const kept: Cand[] = [];
    for (const group of byName.values()) {
      const min = Math.min(...group.map((c) => c.depth));
      const top = group.filter((c) => c.depth === min);
      const tagged = top.filter((c) => c.tagged);
      if (top.length === 1) kept.push(top[0]!);
      else if (tagged.length === 1) kept.push(tagged[0]!);
    }
    const cmp = (a: number[], b: number[]): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    };
    return kept.sort((a, b) => cmp(a.index, b.index)).map((c) => c.row);
  };

  while (pending.length) {
    const key = pending.shift()!;
    if (defs.has(key)) continue;
    const [alias, name] = key.split('.') as [string, string];
    const pkgPath = aliasToPath.get(alias)!;
    const decl = loader.load(pkgPath);
    if (decl.text.has(name)) throw new Error(`${key} has a TextMarshaler: not modelled`);
    if (decl.unmarshalJSON.has(name) || decl.marshalJSON.has(name)) {
      defs.set(key, { k: 'custom', go: `${alias}.${name}` });
      continue;
    }
    const type = decl.types.get(name);
    if (!type) throw new Error(`type ${key} not found`);
    if (decl.types.has(`${name}#dup`)) throw new Error(`type ${key} declared twice`);
    defs.set(key, { k: 'struct', f: [] }); // placeholder against cycles
    defs.set(
      key,
      type.kind === 'struct'
        ? { k: 'struct', f: flatten(type, pkgPath) }
        : { k: 'named', u: exprOf(type, pkgPath) },
    );
  }
  return new Map([...defs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------- output

async function main(): Promise<void> {
  const args = readArgs();
  const shared = new Map<string, number>(); // JSON of [key, def] → index
  const table: string[] = [];
  const perVersion: Record<string, number[]> = {};
  const commits: string[] = [];
  for (const version of VERSIONS) {
    const tag = `v${version}`;
    const cache = new Map<string, PackageDecls>();
    const loader: Loader = {
      load(pkgPath) {
        let decls = cache.get(pkgPath);
        if (!decls) {
          const [repo, dir] = PACKAGES[pkgPath]!;
          decls = readPackage(repo === 'api' ? args.api : args.apimachinery, tag, dir);
          cache.set(pkgPath, decls);
        }
        return decls;
      },
    };
    const defs = buildVersion(loader);
    perVersion[version] = [...defs.entries()].map(([key, def]) => {
      const text = JSON.stringify([key, def]);
      let index = shared.get(text);
      if (index === undefined) {
        index = table.length;
        shared.set(text, index);
        table.push(text);
      }
      return index;
    });
    const apiCommit = runGit(args.api, ['rev-parse', `${tag}^{commit}`]).trim();
    const amCommit = runGit(args.apimachinery, ['rev-parse', `${tag}^{commit}`]).trim();
    commits.push(`//   ${tag}: kubernetes/api ${apiCommit}, kubernetes/apimachinery ${amCommit}`);
    console.log(`${tag}: ${defs.size} types`);
  }
  const body = [
    '// GENERATED by scripts/generate-k8s-types.ts: do not edit. Regenerate with',
    '//   npx tsx scripts/generate-k8s-types.ts --api <kubernetes/api git dir> --apimachinery <kubernetes/apimachinery git dir>',
    '// Sources, read at each tag (same tag in both repositories): github.com/kubernetes/api core/v1/*.go and',
    '// github.com/kubernetes/apimachinery pkg/apis/meta/v1, pkg/api/resource, pkg/util/intstr, pkg/types',
    '// (non-test, non-generated .go files):',
    ...commits,
    '// Every Go type reachable from corev1.Container and corev1.Pod, with embedded structs flattened as',
    "// encoding/json's typeFields does. Field rows: [json name, type, flags (1 omitempty, 2 omitzero),",
    '// Go names of the embedded structs the field is promoted through]. Types: Go basic kinds, `*T`,',
    '// `[]T`, `map[K]V` and package-qualified names (core, meta, resource, intstr, types). `custom`',
    '// types have their own MarshalJSON/UnmarshalJSON and are decoded by hand.',
    '',
    "import type { K8sTypeDef } from './k8sTypeDef.ts';",
    '',
    `export const K8S_API_VERSIONS = ${JSON.stringify(VERSIONS)} as const;`,
    '',
    '/** One entry per distinct [type key, definition]; shared by every version that has it. */',
    'export const K8S_TYPE_TABLE: readonly (readonly [string, K8sTypeDef])[] = [',
    ...table.map((t) => `  ${t},`),
    '];',
    '',
    '/** For each version, the indexes into K8S_TYPE_TABLE of the types it has. */',
    'export const K8S_TYPES_BY_VERSION: Readonly<Record<(typeof K8S_API_VERSIONS)[number], readonly number[]>> = {',
    ...VERSIONS.map((v) => `  '${v}': [${perVersion[v]!.join(',')}],`),
    '};',
    '',
  ].join('\n');
  const config = await prettier.resolveConfig(args.out);
  const text = await prettier.format(body, { ...config, filepath: args.out });
  writeFileSync(args.out, text);
  console.log(`${args.out}: ${table.length} definitions, ${text.length} bytes`);
}

await main();
