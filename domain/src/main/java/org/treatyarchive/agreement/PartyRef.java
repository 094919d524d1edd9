package org.treatyarchive.agreement;

import java.io.Serializable;

/** A party as a list row shows it: its code and name. */
public record PartyRef(String code, String name) implements Serializable {
}
