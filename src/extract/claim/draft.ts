import type { Claim } from '../../schema/claim.js';

/** A claim plus where its content lies, which the event stage uses to set modality. */
export interface ClaimDraft extends Claim {
  contentStart: number;
  contentEnd: number;
}
