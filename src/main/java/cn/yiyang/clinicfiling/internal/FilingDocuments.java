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

/** The filing's own document, issued by the county health bureau (卫健局): the 备案凭证. */
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
}
