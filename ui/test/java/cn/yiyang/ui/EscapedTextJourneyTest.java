package cn.yiyang.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile text that the API stores as ordinary text (issue 9, "bad input"): an institution named with markup is shown
 * as those characters in the UI, and nothing of it runs in the browser.
 */
@IntegrationTest
class EscapedTextJourneyTest extends ChromiumJourney {

    @Test
    void markup_in_an_institution_name_is_shown_as_text_and_never_runs() {
        String marker = "XSS" + System.nanoTime() % 100000;
        String name = "<img src=x onerror=\"window.__pwned=1\">" + marker + "<script>window.__pwned=2</script>养老院";
        Map<String, Object> body = Map.of("name", name, "creditCode", TestData.creditCode(), "type", "ELDERLY_CARE",
                "township", "勐焕街道", "address", "芒市", "beds", 50, "ownership", "PRIVATE", "profit", "NON_PROFIT",
                "hasInternalMedical", false);
        assertThat(new Api(port).post("health1", "/api/v1/institutions", body).status()).isEqualTo(201);

        Page page = chromium.logIn(base(), "health1");
        page.navigate(base() + "institutions");
        page.locator("#institution-grid").waitFor();
        page.locator("vaadin-text-field input").first().fill(marker);
        page.locator("vaadin-text-field input").first().press("Enter");
        assertThat(page.locator("vaadin-grid-cell-content:has-text('" + marker + "')").first())
                .containsText("<script>window.__pwned=2</script>");
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(page.locator("vaadin-grid-cell-content img").count()).isZero();
    }
}
