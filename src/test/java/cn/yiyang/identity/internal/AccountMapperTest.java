package cn.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.Role;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestCodes;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class AccountMapperTest {

    @Autowired AccountMapper mapper;

    @Test
    void find_by_username_folds_the_roles_and_the_institution_into_one_row() {
        AccountRow applicant = mapper.findByUsername("applicant1");
        assertThat(applicant.roleSet()).containsExactly(Role.APPLICANT);
        assertThat(applicant.institutionName).isEqualTo("芒市中心敬老院");
        assertThat(applicant.institutionId).isNotNull();

        AccountRow row = new AccountRow();
        row.username = "two-roles-" + TestCodes.token();
        row.displayName = "两个角色";
        row.passwordHash = "{noop}x";
        row.departmentCode = "HEALTH";
        row.regionCode = "533103";
        row.enabled = true;
        row.createdAt = LocalDateTime.now();
        mapper.insert(row);
        mapper.insertRole(row.id, Role.REVIEWER);
        mapper.insertRole(row.id, Role.LEADER);

        AccountRow found = mapper.findByUsername(row.username);
        assertThat(found.roles).isEqualTo("LEADER,REVIEWER");
        assertThat(found.roleSet()).containsExactlyInAnyOrder(Role.LEADER, Role.REVIEWER);
        assertThat(found.institutionName).isNull();
        assertThat(mapper.findByUsername("nobody-" + TestCodes.token())).isNull();
    }

    @Test
    void an_account_without_roles_has_an_empty_role_set() {
        AccountRow row = new AccountRow();
        row.username = "no-roles-" + TestCodes.token();
        row.displayName = "无角色";
        row.passwordHash = "{noop}x";
        row.regionCode = "533103";
        row.enabled = true;
        row.createdAt = LocalDateTime.now();
        mapper.insert(row);
        assertThat(mapper.findByUsername(row.username).roleSet()).isEmpty();
    }
}
