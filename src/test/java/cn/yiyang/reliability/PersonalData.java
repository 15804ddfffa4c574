package cn.yiyang.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a public answer or page must never hold: ID numbers, mobile numbers, staff account names (issue 14). */
public final class PersonalData {

    /** An 18-character 居民身份证号码: region, birth date 18xx–20xx, sequence, check character. */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}"
            + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number: 11 digits starting 13–19. */
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private PersonalData() {
    }

    /** The personal data found in a text; a staff account name counts as a whole token only. */
    public static List<String> find(String text, List<String> staffUsernames) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(ID_NUMBER, MOBILE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        for (String username : staffUsernames) {
            if (Pattern.compile("(?<![A-Za-z0-9_.@-])" + Pattern.quote(username) + "(?![A-Za-z0-9_.@-])")
                    .matcher(text).find()) {
                found.add("account " + username);
            }
        }
        return found;
    }

    /** The account names of all staff (accounts of no institution), as the accounts table holds them now. */
    public static List<String> staffUsernames(JdbcTemplate jdbc) {
        return jdbc.queryForList("select username from account where institution_id is null", String.class);
    }
}
