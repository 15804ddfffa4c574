package cn.yiyang.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures as one table on stdout and as JSON in target/benchmark/{scale}-{timestamp}.json. */
final class Report {

    private Report() {
    }

    static Path writeJson(Map<String, Object> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(results.get("scale") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
        return file;
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> env = (Map<String, Object>) r.get("environment");
        Map<String, Object> load = (Map<String, Object>) r.get("loading");
        sb.append("\n=== yiyang benchmark, scale ").append(r.get("scale")).append(" ===\n");
        sb.append("cores ").append(env.get("cores")).append(", ").append(env.get("database")).append(", Java ")
                .append(env.get("java")).append(", load average at start ").append(env.get("loadAverageAtStart"))
                .append(", at end ").append(r.get("loadAverageAtEnd")).append('\n');
        if (load.get("earlierLoading") instanceof Map<?, ?> earlier) { // -Dbench.data: measured again, not loaded
            sb.append("data loaded by an earlier run into the same directory; ");
            load = (Map<String, Object>) earlier;
        }
        sb.append("loaded: %s institutions, %s closed cases in %s s (SQL), %s open cases submitted in %s s (%s/s)%n"
                .formatted(load.get("institutions"), load.get("closedCases"), load.get("closedSeconds"),
                        load.get("openCases"), load.get("openSubmitSeconds"), load.get("openSubmitsPerSecond")));
        Map<String, Object> sub = (Map<String, Object>) r.get("submission");
        List<String> levels = new ArrayList<>(((Map<String, Object>) sub.get("service")).keySet());
        sb.append("%-44s %10s %10s %10s%n".formatted("figure", levels.get(0) + " client", levels.get(1) + " clients",
                levels.get(2) + " clients"));
        row(sb, "filings/s, application service", (Map<String, Object>) sub.get("service"), "perSecond");
        row(sb, "process starts/s, bare engine", (Map<String, Object>) sub.get("bareEngine"), "perSecond");
        Map<String, Object> ratio = (Map<String, Object>) sub.get("ratioServiceToBare");
        sb.append("%-44s %10s %10s %10s%n".formatted("ratio service / bare", ratio.get(levels.get(0)),
                ratio.get(levels.get(1)), ratio.get(levels.get(2))));
        if (sub.get("preparedSubmit") instanceof Map<?, ?> prepared) {
            sb.append("%-44s %10s %10s %10s%n".formatted("submissions/s of prepared drafts (issue's tx)",
                    ((Map<?, ?>) prepared.get(levels.get(0))).get("perSecond"),
                    ((Map<?, ?>) prepared.get(levels.get(1))).get("perSecond"),
                    ((Map<?, ?>) prepared.get(levels.get(2))).get("perSecond")));
            Map<String, Object> pr = (Map<String, Object>) sub.get("ratioPreparedSubmitToBare");
            sb.append("%-44s %10s %10s %10s%n".formatted("ratio prepared submission / bare", pr.get(levels.get(0)),
                    pr.get(levels.get(1)), pr.get(levels.get(2))));
            Map<String, Object> drafts = (Map<String, Object>) sub.get("preparedDrafts");
            sb.append("%-44s %10s %10s %10s%n".formatted("drafts prepared/s (create + 9 uploads, 4 thr)",
                    ((Map<?, ?>) drafts.get(levels.get(0))).get("perSecond"),
                    ((Map<?, ?>) drafts.get(levels.get(1))).get("perSecond"),
                    ((Map<?, ?>) drafts.get(levels.get(2))).get("perSecond")));
        }
        row(sb, "filings/s, HTTP API", (Map<String, Object>) sub.get("http"), "perSecond");
        if (sub.get("statements") instanceof Map<?, ?> st) {
            sb.append(("SQL statements (server's Questions) per full filing %s, per prepared draft %s, per submission %s, "
                    + "per bare start %s%n").formatted(((Map<?, ?>) st.get("perFullFiling")).get("Questions"),
                            ((Map<?, ?>) st.get("perPreparedDraft")).get("Questions"),
                            ((Map<?, ?>) st.get("perPreparedSubmit")).get("Questions"),
                            st.get("perBareStart") instanceof Map<?, ?> b ? b.get("Questions") : "-"));
        }
        Map<String, Object> phases = (Map<String, Object>) sub.get("servicePhasesMedian");
        if (phases != null) {
            for (String level : levels) {
                sb.append("full filing phases at %s client(s), median ms: %s%n".formatted(level, phases.get(level)));
            }
        }
        Map<String, Object> tc = (Map<String, Object>) r.get("taskCompletion");
        sb.append("%-44s %10s %10s %10s%n".formatted("task completions/s (claim + complete)",
                ((Map<String, Object>) tc.get("1")).get("perSecond"), ((Map<String, Object>) tc.get("4")).get("perSecond"), "-"));
        sb.append("%-44s %10s %10s %10s%n".formatted("latency (ms, " + ((Map<?, ?>) r.get("inbox")).get("queries")
                + " queries)", "median", "p95", "p99"));
        Map<String, Object> inbox = (Map<String, Object>) r.get("inbox");
        for (String k : new String[] {"queuePage1", "queuePage50", "queuePage50RowsOnly", "queueCountOnly",
                "applicantCaseList", "caseView"}) {
            Map<String, Object> s = (Map<String, Object>) inbox.get(k);
            sb.append("%-44s %10s %10s %10s%n".formatted(k, s.get("medianMs"), s.get("p95Ms"), s.get("p99Ms")));
        }
        Map<String, Object> mem = (Map<String, Object>) r.get("uiSessionMemory");
        sb.append("heap retained per open inbox session: %s KB (%s sessions)%n".formatted(
                mem.get("retainedPerSessionKb"), mem.get("sessions")));
        Object startup = r.get("startup");
        if (startup instanceof Map<?, ?> st && st.get("freshDataDir") instanceof Map<?, ?> fresh) {
            sb.append("start-up until /actuator/health UP: %s s on a fresh data dir, %s s on restart%n".formatted(
                    fresh.get("untilHealthUpSeconds"), ((Map<?, ?>) st.get("restart")).get("untilHealthUpSeconds")));
        } else {
            sb.append("start-up: ").append(startup).append('\n');
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void row(StringBuilder sb, String label, Map<String, Object> levels, String key) {
        List<Object> v = levels.values().stream().map(l -> ((Map<String, Object>) l).get(key)).toList();
        sb.append("%-44s %10s %10s %10s%n".formatted(label, v.get(0), v.get(1), v.get(2)));
    }
}
