package cn.yiyang.clinicfiling;

import cn.yiyang.clinicfiling.internal.ClinicFilingMapper;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public registry of filed in-house clinics: what was registered, where and by whom; no personal data. */
@Service
public class ClinicRegistry {

    public record Entry(String kind, String registrationNo, String name, String type, String typeLabel,
                        String institution, String institutionCreditCode, String township, String address,
                        LocalDate openingDate, LocalDateTime registeredAt) {
    }

    private final ClinicFilingMapper filings;

    ClinicRegistry(ClinicFilingMapper filings) {
        this.filings = filings;
    }

    @Transactional(readOnly = true)
    public PageResult<Entry> entries(String region, String type, PageRequest page) {
        String clinicType = type == null || type.isBlank() ? null : ClinicType.parse(type).map(Enum::name).orElse("-");
        List<Entry> items = filings.registry(region, clinicType, page.size(), page.offset()).stream()
                .map(r -> new Entry("CLINIC_FILING", r.registrationNo(), r.clinicName(), r.clinicType(),
                        ClinicType.valueOf(r.clinicType()).label(), r.institutionName(), r.institutionCreditCode(),
                        r.township(), r.address(), r.openingDate(), r.registeredAt())).toList();
        return new PageResult<>(items, page.page(), page.size(), filings.countRegistry(region, clinicType));
    }
}
