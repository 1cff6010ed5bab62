import { parseArticle } from '../../src/index.js';

/**
 * Parses an invented article (a title line, then `body`) published on 2025-06-10 and returns its claims with
 * the claimant's name beside each, plus the parse itself.
 */
export function parseClaims(body: string) {
  const parsed = parseArticle(`Test report\n\n${body}`, { publishedAt: '2025-06-10' });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}

/** The claims of an invented article, each with its claimant's name (see `parseClaims`). */
export function claimsOf(body: string) {
  return parseClaims(body).claims;
}
