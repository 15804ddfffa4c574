package cn.yiyang.benchmark;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import cn.yiyang.clinicfiling.ClinicFilingRequest;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One clinic filing end to end, as the product makes it: the draft case with its filing rows, every material the
 * decision table requires (files with SHA-256, audit entries), then the submission that starts the process and
 * creates the first task with its candidate link. Through the services in one transaction, or through the HTTP API
 * as a program would call it (one request per step, HTTP Basic).
 */
final class Workload {

    static final byte[] PDF = pdf();
    private final ClinicFilingService filings;
    private final MaterialService materials;
    private final CaseSubmission submission;
    private final MatterRules filingRules;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final String region;

    Workload(ApplicationContext ctx, String region) {
        this.filings = ctx.getBean(ClinicFilingService.class);
        this.materials = ctx.getBean(MaterialService.class);
        this.submission = ctx.getBean(CaseSubmission.class);
        this.filingRules = ctx.getBeansOfType(MatterRules.class).values().stream()
                .filter(r -> r.matter() == Matter.CLINIC_FILING).findFirst().orElseThrow();
        this.tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        this.json = ctx.getBean(ObjectMapper.class);
        this.region = region;
    }

    /** An applicant of an institution as the services see it (the accounts themselves are not needed there). */
    CurrentUser applicant(long institutionId) {
        return new CurrentUser("bench-" + institutionId, "基准申请人", Set.of(Role.APPLICANT), null, institutionId, region);
    }

    static ClinicFilingRequest request(int n) {
        return new ClinicFilingRequest("基准医务室" + n, n % 2 == 0 ? "INFIRMARY" : "CLINIC", LocalDate.now().plusMonths(2),
                List.of("内科", "康复医学科"), new ClinicFilingRequest.Head("张医生", "11010519491231002X", "QC-" + n),
                List.of(new ClinicFilingRequest.Staff("李护士", "440524188001010014", "护士", "NC-" + n)), null,
                "芒市基准路 " + n + " 号");
    }

    /** Where the time of a filing goes: create, uploads, submit, commit (nanoseconds, one row per filing). */
    final List<long[]> phases = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Create, upload every required material, submit: one transaction. */
    CaseInfo fileThroughService(CurrentUser applicant, int n) {
        long t0 = System.nanoTime();
        long[] p = new long[4];
        CaseInfo c = tx.execute(status -> {
            CaseInfo draft = filings.create(applicant, request(n));
            long t1 = System.nanoTime();
            p[0] = t1 - t0;
            for (CaseView.RequiredMaterial m : materials.required(draft)) {
                materials.upload(applicant, draft.caseNo(), m.code(), m.code() + ".pdf", new ByteArrayInputStream(PDF));
            }
            long t2 = System.nanoTime();
            p[1] = t2 - t1;
            CaseInfo submitted = submission.submit(applicant, draft.caseNo());
            p[2] = System.nanoTime() - t2;
            return submitted;
        });
        p[3] = System.nanoTime() - t0 - p[0] - p[1] - p[2];
        phases.add(p);
        return c;
    }

    /** A draft prepared as the UI and the API make it: the filing, then each required material in its own request. */
    String prepareDraft(CurrentUser applicant, int n) {
        CaseInfo draft = filings.create(applicant, request(n));
        for (CaseView.RequiredMaterial m : materials.required(draft)) {
            materials.upload(applicant, draft.caseNo(), m.code(), m.code() + ".pdf", new ByteArrayInputStream(PDF));
        }
        return draft.caseNo();
    }

    /** The applicant withdraws its case (the process ends, the case closes): clears prepared submissions away. */
    void withdraw(CurrentUser applicant, String caseNo) {
        submission.withdraw(applicant, caseNo, "基准测试结束");
    }

    /** Submits a draft whose materials are present (the loader's bulk drafts): starts the real process. */
    CaseInfo submit(CurrentUser applicant, String caseNo) {
        return submission.submit(applicant, caseNo);
    }

    /** Median milliseconds of each phase since the last call, and clears them. */
    Map<String, Object> phaseMedians() {
        List<long[]> rows;
        synchronized (phases) {
            rows = new ArrayList<>(phases);
            phases.clear();
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        String[] names = {"createDraftMs", "uploadMaterialsMs", "submitMs", "commitMs"};
        for (int i = 0; i < names.length; i++) {
            int k = i;
            m.put(names[i], Stats.of(rows.stream().mapToLong(r -> r[k]).toArray()).get("medianMs"));
        }
        return m;
    }

    /** The same variables the product starts the filing with (CaseService.submit and CaseSubmission.submit). */
    Map<String, Object> startVariables(CaseInfo c) {
        Map<String, Object> vars = new HashMap<>(filingRules.routingVariables(c));
        vars.put("applicantGroup", CurrentUser.institutionGroup(c.institutionId()));
        vars.put("caseId", c.id());
        return vars;
    }

    String processKey() {
        return filingRules.processKey();
    }

    TransactionTemplate tx() {
        return tx;
    }

    /** A program filing through the REST API: POST the filing, POST each material, POST submit. */
    final class HttpApplicant {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final String auth;

        HttpApplicant(String base, String username, String password) {
            this.base = base;
            this.auth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        String file(int n) throws IOException, InterruptedException {
            JsonNode draft = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/clinic-filings"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request(n)))), 201);
            String caseNo = draft.get("caseNo").asText();
            for (JsonNode m : draft.get("requiredMaterials")) {
                String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
                send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + caseNo + "/materials"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, m.get("code").asText()))), 201);
            }
            send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + caseNo + "/submit"))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody()), 200);
            return caseNo;
        }

        private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
            HttpResponse<byte[]> response = http.send(request.header("Authorization", auth)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri().getPath() + " answered " + response.statusCode()
                        + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length == 0 ? null : json.readTree(response.body());
        }

        private byte[] multipart(String boundary, String code) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n" + code + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + code
                    + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(PDF);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    private static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
