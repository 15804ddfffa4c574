package cn.yiyang.clinicfiling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Notices reach the applicant by e-mail when an SMTP server is configured: a real in-process SMTP server here. */
@IntegrationTest
class NoticeMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired ClinicFilingService filings;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired TestData data;

    @Test
    void the_applicant_is_mailed_when_its_filing_is_received() throws Exception {
        CurrentUser applicant = data.applicantOf(InstitutionType.ELDERLY_CARE, "yuanzhang@example.cn");
        CaseInfo draft = filings.create(applicant, ClinicFilingProcessTest.request(LocalDate.now().plusMonths(1)));
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            materials.upload(applicant, draft.caseNo(), m.code(), m.code() + ".pdf", new ByteArrayInputStream(TestData.pdf()));
        }

        submission.submit(applicant, draft.caseNo());

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("yuanzhang@example.cn");
        assertThat(mail.getSubject()).contains(draft.caseNo());
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
    }
}
