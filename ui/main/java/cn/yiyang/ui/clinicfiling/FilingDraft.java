package cn.yiyang.ui.clinicfiling;

import cn.yiyang.clinicfiling.ClinicFilingRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The wizard's editable state, turned into a {@link ClinicFilingRequest} on save. */
public class FilingDraft {

    private String clinicName = "";
    private String clinicType = "INFIRMARY";
    private LocalDate openingDate;
    private String services = "";
    private String address = "";
    private String headName = "";
    private String headIdNumber = "";
    private String headQualificationNo = "";
    private String referralPartnerCreditCode;
    private final List<StaffLine> staff = new ArrayList<>(List.of(new StaffLine()));

    /** One doctor or nurse. */
    public static class StaffLine {
        private String name = "";
        private String idNumber = "";
        private String profession = "护士";
        private String certificateNo = "";

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String v) { idNumber = v; }
        public String getProfession() { return profession; }
        public void setProfession(String v) { profession = v; }
        public String getCertificateNo() { return certificateNo; }
        public void setCertificateNo(String v) { certificateNo = v; }
    }

    public ClinicFilingRequest toRequest() {
        List<String> serviceList = Arrays.stream(services.split("[,，、\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new ClinicFilingRequest(clinicName, clinicType, openingDate, serviceList,
                new ClinicFilingRequest.Head(headName, headIdNumber, headQualificationNo),
                staff.stream().map(s -> new ClinicFilingRequest.Staff(s.name, s.idNumber, s.profession, s.certificateNo))
                        .toList(), referralPartnerCreditCode, address);
    }

    public String getClinicName() { return clinicName; }
    public void setClinicName(String v) { clinicName = v; }
    public String getClinicType() { return clinicType; }
    public void setClinicType(String v) { clinicType = v; }
    public LocalDate getOpeningDate() { return openingDate; }
    public void setOpeningDate(LocalDate v) { openingDate = v; }
    public String getServices() { return services; }
    public void setServices(String v) { services = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getHeadName() { return headName; }
    public void setHeadName(String v) { headName = v; }
    public String getHeadIdNumber() { return headIdNumber; }
    public void setHeadIdNumber(String v) { headIdNumber = v; }
    public String getHeadQualificationNo() { return headQualificationNo; }
    public void setHeadQualificationNo(String v) { headQualificationNo = v; }
    public String getReferralPartnerCreditCode() { return referralPartnerCreditCode; }
    public void setReferralPartnerCreditCode(String v) { referralPartnerCreditCode = v; }
    public List<StaffLine> getStaff() { return staff; }
}
