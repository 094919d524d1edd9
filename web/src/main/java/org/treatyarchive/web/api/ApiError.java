package org.treatyarchive.web.api;

/**
 * The body of every error answer.
 *
 * @param status    the HTTP status, repeated for clients that only see the body
 * @param error     what went wrong, in words a person can act on
 * @param parameter the query parameter or field at fault, if one is
 */
public record ApiError(int status, String error, String parameter) {
}
