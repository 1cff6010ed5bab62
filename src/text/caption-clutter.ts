/*
 * Scraped news pages keep the furniture of the photos they carried: "Image copyright Getty Images Image caption
 * Protesters in the square", "Image source, Reuters", "Photograph: Jane Doe/AFP". The caption itself is text about
 * the story; the markers and the credit after them are not, and evidence shown to a reader should not start or end
 * with them. Markers are matched as written by the sites that print them; a credit is the run of capitalised words
 * (with "/", "&", "-", "via") that follows a copyright, credit or source marker.
 */

/** A photo or video marker: "Image copyright", "Media caption", "Image source,", "Photograph:", "Photo credit:". */
const MARKER = /\b(?:(?:Image|Photo|Picture|Media|Video|Graphic)\s+(copyright|caption|credit|source)\b(?:\s*[,:])?|(Photograph|Photo|Picture|Credit|Caption)\s*:)/g;

/** One word of a credit: "Getty", "Images", "AFP/Getty", "EPA-EFE", "REX/Shutterstock", "via", "&". */
const CREDIT_WORD = /^\s+(?:\p{Lu}[\p{L}\d.'’-]*(?:\/[\p{L}\d.'’-]+)*|via|&|\/)(?=\s|$|[,;])/u;
const MAX_CREDIT_WORDS = 6;

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Spans of caption and credit clutter in `text` between `from` and `to`: each marker with the credit that
 * follows a copyright, credit or source marker. Captions' own words are not clutter.
 *
 * @example
 * const t = 'Image copyright Getty Images Image caption Police in the square';
 * captionClutter(t).map((s) => t.slice(s.start, s.end)); // ['Image copyright Getty Images', 'Image caption']
 */
export function captionClutter(text: string, from = 0, to = text.length): TextSpan[] {
  const spans: TextSpan[] = [];
  const region = text.slice(0, to);
  MARKER.lastIndex = from;
  for (let m = MARKER.exec(region); m !== null; m = MARKER.exec(region)) {
    let end = m.index + m[0].length;
    const kind = (m[1] ?? m[2] ?? '').toLowerCase();
    if (kind !== 'caption') {
      // The credit: capitalised words up to the next marker, punctuation or lower-case word.
      for (let n = 0; n < MAX_CREDIT_WORDS; n++) {
        const rest = region.slice(end, end + 80);
        const word = CREDIT_WORD.exec(rest);
        if (word === null || /^\s+(?:Image|Photo|Picture|Media|Video|Graphic)\s+(?:copyright|caption|credit|source)\b/.test(rest)) break;
        end += word[0].length;
      }
    }
    spans.push({ start: m.index, end });
    MARKER.lastIndex = end;
  }
  return spans;
}
