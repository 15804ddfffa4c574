package cn.yiyang.clinicfiling;

import java.time.LocalDate;

/** A filing was signed off: the clinic exists; its supervision is scheduled from the opening date. */
public record ClinicFilingRegistered(long caseId, String caseNo, LocalDate openingDate) {
}
