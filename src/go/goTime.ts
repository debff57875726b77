/**
 * metav1.Time's JSON: UnmarshalJSON parses time.RFC3339 (fractional seconds allowed), MarshalJSON
 * writes the UTC time in RFC3339 (whole seconds), or null for the zero time. Only pods carry one.
 * Not modelled: Go's exact *time.ParseError texts, comma fractions, years outside 0000–9999.
 */

const RFC3339 = '2006-01-02T15:04:05Z07:00';
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * time.Parse(time.RFC3339, s) then UTC: an ISO string of whole seconds, or an error. The error text
 * is a simplification of Go's *time.ParseError (it names the whole value and the layout).
 */
export function parseGoTime(s: string): { time: string } | { error: string } {
  const m = PATTERN.exec(s);
  const bad = {
    error: `parsing time ${JSON.stringify(s)} as "${RFC3339}": cannot parse ${JSON.stringify(s)} as "2006"`,
  };
  if (!m) return bad;
  const [year, month, day, hour, min, sec] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const range = (what: string) => ({
    error: `parsing time ${JSON.stringify(s)}: ${what} out of range`,
  });
  if (month < 1 || month > 12) return range('month');
  const days =
    new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  if (day < 1 || day > days) return range('day');
  if (hour > 23) return range('hour');
  if (min > 59) return range('minute');
  if (sec > 59) return range('second');
  const offset = m[7] ? (Number(m[8]) * 60 + Number(m[9])) * (m[7] === '-' ? -1 : 1) : 0;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, min - offset, sec, 0);
  return { time: date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
