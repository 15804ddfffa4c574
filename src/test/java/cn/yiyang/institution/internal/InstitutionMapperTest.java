package cn.yiyang.institution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class InstitutionMapperTest {

    @Autowired InstitutionMapper mapper;

    private long insert(String name, String code, InstitutionType type, String township) {
        InstitutionMapper.GeneratedKey key = new InstitutionMapper.GeneratedKey();
        mapper.insert("533103", new InstitutionForm(name, code, type, township, "地址", 10, Ownership.PRIVATE,
                Profit.FOR_PROFIT, false, null), key);
        return key.id;
    }

    @Test
    void search_and_count_apply_the_name_code_type_and_township_filters() {
        String town = "测试镇" + TestCodes.token();
        String code = TestCodes.creditCode();
        long a = insert("A甲养老院", code, InstitutionType.ELDERLY_CARE, town);
        long b = insert("B乙医院", TestCodes.creditCode(), InstitutionType.MEDICAL, town);
        insert("C丙养老院", TestCodes.creditCode(), InstitutionType.ELDERLY_CARE, town + "外");

        assertThat(mapper.search("533103", null, null, town, 50, 0)).extracting(Institution::id).containsExactly(a, b);
        assertThat(mapper.count("533103", null, null, town)).isEqualTo(2);
        assertThat(mapper.search("533103", null, InstitutionType.MEDICAL, town, 50, 0)).extracting(Institution::id)
                .containsExactly(b);
        assertThat(mapper.count("533103", null, InstitutionType.MEDICAL, town)).isEqualTo(1);
        assertThat(mapper.search("533103", "A甲养老", null, town, 50, 0)).extracting(Institution::id).containsExactly(a);
        assertThat(mapper.search("533103", code, null, null, 50, 0)).extracting(Institution::id).containsExactly(a);
        assertThat(mapper.count("533103", code, null, null)).isEqualTo(1);
        assertThat(mapper.search("530100", null, null, town, 50, 0)).isEmpty();
        // paging
        assertThat(mapper.search("533103", null, null, town, 1, 1)).extracting(Institution::id).containsExactly(b);
        assertThat(mapper.townships("533103")).contains(town, town + "外");
    }

    @Test
    void a_credit_code_is_unique_in_the_registry() {
        String code = TestCodes.creditCode();
        long id = insert("丁养老院", code, InstitutionType.ELDERLY_CARE, "勐焕街道");
        Institution found = mapper.findByCreditCode(code);
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isZero();
        assertThatThrownBy(() -> insert("戊养老院", code, InstitutionType.COMBINED, "勐焕街道"))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void an_update_with_a_stale_version_changes_nothing() {
        long id = insert("己养老院", TestCodes.creditCode(), InstitutionType.ELDERLY_CARE, "勐焕街道");
        Institution i = mapper.findById(id);
        InstitutionForm form = new InstitutionForm("己养老院（新）", i.creditCode(), i.type(), i.township(), null, 20,
                i.ownership(), i.profit(), true, 0);
        assertThat(mapper.update(id, 0, form)).isEqualTo(1);
        assertThat(mapper.update(id, 0, form)).isZero();
        assertThat(mapper.findById(id).version()).isEqualTo(1);
        assertThat(mapper.findById(id).name()).isEqualTo("己养老院（新）");
    }
}
