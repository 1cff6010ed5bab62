import nlp from 'compromise';

/**
 * Our compromise plugin: news vocabulary the default lexicon lacks or mis-tags. A plain object of
 * `words` and `tags` in compromise's plugin format; registered once, lazily (see `getNlp`).
 */
export const newsPlugin = {
  tags: {
    NewsRole: { isA: 'Noun' },
  },
  words: {
    // Role nouns that precede names in news and are not names themselves.
    envoy: 'NewsRole',
    aide: 'NewsRole',
    spokesperson: 'NewsRole',
    'commander-in-chief': 'NewsRole',
    // Verbs of news the default lexicon lacks, whose forms it then tags as nouns ("Soldiers massacred 40
    // protesters"); an infinitive entry is conjugated by compromise, and "the massacre" stays a noun by context.
    massacre: 'Infinitive',
    // Lower-case words compromise sometimes tags as proper nouns at the start of headings.
    reply: 'Noun',
  },
};

let registered = false;

/**
 * Returns compromise with our plugin registered. compromise keeps one global world, so the plugin is
 * registered on the first parse, never as a side effect of importing newsgraph.
 */
export function getNlp(): typeof nlp {
  if (!registered) {
    nlp.plugin(newsPlugin as Parameters<typeof nlp.plugin>[0]);
    registered = true;
  }
  return nlp;
}
