package cn.yiyang.api;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.shared.AccessDeniedProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ADMIN's check of the audit trail: every chain recomputed; an edited, deleted or cut entry is reported. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    AuditTrail.VerificationReport verify() {
        if (!CurrentUsers.require().has(Role.ADMIN)) {
            throw new AccessDeniedProblem("只有系统管理员可以核验审计链");
        }
        return audit.verify();
    }
}
