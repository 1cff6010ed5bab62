/** A mistake in the command line: exit status 2, a one-line message and a pointer to --help. */
export class UsageError extends Error {}

/** A failure that has already been explained; exit status 1. */
export class RuntimeError extends Error {}

/** An error message on one line, for stderr reports. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** The pointer to --help printed under every usage error. */
export const HINT = "Run 'newsgraph --help' for usage.";
