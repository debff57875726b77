/** Source positions shared by the YAML reader and the diagnostics. */

/** 1-based line and column (UTF-16 code units, as Monaco counts). */
export interface Position {
  line: number;
  column: number;
}

/** End-exclusive, exactly Monaco's marker shape and stylelint's convention. */
export interface Range {
  start: Position;
  end: Position;
}
