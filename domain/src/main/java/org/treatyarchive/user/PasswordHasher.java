package org.treatyarchive.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA512, 210,000 iterations (OWASP's figure for that function),
 * a 32-byte salt and a 64-byte key, through Jakarta Security's {@link Pbkdf2PasswordHash}. The
 * parameters are stored in each hash, so raising them later leaves old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when a user name is unknown, so that the answer takes as long as for a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy password for unknown users".toCharArray());
    }

    public String hash(char[] password) {
        PasswordPolicy.check(password);
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return password != null && hash != null && pbkdf2.verify(password, hash);
    }

    /** Spends the time of one verification, for an unknown user name. */
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password == null ? new char[0] : password, decoy);
    }
}
