/**
 * Four eyes: what an archivist enters or changes reaches readers only after a reviewer, who did not
 * write it, has approved it. A {@link org.treatyarchive.review.Proposal} carries one piece of work
 * (a new record, a change to a published one, a withdrawal) through draft, review and approval, with
 * every submission, return and decision in its steps.
 */
package org.treatyarchive.review;
