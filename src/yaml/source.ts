import type { Range } from '../model/ranges.ts';
import type { JsonPath } from '../model/types.ts';
import { LineIndex } from './lineIndex.ts';
import type { NodePart } from './locate.ts';
import { parseYamlStream, type ParsedDocument, type YamlProblem } from './parse.ts';

/** One input file (or editor), parsed: its documents, problems and a line index for positions. */
export interface SourceFile {
  name: string;
  text: string;
  lines: LineIndex;
  documents: ParsedDocument[];
  problems: YamlProblem[];
}

/** Parses a named text into a SourceFile; never throws. */
export function readSourceFile(name: string, text: string): SourceFile {
  const { documents, problems } = parseYamlStream(text);
  return { name, text, lines: new LineIndex(text), documents, problems };
}

/** The range of a path in a document (see `locate`); the document's start when nothing is found. */
export function findRange(
  file: SourceFile,
  document: number,
  path: JsonPath,
  part: NodePart = 'value',
): Range {
  const doc = file.documents[document];
  if (!doc) return file.lines.range(0, 0);
  const found = doc.tree ? doc.tree.locate(path, part) : null;
  if (!found) return file.lines.range(doc.start, doc.start);
  return file.lines.range(found.start, found.end);
}
