package cn.yiyang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "11621200MB193864XN", "91310110666007217T"})
    void a_code_with_the_right_check_character_is_valid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void a_wrong_check_character_is_refused() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9135010"})
    void a_code_of_the_wrong_length_is_refused(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void lowercase_letters_are_refused() {
        assertThat(CreditCode.isValid("11621200mb193864xn")).isFalse();
        assertThat(CreditCode.isValid("91350100m000100y43")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void the_letters_I_O_Z_S_V_are_not_in_the_character_set(char forbidden) {
        // put the forbidden letter at position 9 and every possible check character at the end: none is valid
        String body = "91350100" + forbidden + "000100Y4";
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            assertThat(CreditCode.isValid(body + check)).as(body + check).isFalse();
        }
        assertThat(CreditCode.isValid("91350100M000100Y4" + forbidden)).isFalse();
    }

    @Test
    void the_region_is_characters_three_to_eight() {
        assertThat(CreditCode.regionOf("91350100M000100Y43")).isEqualTo("350100");
    }
}
