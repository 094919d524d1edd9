package org.treatyarchive.shared;

/**
 * Runs work after the request that started it has returned, on threads the container manages (so
 * they carry its naming and transaction context). The domain says what to run; the persistence
 * module says how the container provides the threads.
 */
public interface BackgroundWork {

    void submit(Runnable task);
}
