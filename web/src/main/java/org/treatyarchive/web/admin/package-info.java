/** Backing beans of the administration views in {@code /admin/}: the security log; users in {@code users}. */
package org.treatyarchive.web.admin;
