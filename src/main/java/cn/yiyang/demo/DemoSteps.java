package cn.yiyang.demo;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.document.PdfRenderer;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.PageRequest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the demo runners do as people, through the same services: act as a demo account, file a draft with sample
 * PDFs for every required material and submit it, complete a case's open task from the inbox.
 */
@Component
@Profile("demo")
class DemoSteps {

    private final AccountService accounts;
    private final InstitutionService institutions;
    private final TaskInbox inbox;
    private final CaseSubmission submission;
    private final MaterialService materials;
    private final CaseService cases;
    private final PdfRenderer pdf;
    private final JdbcTemplate jdbc;

    DemoSteps(AccountService accounts, InstitutionService institutions, TaskInbox inbox, CaseSubmission submission,
              MaterialService materials, CaseService cases, PdfRenderer pdf, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.inbox = inbox;
        this.submission = submission;
        this.materials = materials;
        this.cases = cases;
        this.pdf = pdf;
        this.jdbc = jdbc;
    }

    /** Whether a runner already made its cases (the demo is loaded once). */
    boolean loaded(Matter matter) {
        Integer existing = jdbc.queryForObject("select count(*) from case_file where matter = ?", Integer.class,
                matter.name());
        return existing != null && existing > 0;
    }

    CurrentUser user(String username) {
        var a = accounts.find(username).orElseThrow();
        return new CurrentUser(a.username(), a.displayName(), a.roles(), a.departmentCode(), a.institutionId(),
                a.regionCode());
    }

    /** An applicant acting for a demo institution that has no account of its own. */
    CurrentUser applicantOf(String creditCode, String username) {
        var institution = institutions.findByCreditCode(creditCode).orElseThrow();
        return new CurrentUser(username, institution.name(), Set.of(Role.APPLICANT), null, institution.id(),
                institution.regionCode());
    }

    /** Creates a draft with {@code create}, uploads every required material and submits it. */
    CaseInfo submitted(CurrentUser applicant, Function<CurrentUser, CaseInfo> create) {
        CaseInfo draft = create.apply(applicant);
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            upload(applicant, draft, m.code());
        }
        return submission.submit(applicant, draft.caseNo());
    }

    void upload(CurrentUser applicant, CaseInfo c, String code) {
        byte[] sample = pdf.render(new DocumentContent("示例材料", code, null,
                List.of("演示数据：" + c.applicantName() + " 提交的材料 " + code + "。"), null, null, c.applicantName(),
                cases.today()));
        materials.upload(applicant, c.caseNo(), code, code + ".pdf", new ByteArrayInputStream(sample));
    }

    void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment, Map<String, Object> fields) {
        TaskItem task = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 20)).items().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        inbox.complete(user, task.id(), outcome, comment, fields);
    }
}
