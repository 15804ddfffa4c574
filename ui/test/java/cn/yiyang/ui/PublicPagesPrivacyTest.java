package cn.yiyang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.reliability.PersonalData;
import cn.yiyang.support.IntegrationTest;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public pages as an anonymous visitor's Chromium renders them hold no ID number, no mobile number and no staff
 * account name (issue 14): the rendered HTML and the visible text of each page, the progress page with a real query.
 */
@IntegrationTest
class PublicPagesPrivacyTest extends ChromiumJourney {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_public_pages_show_no_id_number_no_mobile_number_and_no_staff_account_name() {
        List<String> staff = PersonalData.staffUsernames(jdbc);
        Map<String, Object> c = jdbc.queryForMap("select c.case_no, i.credit_code from case_file c join institution i "
                + "on i.id = c.institution_id where c.matter = 'CLINIC_FILING' and c.status <> 'DRAFT' "
                + "order by c.id limit 1");
        Page page = chromium.anonymous();
        page.setViewportSize(1280, 4000); // a grid renders the rows it shows: show many
        Map<String, String> seen = new LinkedHashMap<>();
        for (String route : List.of("public/registry", "public/check-items", "public/inspections")) {
            page.navigate(base() + route);
            page.waitForSelector("vaadin-grid, h2");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            seen.put(route, page.content() + "\n" + page.innerText("body"));
        }
        page.navigate(base() + "public/progress");
        page.locator("#progress-case-no input").fill((String) c.get("case_no"));
        page.locator("#progress-credit-code input").fill((String) c.get("credit_code"));
        page.locator("#progress-search").click();
        page.waitForSelector("#progress-result :is(p, div, span, vaadin-grid)");
        seen.put("public/progress", page.content() + "\n" + page.innerText("body"));

        assertThat(seen.get("public/registry")).as("the registry page rendered its rows").contains("医务室");
        assertThat(seen.get("public/progress")).contains((String) c.get("case_no"));
        List<String> wrong = new ArrayList<>();
        seen.forEach((route, html) -> PersonalData.find(html, staff).forEach(f -> wrong.add(route + ": " + f)));
        assertThat(wrong).as("personal data on a public page").isEmpty();
    }
}
