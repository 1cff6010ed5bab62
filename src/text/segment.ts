/**
 * Splits raw article text into typed blocks (slug, title, dateline, heading, paragraph, boilerplate)
 * with offsets into the original string. Nothing is rewritten, so every later offset stays valid.
 */
export type BlockKind = 'slug' | 'title' | 'dateline' | 'heading' | 'paragraph' | 'boilerplate';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/**
 * Site clutter that is never article content: comment forms, navigation, share bars and archive notices.
 * Matched against a whole trimmed line; each pattern says what it is.
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^leave a (reply|comment)$/i, // WordPress comment form
  /^your email address will not be published/i, // WordPress comment form
  /^required fields are marked/i,
  /^(back to top|go to top|scroll to top|top)$/i, // navigation
  /^(share|share this|share this article|share on \w+|tweet|print|email)(:)?$/i, // share bars
  /^(related|related articles|related stories|read more|more stories|advertisement|sponsored)(:)?$/i,
  /^(comments?|\d+ comments?|post comment|cancel reply|submit)$/i,
  /^this page is archived/i, // Wikinews archive notice
  /^(sources|references|external links|see also)(:)?$/i, // wiki footers
  /^(copyright|©|all rights reserved)/i,
  /^(sign up|subscribe|follow us|newsletter)\b.{0,60}$/i,
  /^(related|read more|read also|see also|more|watch|listen|recommended|trending)\s*:\s*\S/i, // link teasers
  /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+((\s*,\s*|\s+and\s+)(\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)*(\s*[,|]\s*[\p{L} ]{2,40})?$/u, // bylines
];

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A line that is only a date: the dateline news sites print under the title ("Updated 4:12 PM ET, March 10, 2026"). */
const DATELINE = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|published|posted|first published|modified)(?:\\s+on)?:?\\s+(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?,?\\s+)?)?` +
    `(?:(?:${WEEKDAY}|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[\\s,]+\\d{1,2}:\\d{2}.{0,12})?$`,
  'i',
);

/**
 * The wire dateline that opens a lead paragraph: "KYIV, Oct 8 (Reuters) - ", "WASHINGTON (AP) _ ",
 * "NEW YORK — ", "Oslo (Business Wire) -- ". The city is in capitals or the agency is named in brackets;
 * a dash or AP's underscore ends it. Group 1 is the city, group 2 the state or country after it.
 */
const WIRE_DATELINE = new RegExp(
  `^((?:\\p{Lu}[\\p{Lu}.'’-]+)(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}|\\p{Lu}[\\p{Ll}.'’-]+(?:\\s+\\p{Lu}[\\p{Ll}.'’-]+){0,2}(?=[^()]{0,60}\\())` +
    `(,\\s*[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,2})?` + // group 2, state or country: ", Calif.", ", Ukraine"
    `(?:,?\\s*(?:${anyCase(WEEKDAY)},?\\s+)?(?:${anyCase(MONTH)}\\s+\\d{1,2}|\\d{1,2}\\s+${anyCase(MONTH)})(?:,?\\s+\\d{4})?)?` + // the date
    `(?:\\s*\\([\\p{L}&.' -]{2,40}\\))?` + // the agency
    `\\s*(?:-{1,2}|—|–|_)\\s+`,
  'u',
);

/** A lower-case pattern that also matches its capitalised and upper-case forms ("oct" -> "[oO][cC][tT]"). */
function anyCase(pattern: string): string {
  return pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** The wire dateline opening `line` and its city, or null; the city must be written as wire copy writes it. */
function wireDateline(line: string): { length: number; city: string; place: string } | null {
  const m = WIRE_DATELINE.exec(line);
  if (!m) return null;
  const city = m[1] as string;
  // "NAIROBI, Kenya": the city and the state or country it is in, written out ("Calif." is left to the city)
  const place = m[2] !== undefined && !m[2].includes('.') ? city + m[2] : city;
  const hasAgency = /\)\s*(?:-{1,2}|—|–|_)\s+$/.test(m[0]);
  // capitals ("KYIV") or an agency in brackets ("Oslo (Reuters)"); "The talks - which" is no dateline
  if (!hasAgency && (city !== city.toUpperCase() || city.length < 3)) return null;
  return { length: m[0].length, city, place };
}

/** Length of the wire dateline opening `line`, or 0. */
export function wireDatelineLength(line: string): number {
  return wireDateline(line)?.length ?? 0;
}

/**
 * The places of a wire dateline block as offsets in it: its city and the state or country written out after it
 * ("KYIV, Oct 8 (Reuters) -" -> KYIV; "NAIROBI, Kenya -" -> NAIROBI and Kenya); empty for other datelines.
 */
export function wireDatelinePlaces(block: string): Array<{ start: number; end: number }> {
  const found = wireDateline(`${block} `);
  if (!found) return [];
  const places = [{ start: 0, end: found.city.length }];
  const state = /^,\s*/.exec(found.place.slice(found.city.length));
  if (state) places.push({ start: found.city.length + state[0].length, end: found.place.length });
  return places;
}

/** A slug line: one token joined by underscores or hyphens, as CMS exports print before the title. */
const SLUG = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9'’]+){2,}$/;

export function isBoilerplateLine(line: string): boolean {
  return BOILERPLATE_LINES.some((re) => re.test(line));
}

/**
 * A heading is a short line without a sentence end: it labels a section and is not a sentence.
 * Questions ("What's Next?") count when short.
 */
function isHeadingLine(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (/[.:;,]["'”’)]?$/.test(line)) return false;
  if (/[?!]$/.test(line) && words.length > 6) return false;
  return /^[\p{Lu}\d"'“‘]/u.test(line);
}

/** Headlines run longer than section headings but still end without a full stop. */
function isTitleLine(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  return words.length <= 30 && !/[.:;,]["'”’)]?$/.test(line) && !/[.!?]["'”’]?\s+\S/.test(line);
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start: from, end: m.index, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  lines.push({ start: from, end: text.length, text: text.slice(from) });
  return lines;
}

/** Trims a line's offsets to its non-space content. */
function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + body.length, text: body };
}

/**
 * Segments article text into blocks. Consecutive non-blank lines form a paragraph unless a line is
 * a heading, dateline or clutter on its own; a text whose paragraphs are single lines (the common
 * copy-paste form) therefore segments line by line.
 *
 * @example segmentText("Title\n\nBody sentence one.").map((b) => b.kind) // ['title', 'paragraph']
 */
export function segmentText(text: string): Block[] {
  const blocks: Block[] = [];
  let seenContent = false;
  // Tracked, not searched for in `blocks`, so a text of 100,000 short lines segments in linear time.
  let hasTitle = false;
  let paragraph: { start: number; end: number } | null = null;
  let footer = false; // once clutter starts after content, the rest is clutter too

  const flush = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', ...paragraph });
    paragraph = null;
  };

  for (const raw of splitLines(text)) {
    const line = trimmed(raw);
    if (line.text.length === 0) {
      flush();
      continue;
    }
    if (footer || isBoilerplateLine(line.text)) {
      flush();
      if (seenContent && /^(leave a|your email|required fields|this page is archived|comments?)\b/i.test(line.text)) footer = true;
      blocks.push({ kind: 'boilerplate', start: line.start, end: line.end });
      continue;
    }
    const isFirst = blocks.length === 0 && paragraph === null;
    if (isFirst && SLUG.test(line.text)) {
      blocks.push({ kind: 'slug', start: line.start, end: line.end });
      continue;
    }
    if (DATELINE.test(line.text)) {
      flush();
      blocks.push({ kind: 'dateline', start: line.start, end: line.end });
      continue;
    }
    if (paragraph === null && !hasTitle && !seenContent && isTitleLine(line.text)) {
      blocks.push({ kind: 'title', start: line.start, end: line.end });
      hasTitle = true;
      continue;
    }
    if (paragraph === null && isHeadingLine(line.text) && !/[.!?]["'”’]?\s+\S/.test(line.text)) {
      const kind = hasTitle || seenContent ? 'heading' : 'title';
      blocks.push({ kind, start: line.start, end: line.end });
      if (kind === 'title') hasTitle = true;
      continue;
    }
    const wire: number = paragraph === null && !seenContent ? wireDatelineLength(line.text) : 0;
    if (wire > 0) {
      // the dateline is not part of the lead's first sentence: its agency neither acts nor speaks there
      blocks.push({ kind: 'dateline', start: line.start, end: line.start + line.text.slice(0, wire).trimEnd().length });
      paragraph = { start: line.start + wire, end: line.end };
      seenContent = true;
      continue;
    }
    seenContent = true;
    if (paragraph) paragraph.end = line.end;
    else paragraph = { start: line.start, end: line.end };
  }
  flush();
  return blocks;
}
