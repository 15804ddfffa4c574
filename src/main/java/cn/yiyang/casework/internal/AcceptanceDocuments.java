package cn.yiyang.casework.internal;

import cn.yiyang.casework.AcceptanceTerms;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.document.DocumentContent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The documents of the acceptance step of any matter: 受理通知书, 不予受理决定书, 视为受理告知书, 撤回通知书. */
@Component
class AcceptanceDocuments {

    private final IssuedDocuments documents;
    private final Clock clock;

    AcceptanceDocuments(IssuedDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    IssuedDocuments.Issued acceptance(AcceptanceTerms terms, CaseInfo c, String actor, LocalDate due) {
        return issue(terms, c, DocumentKind.ACCEPTANCE_NOTICE, actor, List.of(
                received(c) + "材料齐全、符合法定形式，本机关决定予以受理。",
                "本机关将于 " + due + " 前" + terms.promise() + "。"));
    }

    IssuedDocuments.Issued rejection(AcceptanceTerms terms, CaseInfo c, String actor, String reason) {
        return issue(terms, c, DocumentKind.REJECTION_DECISION, actor, List.of(
                received(c) + "，经审查，决定不予受理。理由如下：",
                reason,
                "如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"));
    }

    IssuedDocuments.Issued deemedAcceptance(AcceptanceTerms terms, CaseInfo c, LocalDate due) {
        return issue(terms, c, DocumentKind.DEEMED_ACCEPTANCE_NOTICE, "system", List.of(
                received(c) + "，本机关未在五个工作日内作出受理决定或一次性告知补正。",
                "根据《中华人民共和国行政许可法》第三十二条，自收到申请材料之日起即为受理。本机关将于 " + due
                        + " 前" + terms.promise() + "。"));
    }

    IssuedDocuments.Issued withdrawal(AcceptanceTerms terms, CaseInfo c, int answerDays) {
        return issue(terms, c, DocumentKind.WITHDRAWAL_NOTICE, "system", List.of(
                "你单位" + title(c) + "（案件编号 " + c.caseNo() + "）经一次性告知补正后，未在 " + answerDays
                        + " 日内补正，视为撤回申请，本案办结。",
                "如仍需办理，可重新提交申请。"));
    }

    private IssuedDocuments.Issued issue(AcceptanceTerms terms, CaseInfo c, DocumentKind kind, String actor,
                                         List<String> paragraphs) {
        return documents.issue(c.id(), kind, terms.departmentWord(), actor, number -> new DocumentContent(
                kind.label(), number, c.applicantName(), paragraphs, null, null,
                documents.authority(terms.departmentName()), LocalDate.now(clock)));
    }

    private static String received(CaseInfo c) {
        return "你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + title(c) + "（案件编号 " + c.caseNo() + "）";
    }

    private static String title(CaseInfo c) {
        return c.title() == null ? c.matter().label() : c.title();
    }
}
