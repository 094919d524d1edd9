/** Backing beans of the views in {@code /account/}: signing in and out, changing one's password. */
package org.treatyarchive.web.account;
