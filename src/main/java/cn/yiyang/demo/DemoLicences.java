package cn.yiyang.demo;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.licensing.LicenceApplicationRequest;
import cn.yiyang.licensing.LicensingService;
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
 * 两证合一 in several states, made through the same services people use, once: 芒市中心敬老院's 护理院 waits for
 * acceptance, 勐戛镇敬老院's 康复医院 waits for the leader's decision after on-site verification, and 芒市福寿康养中心's
 * 门诊部 is licensed (register, public registry, 校验 reminder).
 */
@Component
@Profile("demo")
@Order(30)
class DemoLicences implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLicences.class);

    private final LicensingService licensing;
    private final DemoSteps steps;

    DemoLicences(LicensingService licensing, DemoSteps steps) {
        this.licensing = licensing;
        this.steps = steps;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (steps.loaded(Matter.LICENCE_2IN1)) {
            return;
        }
        CurrentUser health1 = user("health1");
        CurrentUser lead = user("health-lead");
        submitted(user("applicant1"), request("芒市中心敬老院护理院", "NURSING_HOME_HOSPITAL", 80, "杨荣海"));

        CaseInfo deciding = submitted(user("applicant2"), request("勐戛镇康复医院", "REHAB_HOSPITAL", 30, "李春兰"));
        complete(health1, deciding, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        complete(health1, deciding, "Task_Review", "APPROVE", "材料审查通过", Map.of("onsiteDays", 3));
        complete(user("health2"), deciding, "Task_VerifyOnSite_A", "VERIFIED", "场地、设备与申请一致", Map.of());
        complete(user("inspector1"), deciding, "Task_VerifyOnSite_B", "VERIFIED", "人员资质与申请一致", Map.of());

        CurrentUser fushouApplicant = steps.applicantOf("91533103MA6K00001K", "demo-fushou");
        CaseInfo licensed = submitted(fushouApplicant, request("芒市福寿康养中心门诊部", "OUTPATIENT", 0, "王福寿"));
        complete(health1, licensed, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        complete(health1, licensed, "Task_Review", "APPROVE", "材料审查通过", Map.of("onsiteDays", 2));
        complete(user("health2"), licensed, "Task_VerifyOnSite_A", "VERIFIED", "核验属实", Map.of());
        complete(user("inspector2"), licensed, "Task_VerifyOnSite_B", "VERIFIED", "核验属实", Map.of());
        complete(lead, licensed, "Task_Decide", "APPROVE", "同意设置并执业登记", Map.of());
        complete(health1, licensed, "Task_Deliver", "DELIVER", "已送达", Map.of());
        log.info("Demo licences created: pending acceptance, at decision and licensed");
    }

    private CurrentUser user(String username) {
        return steps.user(username);
    }

    private static LicenceApplicationRequest request(String name, String kind, int beds, String legal) {
        return new LicenceApplicationRequest(name, null, "LEVEL_1", kind, "PRIVATE", "NON_PROFIT", beds,
                List.of("内科", "康复医学科", "中医科"), "社会", null, "1000000.00", legal, "芒市" + name + "院区");
    }

    private CaseInfo submitted(CurrentUser applicant, LicenceApplicationRequest request) {
        return steps.submitted(applicant, a -> licensing.create(a, request));
    }

    private void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        steps.complete(user, c, key, outcome, comment, fields);
    }
}
