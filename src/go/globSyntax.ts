/**
 * The pattern syntax of github.com/gobwas/glob v0.2.3 (the version Velero pins), ported from its
 * `syntax/lexer/lexer.go` and `syntax/ast/parser.go` so that compile errors, and which error wins,
 * are the same as Go's. Quirks kept on purpose:
 *  - an unclosed `{` is NOT an error: the alternatives simply end at the end of the pattern;
 *  - a trailing `\` is dropped; a NUL rune ends the pattern like end of input;
 *  - U+FFFD anywhere (Go's decoding of invalid UTF-8) fails with "could not read rune";
 *  - `,` and `}` are plain text outside `{…}`; `]` is plain text outside `[…]`;
 *  - inside `[…]` a range is only recognised at the start (`[a-z]`, `[!a-z]`); elsewhere `-` is a
 *    literal (`[ab-c]` is the list a, b, -, c).
 */
import { quoteGoString } from './quote.ts';
import { RUNE_ERROR, toRunes } from './strings.ts';

export type GlobNode =
  | { kind: 'pattern'; children: GlobNode[] }
  | { kind: 'anyOf'; children: GlobNode[] }
  | { kind: 'text'; text: string }
  | { kind: 'any' }
  | { kind: 'super' }
  | { kind: 'single' }
  | { kind: 'list'; chars: string; not: boolean }
  | { kind: 'range'; lo: number; hi: number; not: boolean };

type TokenType =
  | 'eof'
  | 'error'
  | 'text'
  | 'any'
  | 'super'
  | 'single'
  | 'not'
  | 'separator'
  | 'range_open'
  | 'range_close'
  | 'range_lo'
  | 'range_hi'
  | 'range_between'
  | 'terms_open'
  | 'terms_close';

interface Token {
  type: TokenType;
  raw: string;
}

/** gobwas uses rune 0 as its end-of-input marker, so a NUL in the pattern reads as the end. */
const EOF = 0;
const inTextBreakers = ['?', '*', '[', '{'].map((c) => c.charCodeAt(0));
const inTermsBreakers = [...inTextBreakers, 0x7d /* } */, 0x2c /* , */];
const rangeBreakers = [0x5d /* ] */];

/** `lexer` from gobwas/glob `syntax/lexer/lexer.go`: lazy, one item per fetch, error first. */
class Lexer {
  private pos = 0;
  private err: string | null = null;
  private readonly tokens: Token[] = [];
  private termsLevel = 0;
  private lastRune = EOF;
  private lastRuneSize = 0;
  private hasRune = false;

  constructor(private readonly runes: readonly number[]) {}

  next(): Token {
    for (;;) {
      if (this.err !== null) return { type: 'error', raw: this.err };
      const token = this.tokens.shift();
      if (token) return token;
      this.fetchItem();
    }
  }

  private push(type: TokenType, raw: string): void {
    this.tokens.push({ type, raw });
  }

  private peek(): [rune: number, width: number] {
    const r = this.runes[this.pos];
    if (r === undefined) return [EOF, 0];
    if (r === RUNE_ERROR) {
      this.err = 'could not read rune';
      return [EOF, 0];
    }
    return [r, 1];
  }

  private read(): number {
    if (this.hasRune) {
      this.hasRune = false;
      this.pos += this.lastRuneSize;
      return this.lastRune;
    }
    const [r, w] = this.peek();
    this.pos += w;
    this.lastRune = r;
    this.lastRuneSize = w;
    return r;
  }

  private unread(): void {
    if (this.hasRune) {
      this.err = 'could not unread rune';
      return;
    }
    this.pos -= this.lastRuneSize;
    this.hasRune = true;
  }

  private fetchItem(): void {
    const r = this.read();
    const ch = String.fromCodePoint(r);
    if (r === EOF) this.push('eof', '');
    else if (ch === '{') {
      this.termsLevel++;
      this.push('terms_open', ch);
    } else if (ch === ',' && this.termsLevel > 0) this.push('separator', ch);
    else if (ch === '}' && this.termsLevel > 0) {
      this.push('terms_close', ch);
      this.termsLevel--;
    } else if (ch === '[') {
      this.push('range_open', ch);
      this.fetchRange();
    } else if (ch === '?') this.push('single', ch);
    else if (ch === '*') {
      if (this.read() === r) this.push('super', '**');
      else {
        this.unread();
        this.push('any', ch);
      }
    } else {
      this.unread();
      this.fetchText(this.termsLevel > 0 ? inTermsBreakers : inTextBreakers);
    }
  }

  private fetchRange(): void {
    let wantHi = false;
    let wantClose = false;
    let seenNot = false;
    for (;;) {
      const r = this.read();
      if (r === EOF) {
        this.err = 'unexpected end of input';
        return;
      }
      const ch = String.fromCodePoint(r);
      if (wantClose) {
        if (ch !== ']') this.err = 'expected close range character';
        else this.push('range_close', ch);
        return;
      }
      if (wantHi) {
        this.push('range_hi', ch);
        wantClose = true;
        continue;
      }
      if (!seenNot && ch === '!') {
        this.push('not', ch);
        seenNot = true;
        continue;
      }
      const [n, w] = this.peek();
      if (n === 0x2d /* - */) {
        this.pos += w;
        this.push('range_lo', ch);
        this.push('range_between', '-');
        wantHi = true;
        continue;
      }
      this.unread();
      this.fetchText(rangeBreakers);
      wantClose = true;
    }
  }

  private fetchText(breakers: readonly number[]): void {
    const data: number[] = [];
    let escaped = false;
    for (;;) {
      const r = this.read();
      if (r === EOF) break;
      if (!escaped) {
        if (r === 0x5c /* \ */) {
          escaped = true;
          continue;
        }
        if (breakers.includes(r)) {
          this.unread();
          break;
        }
      }
      escaped = false;
      data.push(r);
    }
    if (data.length > 0) this.push('text', String.fromCodePoint(...data));
  }
}

function insert(parent: GlobNode, child: GlobNode): void {
  if (parent.kind === 'pattern' || parent.kind === 'anyOf') parent.children.push(child);
}

/**
 * Parses a glob pattern as gobwas/glob v0.2.3's `syntax.Parse` (`syntax/ast/parser.go` parserMain and
 * parserRange), returning Go's error message when it fails. Velero compiles namespace patterns with it.
 */
export function parseGlob(pattern: string): { ast: GlobNode } | { error: string } {
  const lexer = new Lexer(toRunes(pattern));
  const root: GlobNode = { kind: 'pattern', children: [] };
  const stack: GlobNode[] = [root]; // patterns and the anyOf nodes between them
  for (;;) {
    const tree = stack[stack.length - 1] ?? root;
    const token = lexer.next();
    switch (token.type) {
      case 'eof':
        return { ast: root };
      case 'error':
        return { error: token.raw };
      case 'text':
        insert(tree, { kind: 'text', text: token.raw });
        break;
      case 'any':
      case 'super':
      case 'single':
        insert(tree, { kind: token.type });
        break;
      case 'range_open': {
        const parsed = parseRange(lexer);
        if ('error' in parsed) return parsed;
        insert(tree, parsed.node);
        break;
      }
      case 'terms_open': {
        const anyOf: GlobNode = { kind: 'anyOf', children: [] };
        const first: GlobNode = { kind: 'pattern', children: [] };
        insert(tree, anyOf);
        insert(anyOf, first);
        stack.push(anyOf, first);
        break;
      }
      case 'separator': {
        stack.pop();
        const anyOf = stack[stack.length - 1];
        if (anyOf?.kind !== 'anyOf') return { error: 'unknown error' };
        const alternative: GlobNode = { kind: 'pattern', children: [] };
        insert(anyOf, alternative);
        stack.push(alternative);
        break;
      }
      case 'terms_close':
        stack.splice(-2, 2);
        if (stack.length === 0) return { error: 'unknown error' };
        break;
      default:
        return { error: `unexpected token: ${token.type}<${quoteGoString(token.raw)}>` };
    }
  }
}

/** `parserRange`: reads up to range_close; other token types are skipped, as in Go. */
function parseRange(lexer: Lexer): { node: GlobNode } | { error: string } {
  let not = false;
  let lo = 0;
  let hi = 0;
  let chars = '';
  for (;;) {
    const token = lexer.next();
    switch (token.type) {
      case 'eof':
        return { error: 'unexpected end' };
      case 'error':
        return { error: token.raw };
      case 'not':
        not = true;
        break;
      case 'range_lo':
        lo = token.raw.codePointAt(0) ?? 0;
        break;
      case 'range_hi':
        hi = token.raw.codePointAt(0) ?? 0;
        if (hi < lo) {
          const h = String.fromCodePoint(hi);
          const l = String.fromCodePoint(lo);
          return { error: `hi character '${h}' should be greater than lo '${l}'` };
        }
        break;
      case 'text':
        chars = token.raw;
        break;
      case 'range_close': {
        const isRange = lo !== 0 && hi !== 0;
        if ((chars !== '') === isRange) return { error: 'could not parse range' };
        return { node: isRange ? { kind: 'range', lo, hi, not } : { kind: 'list', chars, not } };
      }
      default:
        break;
    }
  }
}
