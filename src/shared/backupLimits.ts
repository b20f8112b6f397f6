/**
 * Largest backup file accepted, far above what thousands of accounts take. The settings page
 * compares it with the file's size in bytes, and the worker with the length of its text in
 * UTF-16 code units. Decoding UTF-8 never yields more code units than bytes, so a file that the
 * page accepts also passes the worker's check.
 */
export const MAX_BACKUP_BYTES = 5_000_000;

/** MAX_BACKUP_BYTES in megabytes (10^6 bytes), as messages to the user state it. */
export const MAX_BACKUP_MEGABYTES = MAX_BACKUP_BYTES / 1_000_000;
