package cn.yiyang.ui.smoke;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product under test is a separate process started by {@code scripts/readme-run.sh} exactly as the README starts
 * it; these classes only talk to it over HTTP. {@code -Dsmoke.base-url} names it, {@code -Dsmoke.report} is the file
 * the counts go to (the script prints them in its summary).
 */
final class SmokeTarget {

    private SmokeTarget() {
    }

    static String baseUrl() {
        String url = System.getProperty("smoke.base-url");
        if (url == null || url.isBlank()) {
            fail("-Dsmoke.base-url is not set: these classes test a running product; start it with scripts/readme-run.sh");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Records one figure for the script's summary (last value of a key wins). */
    static synchronized void count(String key, Object value) {
        String file = System.getProperty("smoke.report");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), key + "=" + value + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails naming how many went wrong and the first few (a broken run can list hundreds). */
    static void noProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " " + what + "; the first " + Math.min(10, problems.size()) + ":\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(10, problems.size()))));
        }
    }

    static Path screenshots() {
        return Path.of(System.getProperty("smoke.screenshots", "target/smoke-screenshots"));
    }

    /**
     * Every demo account a reader is told about: the accounts of the demo data (demo-data.sql) and of the README's
     * table (which also names the ones the demo code adds, gov-lead and finance1). A name in either must log in.
     */
    static List<String> demoAccounts() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream sql = SmokeTarget.class.getResourceAsStream("/demo/demo-data.sql")) {
            if (sql == null) {
                fail("demo/demo-data.sql is not on the test classpath");
            }
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\(\\s*'([a-z0-9.-]+)',\\s*'[^']*',\\s*'\\$2a\\$").matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
            names.addAll(readmeAccounts(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(names);
    }

    /** The first column of the README's "Demo accounts" table; `inspector5`–`inspector8` is a range. */
    static List<String> readmeAccounts(String readme) {
        List<String> names = new ArrayList<>();
        int start = readme.indexOf("## Demo accounts");
        if (start < 0) {
            fail("README.md has no \"## Demo accounts\" section");
        }
        for (String line : readme.substring(start).split("\n")) {
            if (line.startsWith("## ") && !line.startsWith("## Demo accounts")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String first = line.split("\\|")[1];
            Matcher range = Pattern.compile("`([a-z-]+)(\\d+)`\\s*[–-]\\s*`\\1(\\d+)`").matcher(first);
            while (range.find()) {
                for (int i = Integer.parseInt(range.group(2)); i <= Integer.parseInt(range.group(3)); i++) {
                    names.add(range.group(1) + i);
                }
            }
            Matcher single = Pattern.compile("`([a-z0-9.-]+)`").matcher(first);
            while (single.find()) {
                names.add(single.group(1));
            }
        }
        return names;
    }
}
