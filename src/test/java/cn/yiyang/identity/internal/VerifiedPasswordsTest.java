package cn.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    /** Real BCrypt (cost 4 to keep the test quick), counting the comparisons it really makes. */
    static final class CountingBcrypt implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    final CountingBcrypt bcrypt = new CountingBcrypt();
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, clock);

    @Test
    void a_password_that_matched_is_not_compared_again_within_five_minutes() {
        String hash = passwords.encode("Yiyang-2026-secret");
        assertThat(passwords.matches("Yiyang-2026-secret", hash)).isTrue();
        assertThat(passwords.matches("Yiyang-2026-secret", hash)).isTrue();
        assertThat(bcrypt.comparisons).hasValue(1);

        now = now.plus(VerifiedPasswords.REMEMBER).plusSeconds(1);
        assertThat(passwords.matches("Yiyang-2026-secret", hash)).isTrue();
        assertThat(bcrypt.comparisons).hasValue(2);
    }

    @Test
    void wrong_passwords_always_pay_the_full_bcrypt_comparison() {
        String hash = passwords.encode("Yiyang-2026-secret");
        assertThat(passwords.matches("Yiyang-2026-secret", hash)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("Yiyang-2026-guess" + i, hash)).isFalse();
        }
        assertThat(passwords.matches("Yiyang-2026-guess0", hash)).isFalse();
        assertThat(bcrypt.comparisons).hasValue(5);
    }

    @Test
    void a_changed_password_hash_is_never_matched_from_memory() {
        String old = passwords.encode("Yiyang-2026-secret");
        assertThat(passwords.matches("Yiyang-2026-secret", old)).isTrue();
        String changed = passwords.encode("Another-2026-secret");
        assertThat(passwords.matches("Yiyang-2026-secret", changed)).isFalse();
        assertThat(passwords.matches("Another-2026-secret", changed)).isTrue();
        assertThat(bcrypt.comparisons).hasValue(3);
    }
}
