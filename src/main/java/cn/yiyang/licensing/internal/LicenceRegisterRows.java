package cn.yiyang.licensing.internal;

import cn.yiyang.licensing.Licence;
import cn.yiyang.licensing.LicenceKind;
import java.time.LocalDate;

/** Register rows as people read them: validity and the next 校验 as of today. */
public final class LicenceRegisterRows {

    private LicenceRegisterRows() {
    }

    public static Licence licence(LicensingMapper.LicenceRow r, LocalDate today) {
        return new Licence(r.registrationNo, r.name, r.kind, LicenceKind.valueOf(r.kind).label(), r.category,
                r.institutionName, r.institutionCreditCode, r.township, r.address, r.legalRepresentative, r.beds,
                r.issuedOn, r.validUntil, !today.isAfter(r.validUntil), r.checkIntervalYears,
                CheckSchedule.next(r.issuedOn, r.checkIntervalYears, today), r.issuedBy, r.caseNo);
    }
}
