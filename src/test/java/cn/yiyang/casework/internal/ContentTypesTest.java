package cn.yiyang.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void a_safe_file_name_has_no_path_no_control_or_reserved_characters_and_no_leading_dot() {
        assertThat(ContentTypes.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ContentTypes.safeFileName("..\\..\\windows\\system32\\cmd.exe")).isEqualTo("cmd.exe");
        assertThat(ContentTypes.safeFileName("a\u0000b\r\nc\u007f.pdf")).isEqualTo("abc.pdf");
        assertThat(ContentTypes.safeFileName("<script>:\"|?*.pdf")).isEqualTo("script.pdf");
        assertThat(ContentTypes.safeFileName(".htaccess")).isEqualTo("htaccess");
        assertThat(ContentTypes.safeFileName("../")).isEqualTo("file");
        assertThat(ContentTypes.safeFileName(null)).isEqualTo("file");
        assertThat(ContentTypes.safeFileName("长".repeat(150) + ".pdf")).hasSize(100).endsWith(".pdf");
        assertThat(ContentTypes.safeFileName("营业执照（副本）.pdf")).isEqualTo("营业执照（副本）.pdf");
    }
}
