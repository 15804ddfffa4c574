package cn.yiyang.api;

import cn.yiyang.casework.CaseViews;
import cn.yiyang.clinicfiling.ClinicRegistry;
import cn.yiyang.licensing.Licence;
import cn.yiyang.licensing.LicenceRegister;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may see without logging in (API.md "Public"). */
@RestController
@RequestMapping("/api/v1/public")
class PublicController {

    static final String FILED = "CLINIC_FILING";
    static final String LICENSED = "LICENCE_2IN1";

    /**
     * One entry of the public registry: a filed in-house clinic ({@code kind} CLINIC_FILING) or a licensed medical
     * institution ({@code kind} LICENCE_2IN1, with its validity). No personal data.
     */
    record RegistryEntry(String kind, String registrationNo, String name, String type, String typeLabel,
                         String institution, String institutionCreditCode, String township, String address,
                         LocalDate openingDate, LocalDateTime registeredAt, LocalDate validUntil) {
    }

    private final CaseViews views;
    private final ClinicRegistry clinics;
    private final LicenceRegister licences;
    private final String region;

    PublicController(CaseViews views, ClinicRegistry clinics, LicenceRegister licences,
                     @Value("${yiyang.region-code}") String region) {
        this.views = views;
        this.clinics = clinics;
        this.licences = licences;
        this.region = region;
    }

    /** Progress by case number and the applicant's credit code: status and milestones, no personal data. */
    @GetMapping("/cases/{caseNo}")
    CaseViews.PublicProgress progress(@PathVariable String caseNo, @RequestParam String creditCode) {
        return views.publicProgress(caseNo, creditCode);
    }

    /** Filed in-house clinics and licensed medical institutions, newest first; {@code type} a clinic type or kind. */
    @GetMapping("/registry")
    PageResult<RegistryEntry> registry(@RequestParam(required = false) String type,
                                       @RequestParam(required = false) String kind,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        PageRequest wanted = PageRequest.of(page, size);
        int needed = wanted.offset() + wanted.size();
        boolean filed = kind == null || kind.isBlank() || FILED.equals(kind);
        boolean licensed = kind == null || kind.isBlank() || LICENSED.equals(kind);
        List<RegistryEntry> merged = new ArrayList<>();
        long total = 0;
        if (filed) {
            total += collect(p -> clinics.entries(region, type, p), needed, merged, PublicController::entry);
        }
        if (licensed) {
            total += collect(p -> licences.published(region, type, p), needed, merged, PublicController::entry);
        }
        merged.sort(Comparator.comparing(RegistryEntry::registeredAt, Comparator.nullsLast(Comparator.reverseOrder())));
        List<RegistryEntry> items = merged.subList(Math.min(wanted.offset(), merged.size()),
                Math.min(needed, merged.size()));
        return new PageResult<>(List.copyOf(items), wanted.page(), wanted.size(), total);
    }

    /** Reads the first {@code needed} entries of one source, page by page; returns the source's total. */
    private static <T> long collect(Function<PageRequest, PageResult<T>> source, int needed, List<RegistryEntry> into,
                                    Function<T, RegistryEntry> map) {
        long total = 0;
        int read = 0;
        for (int p = 0; read < needed; p++) {
            PageResult<T> result = source.apply(new PageRequest(p, PageRequest.MAX_SIZE));
            total = result.total();
            result.items().stream().limit(needed - read).map(map).forEach(into::add);
            read += result.items().size();
            if (result.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return total;
    }

    private static RegistryEntry entry(ClinicRegistry.Entry e) {
        return new RegistryEntry(FILED, e.registrationNo(), e.name(), e.type(), e.typeLabel(), e.institution(),
                e.institutionCreditCode(), e.township(), e.address(), e.openingDate(), e.registeredAt(), null);
    }

    private static RegistryEntry entry(Licence l) {
        return new RegistryEntry(LICENSED, l.registrationNo(), l.name(), l.kind(), l.kindLabel(), l.institutionName(),
                l.institutionCreditCode(), l.township(), l.address(), l.issuedOn(), l.issuedOn().atStartOfDay(),
                l.validUntil());
    }
}
