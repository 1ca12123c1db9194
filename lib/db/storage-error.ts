/**
 * What the browser's storage failing means to the user, said once. IndexedDB fails to open in
 * some private modes and in damaged profiles, and writes fail on a full disk; Dexie reports each
 * under its own error name. The user's notes are never touched by such a failure: the message
 * says so, and says what to do.
 */

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

export class StorageUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'StorageUnavailableError';
  }
}

function errorNames(err: unknown): string[] {
  const names: string[] = [];
  // Dexie wraps the browser's error (`inner`): either name may be the telling one.
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  return names;
}

/** The error as the user should read it, or the error itself when it is not about storage. */
export function explainStorageError(err: unknown): unknown {
  if (err instanceof StorageUnavailableError) return err;
  const names = errorNames(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (names.includes('QuotaExceededError')) {
    return new StorageUnavailableError(
      `The browser's storage is full, so this change was not saved (nothing else was changed). Free some disk space and try again. (${detail})`,
      err,
    );
  }
  if (names.some((n) => OPEN_FAILURES.has(n))) {
    return new StorageUnavailableError(
      `The notes database could not be opened: this browser profile's storage is unavailable (private browsing, or a damaged profile). Nothing was changed. (${detail})`,
      err,
    );
  }
  return err;
}

/** Handlers whose storage failures reach the caller as a StorageUnavailableError. */
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
