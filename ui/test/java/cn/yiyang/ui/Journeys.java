package cn.yiyang.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.yiyang.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/** The steps every browser journey takes: upload a material in a wizard or supplement, decide a task. */
final class Journeys {

    private Journeys() {
    }

    /** Uploads a PDF for one material and waits until the row shows the new file as provided. */
    static void upload(Page page, String code) {
        Locator row = page.locator("[data-material-row='" + code + "']");
        String before = row.getAttribute("data-file");
        page.locator("vaadin-upload[data-material='" + code + "'] input[type=file]")
                .setInputFiles(new FilePayload(code + ".pdf", "application/pdf", TestData.pdf()));
        assertThat(row).not().hasAttribute("data-file", before); // the new file is stored
        assertThat(row).hasAttribute("data-provided", "true");
    }

    /** Uploads every material the wizard's checklist lists. */
    static void uploadAll(Page page) {
        for (String code : page.locator("[data-material-row]").all().stream()
                .map(row -> row.getAttribute("data-material-row")).toList()) {
            upload(page, code);
        }
    }

    /** Claims if needed, picks the outcome by its label, lets the caller fill the form, submits. */
    static void decide(Page page, String outcome, Runnable fill) {
        Locator panel = page.locator("#task-panel");
        assertThat(panel).isVisible();
        Locator claim = panel.locator("vaadin-button.claim");
        if (claim.count() > 0 && claim.isVisible()) {
            claim.click();
        }
        panel.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(outcome).setExact(true)).check();
        fill.run();
        panel.locator("vaadin-button:has-text('提交')").last().click();
        page.waitForURL(u -> u.contains("/inbox"));
    }
}
