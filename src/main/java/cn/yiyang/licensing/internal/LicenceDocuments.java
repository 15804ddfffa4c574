package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.licensing.LicenceGrade;
import cn.yiyang.licensing.LicenceKind;
import cn.yiyang.licensing.internal.LicensingMapper.ApplicationRow;
import cn.yiyang.licensing.internal.LicensingMapper.LicenceRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The documents of a 两证合一 case after acceptance, issued by the county health bureau (卫健局). */
@Component
class LicenceDocuments {

    private static final String REMEDIES = "如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，"
            + "或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";

    private final IssuedDocuments documents;
    private final Clock clock;

    LicenceDocuments(IssuedDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** 行政许可法 Art. 45: the applicant is told in writing how long the on-site verification takes. */
    IssuedDocuments.Issued onsiteNotice(CaseInfo c, String actor, int days) {
        return letter(c, DocumentKind.ONSITE_NOTICE, actor, List.of(
                about(c) + "已完成材料审查，需进行现场核验。",
                "现场核验预计需要 " + days + " 个工作日。根据《中华人民共和国行政许可法》第四十五条，现场核验所需时间不计算在"
                        + "许可期限内，期间审查期限中止计算，核验结束后恢复计算。",
                "请做好现场核验准备，核验人员将出示执法证件，由两名以上工作人员共同进行。"));
    }

    /** 行政许可法 Art. 42: the extension and its reason, told to the applicant. */
    IssuedDocuments.Issued extensionNotice(CaseInfo c, String actor, String reason, LocalDate due) {
        return letter(c, DocumentKind.EXTENSION_NOTICE, actor, List.of(
                about(c) + "因以下原因不能在二十个工作日内作出决定：",
                reason,
                "经本机关负责人批准，根据《中华人民共和国行政许可法》第四十二条，决定期限延长十个工作日，至 " + due + "。"));
    }

    IssuedDocuments.Issued approval(CaseInfo c, String actor, ApplicationRow a) {
        return letter(c, DocumentKind.APPROVAL_DECISION, actor, List.of(
                about(c) + "经审查和现场核验，符合《医疗机构管理条例》规定的条件，决定准予设置并执业登记："
                        + a.name + "（" + LicenceKind.valueOf(a.kind).label() + "）。",
                "本机关将于十个工作日内向你单位颁发、送达《医疗机构执业许可证》正本和副本。"));
    }

    IssuedDocuments.Issued refusal(CaseInfo c, String actor, String reason) {
        return letter(c, DocumentKind.REFUSAL_DECISION, actor, List.of(
                about(c) + "经审查，决定不予许可。理由如下：", reason, REMEDIES));
    }

    /** The 医疗机构执业许可证 正本 and 副本 with the fields of DOMAIN.md §2.2; the 副本 lists the 校验 dates. */
    List<IssuedDocuments.Issued> licence(CaseInfo c, String actor, ApplicationRow a, LicenceRow l,
                                         List<LocalDate> checks) {
        List<List<String>> fields = fields(a, l);
        IssuedDocuments.Issued original = documents.issue(c.id(), DocumentKind.PRACTICE_LICENCE, LicensingRules.WORD,
                actor, number -> new DocumentContent("医疗机构执业许可证（正本）", number, null,
                        List.of("经核准登记，准予执业。"), List.of("项目", "内容"), fields, l.issuedBy, l.issuedOn));
        List<List<String>> copyRows = new ArrayList<>(fields);
        checks.forEach(d -> copyRows.add(List.of("校验期限", "应于 " + d + " 前校验")));
        IssuedDocuments.Issued copy = documents.issue(c.id(), DocumentKind.PRACTICE_LICENCE_COPY, LicensingRules.WORD,
                actor, number -> new DocumentContent("医疗机构执业许可证（副本）", number, null,
                        List.of("经核准登记，准予执业。本副本与正本具有同等法律效力，校验记录载于副本。"),
                        List.of("项目", "内容"), copyRows, l.issuedBy, l.issuedOn));
        return List.of(original, copy);
    }

    private static List<List<String>> fields(ApplicationRow a, LicenceRow l) {
        return List.of(
                List.of("名称", l.name),
                List.of("地址", l.address),
                List.of("法定代表人/主要负责人", l.legalRepresentative),
                List.of("类别", l.category + "（" + LicenceGrade.valueOf(a.grade).label() + "）"),
                List.of("所有制形式", Ownership.valueOf(a.ownership).label()),
                List.of("经营性质", Profit.valueOf(a.profit).label() + "性"),
                List.of("服务对象", a.serviceTarget),
                List.of("服务方式", a.serviceMode),
                List.of("诊疗科目", a.departments),
                List.of("床位", l.beds + " 张"),
                List.of("注册资金", a.registeredCapital.toPlainString() + " 元"),
                List.of("登记号", l.registrationNo),
                List.of("有效期限", "自 " + l.issuedOn + " 至 " + l.validUntil),
                List.of("发证机关", l.issuedBy),
                List.of("发证日期", l.issuedOn.toString()));
    }

    String authority() {
        return documents.authority(LicensingRules.BUREAU);
    }

    private IssuedDocuments.Issued letter(CaseInfo c, DocumentKind kind, String actor, List<String> paragraphs) {
        return documents.issue(c.id(), kind, LicensingRules.WORD, actor, number -> new DocumentContent(kind.label(),
                number, c.applicantName(), paragraphs, null, null, authority(), LocalDate.now(clock)));
    }

    private static String about(CaseInfo c) {
        return "你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + c.title() + "申请（案件编号 " + c.caseNo() + "），";
    }
}
