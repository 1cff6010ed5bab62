// Clock times: "6am", "6 a.m.", "18:00 UTC", "6:30 p.m.", "noon", "1800 GMT".
import { freeNumber, match, tok, w, attached, type Rule, type TokenSeq } from './token-seq.js';

function meridiemAt(s: TokenSeq, i: number): { pm: boolean; end: number } | null {
  const l = w(s, i);
  if (l === 'am' || l === 'a.m.' || l === 'a.m') return { pm: false, end: i + 1 };
  if (l === 'pm' || l === 'p.m.' || l === 'p.m') return { pm: true, end: i + 1 };
  return null;
}

function zoneAt(s: TokenSeq, i: number): { zone: string; end: number } {
  const t = tok(s, i);
  if (t && (t.text === 'UTC' || t.text === 'GMT' || t.text === 'Z')) {
    const offset = tok(s, i + 1);
    const hasOffset = offset && (offset.text === '+' || offset.text === '-' || offset.text === '−');
    return { zone: hasOffset ? '' : 'Z', end: i + 1 };
  }
  if (w(s, i) === 'local' && w(s, i + 1) === 'time') return { zone: '', end: i + 2 };
  return { zone: '', end: i };
}

/** "6am", "6 a.m.", "18:00 UTC", "6:30 p.m.", "noon", "midnight", "1800 GMT". */
export const clock: Rule = (s, i) => {
  const t = tok(s, i);
  if (!t) return null;
  if (t.lower === 'noon' || t.lower === 'midday' || t.lower === 'midnight') {
    if (w(s, i + 1) === '-' && attached(s, i + 1)) return null;
    const h = t.lower === 'midnight' ? 24 : 12;
    return match(i, i + 1, { t: 'clock', h, min: 0, zone: '' }, 'clock');
  }
  if (t.kind !== 'num' || !freeNumber(s, i)) return null;
  let h = Number(t.text);
  let min = 0;
  let end = i + 1;
  let explicit = false;
  const next = tok(s, end + 1);
  if (t.text.length <= 2 && (w(s, end) === ':' || w(s, end) === '.') && attached(s, end) && next?.kind === 'num' && attached(s, end + 1) && next.text.length === 2) {
    const dot = w(s, end) === '.';
    const mer = meridiemAt(s, end + 2);
    // "10.30" is a clock time only with a meridiem or a zone after it ("10.30 local time", "07.30 UTC")
    const zoned = zoneAt(s, end + 2).end > end + 2;
    if (!dot || mer || zoned) {
      min = Number(next.text);
      end += 2;
      explicit = true;
    }
  } else if (t.text.length === 4) {
    const zone = zoneAt(s, end);
    if (zone.end === end || zone.zone === '') return null;
    h = Math.floor(h / 100);
    min = Number(t.text) % 100;
    explicit = true;
  }
  const mer = meridiemAt(s, end);
  if (mer) {
    if (h < 1 || h > 12) return null;
    h = mer.pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    end = mer.end;
  } else if (w(s, end) === "o'clock") {
    end += 1;
  } else if (!explicit) return null;
  if (h > 24 || min > 59) return null;
  const zone = zoneAt(s, end);
  return match(i, zone.end, { t: 'clock', h, min, zone: zone.zone }, 'clock');
};
