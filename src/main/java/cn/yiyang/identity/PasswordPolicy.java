package cn.yiyang.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password policy of every account an ADMIN creates or changes (the demo accounts are loaded by the demo profile
 * only, and the product refuses to start outside it while any of them is left): at least 12 characters, of at least
 * three kinds (lower case, upper case, digits, symbols, 汉字), not the account name, not a well-known password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final Set<String> WELL_KNOWN = Set.of("demo", "password", "password123", "password1234",
            "123456789012", "qwertyuiop12", "admin123456", "administrator", "changeme1234", "abc123456789",
            "p@ssw0rd1234", "woaini1314520");

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in Chinese for the form; empty when it follows the policy. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少 " + MIN_LENGTH + " 位");
        }
        if (password.length() > 100) {
            return Optional.of("密码不能超过 100 位");
        }
        int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0)
                + (password.chars().anyMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c)
                        && !Character.isUpperCase(c)) ? 1 : 0); // 汉字 and other caseless letters
        if (kinds < 3) {
            return Optional.of("密码须包含小写字母、大写字母、数字、符号、汉字中的至少三类");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含用户名");
        }
        if (WELL_KNOWN.contains(lower)) {
            return Optional.of("密码过于常见，请换一个");
        }
        return Optional.empty();
    }
}
