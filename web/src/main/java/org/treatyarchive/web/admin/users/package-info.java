/** Backing beans of {@code /admin/users/}: the list of accounts, creating one, editing one. */
package org.treatyarchive.web.admin.users;
