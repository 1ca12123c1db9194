/**
 * What the browser's storage failing means to the user, worded in one place. Writes fail on a
 * full disk; IndexedDB fails to open in some private modes and in damaged profiles. Dexie reports
 * each under its own error names. Neither failure touches the user's notes: the messages say so,
 * and say what to do.
 */

const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Errors that mean the database could not be opened at all. */
const OPEN_FAILURES = new Set([
  'OpenFailedError',
  'MissingAPIError',
  'DatabaseClosedError',
  'InvalidStateError',
  'UnknownError',
  'VersionError',
  'UpgradeError',
]);

export class NotesStorageFullError extends Error {
  override name = 'NotesStorageFullError';
  constructor(cause: unknown) {
    super(
      'The browser has no storage space left for MPP Context, so nothing was changed. ' +
        'Export your notes, then free up disk space or delete notes you no longer need, and try again.',
      { cause },
    );
  }
}

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(
      "The notes database could not be opened: this browser profile's storage is unavailable " +
        `(private browsing, or a damaged profile). Nothing was changed. (${detail})`,
      { cause },
    );
  }
}

/** The names of an error and of what it wraps: Dexie keeps the browser's as `inner`, `cause` or `failures`. */
function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  return [
    ...(typeof e.name === 'string' ? [e.name] : []),
    ...errorNames(e.inner, depth + 1),
    ...errorNames(e.cause, depth + 1),
    ...(Array.isArray(e.failures) ? e.failures.flatMap((f) => errorNames(f, depth + 1)) : []),
  ];
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).some((n) => QUOTA_ERROR_NAMES.has(n));
}

/** The error as the user should read it, or the error itself when it is not about storage. */
export function explainStorageError(error: unknown): unknown {
  if (error instanceof NotesStorageFullError || error instanceof StorageUnavailableError) return error;
  if (isQuotaError(error)) return new NotesStorageFullError(error);
  if (errorNames(error).some((n) => OPEN_FAILURES.has(n))) return new StorageUnavailableError(error);
  return error;
}

/** Handlers whose storage failures reach the caller worded for the user. */
export function withStorageErrors<H extends Record<string, (...args: never[]) => unknown>>(handlers: H): H {
  const out = {} as Record<string, unknown>;
  for (const [name, handler] of Object.entries(handlers)) {
    out[name] = async (...args: never[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        throw explainStorageError(err);
      }
    };
  }
  return out as H;
}
