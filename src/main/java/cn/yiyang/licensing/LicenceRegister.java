package cn.yiyang.licensing;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.licensing.internal.LicenceRegisterRows;
import cn.yiyang.licensing.internal.LicensingMapper;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence register (医疗机构执业许可证登记簿): validity and the next 校验 of every licence the county issued. An
 * applicant sees its own institution's; bureau staff see the region's. The public registry shows them without
 * personal data.
 */
@Service
public class LicenceRegister {

    private final LicensingMapper licensing;
    private final Clock clock;

    LicenceRegister(LicensingMapper licensing, Clock clock) {
        this.licensing = licensing;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Licence> list(CurrentUser user, String kind, PageRequest page) {
        Long institution = user.isApplicant() ? user.institutionId() : null;
        String k = kindFilter(kind);
        LocalDate today = LocalDate.now(clock);
        List<Licence> items = licensing.licences(user.regionCode(), institution, k, page.size(), page.offset()).stream()
                .map(r -> LicenceRegisterRows.licence(r, today)).toList();
        return new PageResult<>(items, page.page(), page.size(), licensing.countLicences(user.regionCode(), institution, k));
    }

    /** The licences of a region for the public registry, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Licence> published(String region, String kind, PageRequest page) {
        String k = kindFilter(kind);
        LocalDate today = LocalDate.now(clock);
        List<Licence> items = licensing.licences(region, null, k, page.size(), page.offset()).stream()
                .map(r -> LicenceRegisterRows.licence(r, today)).toList();
        return new PageResult<>(items, page.page(), page.size(), licensing.countLicences(region, null, k));
    }

    /** A licence kind to filter by; "-" (matches nothing) for an unknown one, null for none. */
    private static String kindFilter(String kind) {
        return kind == null || kind.isBlank() ? null : LicenceKind.parse(kind).map(Enum::name).orElse("-");
    }
}
