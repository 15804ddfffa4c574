package cn.yiyang.clinicfiling.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.clinicfiling.ClinicType;
import cn.yiyang.document.DocumentContent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The documents of a filing, issued by the county health bureau (卫健局). */
@Component
class FilingDocuments {

    static final String WORD = "卫";
    static final String BUREAU = "卫生健康局";

    private final IssuedDocuments documents;
    private final ClinicFilingMapper filings;
    private final Clock clock;

    FilingDocuments(IssuedDocuments documents, ClinicFilingMapper filings, Clock clock) {
        this.documents = documents;
        this.filings = filings;
        this.clock = clock;
    }

    IssuedDocuments.Issued acceptance(CaseInfo c, String actor, LocalDate due) {
        return issue(c, DocumentKind.ACCEPTANCE_NOTICE, actor, "受理通知书", List.of(
                "你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + title(c) + "（案件编号 " + c.caseNo()
                        + "）材料齐全、符合法定形式，本机关决定予以受理。",
                "本机关将于 " + due + " 前完成备案登记并发放执业凭证。"));
    }

    IssuedDocuments.Issued rejection(CaseInfo c, String actor, String reason) {
        return issue(c, DocumentKind.REJECTION_DECISION, actor, "不予受理决定书", List.of(
                "你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + title(c) + "（案件编号 " + c.caseNo()
                        + "），经审查，决定不予受理。理由如下：",
                reason,
                "如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"));
    }

    IssuedDocuments.Issued deemedAcceptance(CaseInfo c, LocalDate due) {
        return issue(c, DocumentKind.DEEMED_ACCEPTANCE_NOTICE, "system", "视为受理告知书", List.of(
                "你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + title(c) + "（案件编号 " + c.caseNo()
                        + "），本机关未在五个工作日内作出受理决定或一次性告知补正。",
                "根据《中华人民共和国行政许可法》第三十二条，自收到申请材料之日起即为受理。本机关将于 " + due
                        + " 前完成备案登记。"));
    }

    IssuedDocuments.Issued withdrawal(CaseInfo c, int answerDays) {
        return issue(c, DocumentKind.WITHDRAWAL_NOTICE, "system", "撤回通知书", List.of(
                "你单位" + title(c) + "（案件编号 " + c.caseNo() + "）经一次性告知补正后，未在 " + answerDays
                        + " 日内补正，视为撤回申请，本案办结。",
                "如仍需设置内设医疗机构，可重新提交备案。"));
    }

    IssuedDocuments.Issued filingReceipt(CaseInfo c, String actor) {
        ClinicFilingMapper.FilingRow f = filings.find(c.id());
        ClinicType type = ClinicType.valueOf(f.clinicType);
        return documents.issue(c.id(), DocumentKind.FILING_RECEIPT, WORD, actor, number -> new DocumentContent(
                "养老机构内设医疗机构备案凭证", number, null,
                List.of("经审查，下列养老机构内设医疗机构已依照《国家卫生健康委办公厅关于养老机构内部设置医疗机构取消行政审批"
                        + "实行备案管理的通知》（国卫办医发〔2017〕38号）完成备案，准予执业。"),
                List.of("项目", "内容"),
                List.of(List.of("备案编号", number), List.of("机构名称", f.clinicName), List.of("类别", type.label()),
                        List.of("设置单位", c.applicantName()), List.of("地址", f.address == null ? "" : f.address),
                        List.of("负责人", f.headName), List.of("诊疗科目", f.services),
                        List.of("执业日期", f.openingDate.toString()), List.of("案件编号", c.caseNo())),
                documents.authority(BUREAU), LocalDate.now(clock)));
    }

    private IssuedDocuments.Issued issue(CaseInfo c, DocumentKind kind, String actor, String title,
                                         List<String> paragraphs) {
        return documents.issue(c.id(), kind, WORD, actor, number -> new DocumentContent(title, number,
                c.applicantName(), paragraphs, null, null, documents.authority(BUREAU), LocalDate.now(clock)));
    }

    private static String title(CaseInfo c) {
        return c.title() == null ? "养老机构内设医疗机构备案" : c.title();
    }
}
