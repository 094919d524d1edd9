/**
 * How people and scripts sign in: the authentication mechanism (the Faces sign-in form, HTTP Basic for
 * the JSON API), the identity store backed by the user accounts, and the signed-in user for views.
 */
package org.treatyarchive.web.security;
