/** Backing beans of {@code review/}: the review queue, one proposal under review, the menu's badges. */
package org.treatyarchive.web.review;
