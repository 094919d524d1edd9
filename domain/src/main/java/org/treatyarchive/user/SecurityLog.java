package org.treatyarchive.user;

import java.util.List;

/** The security log, newest first. */
public interface SecurityLog {

    void record(SecurityEvent event);

    List<SecurityEvent> latest(int firstRow, int size);

    long count();
}
