/**
 * Test kit: what a parsed document shows its readers (index, place, tree, value, problems), without
 * the packed tree's storage, which depends on how many documents one parser call read.
 */
import type { ParsedDocument } from '../yaml/parse.ts';

export const documentFields = (d: ParsedDocument | undefined) =>
  d && {
    index: d.index,
    start: d.start,
    end: d.end,
    value: d.value,
    plain: d.plain,
    problems: d.problems,
    root: d.root,
  };
