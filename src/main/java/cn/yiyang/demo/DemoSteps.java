package cn.yiyang.demo;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.PageRequest;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** What the demo runners do as people: act as a demo account and complete a case's open task from its inbox. */
@Component
@Profile("demo")
class DemoSteps {

    private final AccountService accounts;
    private final TaskInbox inbox;

    DemoSteps(AccountService accounts, TaskInbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    CurrentUser user(String username) {
        var a = accounts.find(username).orElseThrow();
        return new CurrentUser(a.username(), a.displayName(), a.roles(), a.departmentCode(), a.institutionId(),
                a.regionCode());
    }

    void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment, Map<String, Object> fields) {
        TaskItem task = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 20)).items().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        inbox.complete(user, task.id(), outcome, comment, fields);
    }
}
