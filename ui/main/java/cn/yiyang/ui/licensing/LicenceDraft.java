package cn.yiyang.ui.licensing;

import cn.yiyang.licensing.LicenceApplicationRequest;
import java.util.Arrays;
import java.util.List;

/** The licence wizard's editable state, turned into a {@link LicenceApplicationRequest} on save. */
public class LicenceDraft {

    private String name = "";
    private String category = "";
    private String grade = "UNGRADED";
    private String kind = "NURSING_HOME_HOSPITAL";
    private String ownership = "PRIVATE";
    private String profit = "NON_PROFIT";
    private Integer beds = 0;
    private String departments = "";
    private String serviceTarget = "社会";
    private String serviceMode = "";
    private String registeredCapital = "";
    private String legalRepresentative = "";
    private String address = "";

    public LicenceApplicationRequest toRequest() {
        List<String> list = Arrays.stream(departments.split("[,，、\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new LicenceApplicationRequest(name, category, grade, kind, ownership, profit, beds, list, serviceTarget,
                serviceMode, registeredCapital, legalRepresentative, address);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getGrade() { return grade; }
    public void setGrade(String v) { grade = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getOwnership() { return ownership; }
    public void setOwnership(String v) { ownership = v; }
    public String getProfit() { return profit; }
    public void setProfit(String v) { profit = v; }
    public Integer getBeds() { return beds; }
    public void setBeds(Integer v) { beds = v; }
    public String getDepartments() { return departments; }
    public void setDepartments(String v) { departments = v; }
    public String getServiceTarget() { return serviceTarget; }
    public void setServiceTarget(String v) { serviceTarget = v; }
    public String getServiceMode() { return serviceMode; }
    public void setServiceMode(String v) { serviceMode = v; }
    public String getRegisteredCapital() { return registeredCapital; }
    public void setRegisteredCapital(String v) { registeredCapital = v; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { legalRepresentative = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
}
