package cn.yiyang.demo;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Matter;
import cn.yiyang.clinicfiling.ClinicFilingRequest;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.identity.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
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
    private final CaseService cases;
    private final DemoSteps steps;

    DemoFilings(ClinicFilingService filings, CaseService cases, DemoSteps steps) {
        this.filings = filings;
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (steps.loaded(Matter.CLINIC_FILING)) {
            return;
        }
        CurrentUser applicant2 = steps.user("applicant2");
        CurrentUser health1 = steps.user("health1");
        LocalDate opening = cases.today().plusMonths(1);

        file(steps.user("applicant1"), "芒市中心敬老院医务室", "INFIRMARY", opening, "杨医生");

        CaseInfo supplementing = file(applicant2, "勐戛镇敬老院护理站", "NURSING_STATION", opening, "李护士长");
        steps.complete(health1, supplementing, "Task_CheckCompleteness", "SUPPLEMENT", null, Map.of("missing", List.of(
                Map.of("code", "FLOOR_PLAN", "reason", "平面布局图未标明护理站位置和面积"),
                Map.of("code", "NURSING_PROTOCOLS", "reason", "护理技术操作规程缺少压疮护理规程"))));

        CaseInfo draft = filings.create(applicant2, request("勐戛镇敬老院卫生室", "HEALTH_ROOM", opening, "王医生"));
        steps.upload(applicant2, draft, "FOUNDING_DECISION");

        CurrentUser zhefang = steps.applicantOf("12533103MB0000103G", "demo-zhefang");
        CaseInfo registered = file(zhefang, "遮放镇敬老院医务室", "INFIRMARY", opening, "段医生");
        steps.complete(health1, registered, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        steps.complete(health1, registered, "Task_Register", "APPROVE", "已核对登记信息", Map.of());
        steps.complete(steps.user("health-lead"), registered, "Task_SignOff", "APPROVE", "同意备案", Map.of());
        log.info("Demo filings created: pending, supplementing, draft and registered");
    }

    private CaseInfo file(CurrentUser applicant, String name, String type, LocalDate opening, String head) {
        return steps.submitted(applicant, a -> filings.create(a, request(name, type, opening, head)));
    }

    private static ClinicFilingRequest request(String name, String type, LocalDate opening, String head) {
        return new ClinicFilingRequest(name, type, opening, List.of("内科", "全科医疗", "康复医学"),
                new ClinicFilingRequest.Head(head, "11010519491231002X", "110533103000123"),
                List.of(new ClinicFilingRequest.Staff("赵护士", "440524188001010014", "护士", "201953310300045")),
                null, "院内一楼东侧");
    }
}
