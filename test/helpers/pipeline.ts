import { segmentText } from '../../src/text/segment.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tagSentences } from '../../src/nlp/tokens.js';
import { extractEntities } from '../../src/extract/entities.js';

/** Runs the stages up to entities on a text, for tests of one stage. */
export function entitiesOf(text: string) {
  const blocks = segmentText(text);
  const tagged = tagSentences(text, splitSentences(text, blocks));
  return { text, blocks, tagged, ...extractEntities(text, tagged) };
}
