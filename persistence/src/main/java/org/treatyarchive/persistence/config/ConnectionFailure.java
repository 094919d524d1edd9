package org.treatyarchive.persistence.config;

import java.sql.SQLException;

/** Turns a driver's refusal to connect into a message that names the cause and the setting to fix. */
final class ConnectionFailure {

    private static final int MYSQL_ACCESS_DENIED = 1045;
    private static final int MYSQL_UNKNOWN_DATABASE = 1049;
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;

    private ConnectionFailure() {
    }

    static SQLException explain(DatabaseSettings settings, SQLException failure) {
        String message = reason(settings, failure);
        if (message == null) {
            return failure;
        }
        return new SQLException(message + " [" + failure.getMessage() + "]", failure.getSQLState(), failure.getErrorCode(), failure);
    }

    private static String reason(DatabaseSettings settings, SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        int code = failure.getErrorCode();
        if (settings.vendor() == DatabaseSettings.Vendor.MYSQL) {
            if (code == MYSQL_ACCESS_DENIED || state.equals("28000")) {
                return "The database refused the login of user '" + settings.user() + "' at " + settings.url()
                        + ": check DB_USER and DB_PASSWORD.";
            }
            if (code == MYSQL_UNKNOWN_DATABASE) {
                return "The database named in DB_URL (" + settings.url() + ") does not exist on the server: create it with "
                        + "CREATE DATABASE <name> CHARACTER SET utf8mb4, or correct DB_URL.";
            }
            if (state.startsWith("08")) {
                return "Cannot reach the MySQL/MariaDB server at " + settings.url()
                        + ": is it running, and are the host and port in DB_URL right?";
            }
            return null;
        }
        if (code == H2_DATABASE_IN_USE) {
            return "The embedded database in " + settings.dataDirectory()
                    + " is in use by another process: is the archive already running? Stop it, or set ARCHIVE_DATA_DIR to another directory.";
        }
        if (code == H2_WRONG_USER_OR_PASSWORD) {
            return "The embedded database in " + settings.dataDirectory() + " refused user '" + settings.user()
                    + "': it was created with other credentials (DB_USER and DB_PASSWORD).";
        }
        return null;
    }
}
