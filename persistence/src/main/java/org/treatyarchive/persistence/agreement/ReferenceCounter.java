package org.treatyarchive.persistence.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last archive reference number issued for a year of signature. */
@Entity
@Table(name = "agreement_reference_counter")
public class ReferenceCounter {

    @Id
    @Column(name = "signature_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReferenceCounter() {
        // for JPA
    }

    ReferenceCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastNumber;
    }

    /** Never goes back: numbers once issued stay issued. */
    void atLeast(int number) {
        lastNumber = Math.max(lastNumber, number);
    }
}
