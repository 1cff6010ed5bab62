import type { ClaimRecord, DisputedClaim, EventRecord, TimelineEntry } from '../schema/graph.js';

/**
 * One readable line for a query result, the way the CLI's table and a script's log would print it:
 * an event as `date  what happened (modality)`, a claim as `date  claimant (kind, "cue"): content`, a timeline
 * entry as its record, and a disputed claim as its claim followed by one indented line per disputing claim.
 *
 * @example
 * eventsOnDate(graph, '2025-12-02').map(summarize);
 * // ['2025-12-02  meeting of Vladimir Putin and Steve Witkoff in Kremlin']
 * claimsByActor(graph, 'Ushakov').map(summarize);
 * // ['2025-12-02  Yuri Ushakov (assessment, "called"): the talks useful']
 */
export function summarize(result: ClaimRecord | EventRecord | TimelineEntry | DisputedClaim): string {
  if ('kind' in result && (result.kind === 'event' || result.kind === 'claim') && 'record' in result) return summarize(result.record);
  if ('disputedBy' in result) {
    const by = (d: ClaimRecord): string => `  disputed by ${d.claimant ?? 'unattributed'} (${d.kind}, "${d.cue}", ${d.date ?? 'undated'}): ${d.content}`;
    return [summarize(result.claim), ...result.disputedBy.map(by)].join('\n');
  }
  const date = result.date ?? 'undated';
  if ('cue' in result) return `${date}  ${result.claimant ?? 'unattributed'} (${result.kind}, "${result.cue}"): ${result.content}`;
  return `${date}  ${result.summary}`;
}
