package cn.yiyang.institution;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.internal.InstitutionMapper;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.CreditCode;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of institutions: kept by ADMIN, CIVIL and HEALTH; an applicant sees its own institution only. */
@Service
public class InstitutionService {

    private static final Set<String> KEEPERS = Set.of("CIVIL", "HEALTH");

    private final InstitutionMapper institutions;
    private final ApplicationEventPublisher events;

    InstitutionService(InstitutionMapper institutions, ApplicationEventPublisher events) {
        this.institutions = institutions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Institution> search(CurrentUser user, String q, InstitutionType type, String township,
                                          PageRequest page) {
        if (user.isApplicant() && !user.hasAny(Role.ADMIN, Role.REVIEWER, Role.LEADER, Role.SUPERVISOR)) {
            Institution own = institutions.findById(user.institutionId());
            return new PageResult<>(List.of(own), 0, page.size(), 1);
        }
        List<Institution> items = institutions.search(user.regionCode(), q, type, township, page.size(), page.offset());
        return new PageResult<>(items, page.page(), page.size(),
                institutions.count(user.regionCode(), q, type, township));
    }

    @Transactional(readOnly = true)
    public Institution get(CurrentUser user, long id) {
        Institution institution = institutions.findById(id);
        if (institution == null || !institution.regionCode().equals(user.regionCode())
                || (user.isApplicant() && !user.institutionId().equals(id)
                    && !user.hasAny(Role.ADMIN, Role.REVIEWER, Role.LEADER, Role.SUPERVISOR))) {
            throw new NotFoundException("机构不存在");
        }
        return institution;
    }

    /** For services acting on behalf of the system (no access check): the case's applicant, a registry read. */
    @Transactional(readOnly = true)
    public Optional<Institution> find(long id) {
        return Optional.ofNullable(institutions.findById(id));
    }

    /**
     * The medical institutions of the caller's region an applicant may name as a referral or cooperation partner:
     * public registry facts, so visible to applicants too (unlike {@link #search}, which shows them their own only).
     */
    @Transactional(readOnly = true)
    public List<Institution> medicalPartners(CurrentUser user) {
        return institutions.search(user.regionCode(), null, InstitutionType.MEDICAL, null, PageRequest.MAX_SIZE, 0);
    }

    @Transactional(readOnly = true)
    public Optional<Institution> findByCreditCode(String creditCode) {
        return Optional.ofNullable(institutions.findByCreditCode(creditCode));
    }

    @Transactional(readOnly = true)
    public List<String> townships(String regionCode) {
        return institutions.townships(regionCode);
    }

    @Transactional
    public Institution create(CurrentUser user, InstitutionForm form) {
        requireKeeper(user);
        check(form, null);
        InstitutionMapper.GeneratedKey key = new InstitutionMapper.GeneratedKey();
        try {
            institutions.insert(user.regionCode(), form, key);
        } catch (DuplicateKeyException e) {
            throw duplicateCode();
        }
        events.publishEvent(new InstitutionChanged(key.id, user.username(), "INSTITUTION_CREATED"));
        return institutions.findById(key.id);
    }

    @Transactional
    public Institution update(CurrentUser user, long id, InstitutionForm form) {
        requireKeeper(user);
        Institution current = get(user, id);
        check(form, id);
        if (form.version() == null) {
            throw new FieldErrors(List.of(new FieldErrors.FieldError("version", "缺少版本号，无法判断是否为最新数据")));
        }
        int updated;
        try {
            updated = institutions.update(id, form.version(), form);
        } catch (DuplicateKeyException e) {
            throw duplicateCode();
        }
        if (updated == 0) {
            throw new ConflictException("机构信息已被他人修改（当前版本 " + current.version() + "），请刷新后重试");
        }
        events.publishEvent(new InstitutionChanged(id, user.username(), "INSTITUTION_UPDATED"));
        return institutions.findById(id);
    }

    /** The registry records that a filing or licence gave the institution an internal medical institution. */
    @Transactional
    public void markInternalMedical(long id) {
        institutions.markInternalMedical(id);
    }

    private void check(InstitutionForm form, Long id) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        errors.check(CreditCode.isValid(form.creditCode()), "creditCode", "统一社会信用代码校验不通过（GB 32100-2015）");
        errors.throwIfAny();
        Institution other = institutions.findByCreditCode(form.creditCode());
        if (other != null && !other.id().equals(id)) {
            throw duplicateCode();
        }
    }

    private static FieldErrors duplicateCode() {
        return new FieldErrors(List.of(new FieldErrors.FieldError("creditCode", "该统一社会信用代码已登记")));
    }

    private static void requireKeeper(CurrentUser user) {
        boolean keeper = user.has(Role.ADMIN)
                || (user.hasAny(Role.REVIEWER, Role.LEADER) && KEEPERS.contains(user.departmentCode()));
        if (!keeper) {
            throw new AccessDeniedProblem("只有系统管理员、民政局和卫健局可以维护机构名录");
        }
    }

    /** Published for the audit trail. */
    public record InstitutionChanged(long institutionId, String actor, String action) {
    }
}
