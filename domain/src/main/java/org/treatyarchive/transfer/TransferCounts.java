package org.treatyarchive.transfer;

/** What a restore read in. */
public record TransferCounts(int parties, int subjects, int events, int documents, int agreements, int relations) {
}
