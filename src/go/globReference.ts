/**
 * Correct glob semantics for gobwas/glob's syntax, as the reference the gobwas v0.2.3 port
 * (glob.ts) is checked and explained against: the documented meaning of the AST (globSyntax.ts),
 * with no separators, so `*` and `**` match any run of runes, `?` exactly one rune, `[…]` one rune
 * of the class and `{a,b}` either alternative. Simulated as an NFA over a set of states:
 * O(len(pattern) × len(input)), never backtracking and never a RegExp.
 */
import type { AstNode } from './gobwasMinimize.ts';
import { parseGlob } from './globSyntax.ts';
import { toRunes } from './strings.ts';

type RuneTest =
  | { kind: 'rune'; rune: number }
  | { kind: 'anyRune' }
  | { kind: 'list'; runes: ReadonlySet<number>; not: boolean }
  | { kind: 'range'; lo: number; hi: number; not: boolean };

type State =
  | { kind: 'step'; test: RuneTest; next: number }
  | { kind: 'split'; next: number[] }
  | { kind: 'accept' };

function passes(test: RuneTest, r: number): boolean {
  switch (test.kind) {
    case 'rune':
      return r === test.rune;
    case 'anyRune':
      return true;
    case 'list':
      return test.runes.has(r) !== test.not;
    case 'range':
      return (r >= test.lo && r <= test.hi) !== test.not;
  }
}

/** Thompson construction, built back to front: `build(node, next)` returns the entry state. */
class NfaBuilder {
  readonly states: State[] = [{ kind: 'accept' }];

  private add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  build(node: AstNode, next: number): number {
    switch (node.kind) {
      case 'nothing':
        return next;
      case 'pattern':
        return node.children.reduceRight((after, child) => this.build(child, after), next);
      case 'anyOf':
        return this.add({
          kind: 'split',
          next: node.children.map((child) => this.build(child, next)),
        });
      case 'text':
        return toRunes(node.text).reduceRight(
          (after, rune) => this.add({ kind: 'step', test: { kind: 'rune', rune }, next: after }),
          next,
        );
      case 'any':
      case 'super': {
        const loop: number[] = [];
        const entry = this.add({ kind: 'split', next: loop });
        loop.push(this.add({ kind: 'step', test: { kind: 'anyRune' }, next: entry }), next);
        return entry;
      }
      case 'single':
        return this.add({ kind: 'step', test: { kind: 'anyRune' }, next });
      case 'list':
        return this.add({
          kind: 'step',
          test: { kind: 'list', runes: new Set(toRunes(node.chars)), not: node.not },
          next,
        });
      case 'range':
        return this.add({
          kind: 'step',
          test: { kind: 'range', lo: node.lo, hi: node.hi, not: node.not },
          next,
        });
    }
  }
}

/**
 * Runs the NFA: the set of live states advances one rune at a time. Returns every k for which
 * the first k runes of the input match.
 */
function runNfa(states: readonly State[], start: number, runes: readonly number[]): number[] {
  const seen = new Int32Array(states.length).fill(-1);
  const addClosure = (into: number[], from: number, generation: number): void => {
    const todo = [from];
    for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
      if (seen[s] === generation) continue;
      seen[s] = generation;
      const state = states[s];
      if (state?.kind === 'split') todo.push(...state.next);
      else into.push(s);
    }
  };
  const ends: number[] = [];
  let current: number[] = [];
  addClosure(current, start, 0);
  for (let i = 0; current.length > 0; i++) {
    if (current.some((s) => states[s]?.kind === 'accept')) ends.push(i);
    const r = runes[i];
    if (r === undefined) break;
    const next: number[] = [];
    for (const s of current) {
      const state = states[s];
      if (state?.kind === 'step' && passes(state.test, r)) addClosure(next, state.next, i + 1);
    }
    current = next;
  }
  return ends;
}

/** A pattern compiled with correct glob semantics (not gobwas's; see compileGlob in glob.ts). */
export interface ReferenceGlob {
  match(s: string): boolean;
  /** Every k for which the first k runes of `runes` match. */
  ends(runes: readonly number[]): number[];
}

/** Compiles a glob with correct semantics; the same compile errors as gobwas (see parseGlob). */
export function compileGlobReference(pattern: string): ReferenceGlob | { error: string } {
  const parsed = parseGlob(pattern);
  if ('error' in parsed) return { error: parsed.error };
  return buildReferenceMatcher(parsed.ast);
}

/** The correct-semantics matcher for an already parsed pattern. */
export function buildReferenceMatcher(ast: AstNode): ReferenceGlob {
  const builder = new NfaBuilder();
  const start = builder.build(ast, 0);
  const states = builder.states;
  return {
    match: (s: string) => {
      const runes = toRunes(s);
      return runNfa(states, start, runes).at(-1) === runes.length;
    },
    ends: (runes) => runNfa(states, start, runes),
  };
}

/** Whether `s` matches `pattern` with correct glob semantics; null if the pattern is invalid. */
export function matchGlobReference(pattern: string, s: string): boolean | null {
  const glob = compileGlobReference(pattern);
  return 'error' in glob ? null : glob.match(s);
}
