package cn.yiyang.demo;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Matter;
import cn.yiyang.clinicfiling.ClinicFilingRequest;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.document.PdfRenderer;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lived-in demo: filings in different states, made through the same services people use, once.
 * 芒市中心敬老院 waits for the completeness check, 勐戛镇敬老院 is supplementing and has a draft, 遮放镇敬老院's
 * infirmary is registered (so the public registry and a supervision task exist).
 */
@Component
@Profile("demo")
@Order(20)
class DemoFilings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFilings.class);

    private final ClinicFilingService filings;
    private final CaseSubmission submission;
    private final MaterialService materials;
    private final CaseService cases;
    private final DemoSteps steps;
    private final InstitutionService institutions;
    private final PdfRenderer pdf;
    private final JdbcTemplate jdbc;

    DemoFilings(ClinicFilingService filings, CaseSubmission submission, MaterialService materials, CaseService cases,
                DemoSteps steps, InstitutionService institutions, PdfRenderer pdf,
                JdbcTemplate jdbc) {
        this.filings = filings;
        this.submission = submission;
        this.materials = materials;
        this.cases = cases;
        this.steps = steps;
        this.institutions = institutions;
        this.pdf = pdf;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from case_file where matter = ?", Integer.class,
                Matter.CLINIC_FILING.name());
        if (existing != null && existing > 0) {
            return;
        }
        CurrentUser applicant1 = user("applicant1");
        CurrentUser applicant2 = user("applicant2");
        CurrentUser health1 = user("health1");
        LocalDate opening = cases.today().plusMonths(1);

        submitted(applicant1, request("芒市中心敬老院医务室", "INFIRMARY", opening, "杨医生"));

        CaseInfo supplementing = submitted(applicant2, request("勐戛镇敬老院护理站", "NURSING_STATION", opening, "李护士长"));
        complete(health1, supplementing, "Task_CheckCompleteness", "SUPPLEMENT", null, Map.of("missing", List.of(
                Map.of("code", "FLOOR_PLAN", "reason", "平面布局图未标明护理站位置和面积"),
                Map.of("code", "NURSING_PROTOCOLS", "reason", "护理技术操作规程缺少压疮护理规程"))));

        CaseInfo draft = filings.create(applicant2, request("勐戛镇敬老院卫生室", "HEALTH_ROOM", opening, "王医生"));
        upload(applicant2, draft, "FOUNDING_DECISION");

        var zhefang = institutions.findByCreditCode("12533103MB0000103G").orElseThrow();
        CurrentUser zhefangApplicant = new CurrentUser("demo-zhefang", "遮放镇敬老院", Set.of(Role.APPLICANT), null,
                zhefang.id(), zhefang.regionCode());
        CaseInfo registered = submitted(zhefangApplicant, request("遮放镇敬老院医务室", "INFIRMARY", opening, "段医生"));
        complete(health1, registered, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        complete(health1, registered, "Task_Register", "APPROVE", "已核对登记信息", Map.of());
        complete(user("health-lead"), registered, "Task_SignOff", "APPROVE", "同意备案", Map.of());
        log.info("Demo filings created: pending, supplementing, draft and registered");
    }

    private CurrentUser user(String username) {
        return steps.user(username);
    }

    private static ClinicFilingRequest request(String name, String type, LocalDate opening, String head) {
        return new ClinicFilingRequest(name, type, opening, List.of("内科", "全科医疗", "康复医学"),
                new ClinicFilingRequest.Head(head, "11010519491231002X", "110533103000123"),
                List.of(new ClinicFilingRequest.Staff("赵护士", "440524188001010014", "护士", "201953310300045")),
                null, "院内一楼东侧");
    }

    private CaseInfo submitted(CurrentUser applicant, ClinicFilingRequest request) {
        CaseInfo draft = filings.create(applicant, request);
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            upload(applicant, draft, m.code());
        }
        return submission.submit(applicant, draft.caseNo());
    }

    private void upload(CurrentUser applicant, CaseInfo c, String code) {
        byte[] sample = pdf.render(new DocumentContent("示例材料", code, null,
                List.of("演示数据：" + c.applicantName() + " 提交的材料 " + code + "。"), null, null, c.applicantName(),
                cases.today()));
        materials.upload(applicant, c.caseNo(), code, code + ".pdf", new ByteArrayInputStream(sample));
    }

    private void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        steps.complete(user, c, key, outcome, comment, fields);
    }
}
