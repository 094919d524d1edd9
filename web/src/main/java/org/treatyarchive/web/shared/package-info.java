/** Small helpers the backing beans share. */
package org.treatyarchive.web.shared;
