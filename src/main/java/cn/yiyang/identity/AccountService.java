package cn.yiyang.identity;

import cn.yiyang.identity.internal.AccountMapper;
import cn.yiyang.identity.internal.AccountRow;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, roles and departments; only an ADMIN changes them. */
@Service
public class AccountService {

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountMapper accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                   Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Account> search(CurrentUser admin, String q, PageRequest page) {
        requireAdmin(admin);
        List<Account> items = accounts.search(admin.regionCode(), q, page.size(), page.offset()).stream()
                .map(AccountRow::toAccount).toList();
        return new PageResult<>(items, page.page(), page.size(), accounts.count(admin.regionCode(), q));
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.findByUsername(username)).map(AccountRow::toAccount);
    }

    @Transactional
    public Account create(CurrentUser admin, AccountForm form) {
        requireAdmin(admin);
        validate(form, true);
        if (accounts.findByUsername(form.username()) != null) {
            throw new FieldErrors(List.of(new FieldErrors.FieldError("username", "用户名已存在")));
        }
        AccountRow row = new AccountRow();
        row.username = form.username();
        row.passwordHash = passwordEncoder.encode(form.password());
        row.regionCode = admin.regionCode();
        row.createdAt = LocalDateTime.now(clock);
        copy(form, row);
        accounts.insert(row);
        form.roles().forEach(role -> accounts.insertRole(row.id, role));
        events.publishEvent(new AccountChanged(admin.username(), row.username, "ACCOUNT_CREATED"));
        return accounts.findById(row.id).toAccount();
    }

    @Transactional
    public Account update(CurrentUser admin, long id, AccountForm form) {
        requireAdmin(admin);
        validate(form, false);
        AccountRow row = accounts.findById(id);
        if (row == null || !row.regionCode.equals(admin.regionCode())) {
            throw new NotFoundException("账号不存在");
        }
        copy(form, row);
        row.version = form.version() == null ? row.version : form.version();
        if (accounts.update(row) == 0) {
            throw new ConflictException("账号已被他人修改，请刷新后重试");
        }
        accounts.deleteRoles(id);
        form.roles().forEach(role -> accounts.insertRole(id, role));
        if (form.password() != null && !form.password().isBlank()) {
            accounts.updatePassword(id, passwordEncoder.encode(form.password()));
        }
        events.publishEvent(new AccountChanged(admin.username(), row.username, "ACCOUNT_UPDATED"));
        return accounts.findById(id).toAccount();
    }

    @Transactional(readOnly = true)
    public List<Department> departments() {
        return accounts.departments();
    }

    /** The accounts a notice for a group should reach (e.g. the HEALTH LEADER, an institution's staff). */
    @Transactional(readOnly = true)
    public List<String> usernamesOf(String departmentCode, Role role) {
        return accounts.usernamesOf(departmentCode, role);
    }

    @Transactional(readOnly = true)
    public List<String> usernamesOfInstitution(long institutionId) {
        return accounts.usernamesOfInstitution(institutionId);
    }

    private void validate(AccountForm form, boolean creating) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        // a new account needs a password; a change of an existing one sets a new password only when one is given
        if (creating || (form.password() != null && !form.password().isBlank())) {
            PasswordPolicy.problem(form.username(), form.password())
                    .ifPresent(problem -> errors.check(false, "password", problem));
        }
        boolean applicant = form.roles().contains(Role.APPLICANT);
        errors.check(!applicant || form.institutionId() != null, "institutionId", "申请人账号必须关联机构");
        boolean staff = form.roles().stream().anyMatch(r -> r == Role.REVIEWER || r == Role.LEADER || r == Role.INSPECTOR);
        errors.check(!staff || form.departmentCode() != null, "departmentCode", "审查、负责人、检查人员账号必须属于部门");
        errors.throwIfAny();
    }

    private static void copy(AccountForm form, AccountRow row) {
        row.displayName = form.displayName();
        row.departmentCode = blankToNull(form.departmentCode());
        row.institutionId = form.institutionId();
        row.email = blankToNull(form.email());
        row.enabled = form.enabled();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("仅系统管理员可管理账号");
        }
    }

    /** Published so that the audit trail records who changed which account. */
    public record AccountChanged(String actor, String username, String action) {
    }
}
