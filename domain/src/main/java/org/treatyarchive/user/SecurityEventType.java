package org.treatyarchive.user;

/** What the security log records. */
public enum SecurityEventType {
    LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, LOGOUT, ACCESS_DENIED,
    USER_CREATED, USER_CHANGED, ROLE_GRANTED, ROLE_REVOKED, PASSWORD_RESET, PASSWORD_CHANGED,
    USER_DISABLED, USER_ENABLED, USER_UNLOCKED, RECORD_DELETED,
    /** A stored file's content no longer matches its checksum, or the file is gone: found by the fixity audit. */
    FILE_DAMAGED, FILE_MISSING,
    /** A file given to the archive and refused (wrong type, too large, encrypted...): nothing was stored. */
    FILE_REFUSED,
    /** An administrator's import that published its records at once, past review. */
    IMPORT_PUBLISHED,
    /** The whole archive written out for another archive, or read in from one. */
    ARCHIVE_EXPORTED, ARCHIVE_RESTORED,
    /** A copy of the database written by the archive for a backup. */
    BACKUP_WRITTEN
}
