package cn.yiyang.institution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MedicalPartnersTest {

    @Autowired InstitutionService institutions;
    @Autowired Users users;

    @Test
    void an_applicant_may_choose_any_medical_institution_of_its_region_as_referral_partner() {
        var partners = institutions.medicalPartners(users.get("applicant1"));
        assertThat(partners).extracting(Institution::name).contains("风平镇卫生院", "芒市人民医院");
        assertThat(partners).allMatch(i -> i.type() == InstitutionType.MEDICAL);
    }
}
