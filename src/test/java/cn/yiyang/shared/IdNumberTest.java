package cn.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010519491231002x"})
    void a_number_with_the_right_check_digit_and_a_real_birth_date_is_valid(String id) {
        assertThat(IdNumber.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440524188001010015", "11010519491231002Y"})
    void a_wrong_check_digit_is_refused(String id) {
        assertThat(IdNumber.isValid(id)).isFalse();
    }

    @Test
    void an_impossible_birth_date_is_refused_even_with_a_matching_check_digit() {
        assertThat(IdNumber.isValid(withCheck("11010519490231002"))).isFalse(); // 31 February
        assertThat(IdNumber.isValid(withCheck("11010519491331002"))).isFalse(); // month 13
        assertThat(IdNumber.isValid(withCheck("11010517001231002"))).isFalse(); // before 1850
        assertThat(IdNumber.isValid(withCheck("11010519491231002"))).isTrue();  // the control case
    }

    @Test
    void wrong_length_or_letters_are_refused() {
        assertThat(IdNumber.isValid(null)).isFalse();
        assertThat(IdNumber.isValid("11010519491231002")).isFalse();
        assertThat(IdNumber.isValid("1101051949123100X2")).isFalse();
    }

    @Test
    void masking_keeps_the_region_and_the_last_four_and_hides_the_birth_date() {
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(IdNumber.mask("440524188001010014")).isEqualTo("440524********0014")
                .doesNotContain("18800101");
    }

    private static String withCheck(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
