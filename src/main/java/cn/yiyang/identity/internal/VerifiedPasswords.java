package cn.yiyang.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt that remembers, for a few minutes, which password matched which stored hash. Programs authenticate every
 * API call with HTTP Basic, and one BCrypt comparison (50–150 ms on two cores) per call made a ten-request filing
 * cost more than a second (benchmark, issue 8). Only successes are remembered, so guessing stays as slow as BCrypt
 * and the login throttle still counts every failure. The key includes the stored hash, so a changed password is
 * never matched from memory; disabled and locked accounts are still refused when the account is loaded. The
 * remembered key is an HMAC under a random per-process secret: no password and no offline-guessable digest of one is
 * kept.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder bcrypt;
    private final Clock clock;
    private final SecretKeySpec secret;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(expiry -> !expiry.isAfter(now));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(key, now.plus(REMEMBER));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String key(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(encoded.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
