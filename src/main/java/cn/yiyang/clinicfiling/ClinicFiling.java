package cn.yiyang.clinicfiling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A filing as shown to people: personal ID numbers masked (《个人信息保护法》). */
public record ClinicFiling(String caseNo, String clinicName, ClinicType clinicType, String clinicTypeLabel,
                           String address, LocalDate openingDate, List<String> services, String headName,
                           String headIdNumberMasked, String headQualificationNo, List<StaffMember> staff,
                           String referralPartnerCreditCode, String registrationNo, LocalDateTime registeredAt) {

    public record StaffMember(String name, String idNumberMasked, String profession, String certificateNo) {
    }
}
