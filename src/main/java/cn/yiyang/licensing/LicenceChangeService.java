package cn.yiyang.licensing;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.licensing.internal.LicensingMapper;
import cn.yiyang.licensing.internal.LicensingMapper.ApplicationRow;
import cn.yiyang.licensing.internal.LicensingMapper.LicenceRow;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 变更登记 (《医疗机构管理条例》 Art. 20): the licensed institution asks to change what its licence says. The change
 * case runs licence-change (acceptance, decision, delivery of the changed licence) on a copy of the licence's
 * application with the new values; the registration number and validity stay.
 */
@Service
public class LicenceChangeService {

    private final CaseService cases;
    private final LicensingMapper licensing;

    LicenceChangeService(CaseService cases, LicensingMapper licensing) {
        this.cases = cases;
        this.licensing = licensing;
    }

    @Transactional
    public CaseInfo create(CurrentUser user, String registrationNo, LicenceChangeRequest request) {
        if (!user.has(Role.APPLICANT) || user.institutionId() == null) {
            throw new AccessDeniedProblem("只有机构的申请人账号可以申请变更登记");
        }
        LicenceRow licence = licensing.licenceByNo(registrationNo);
        if (licence == null || licence.institutionId != user.institutionId()) {
            throw new NotFoundException("本机构没有登记号为 " + registrationNo + " 的执业许可证");
        }
        ApplicationRow row = copy(licensing.find(licence.caseId));
        List<String> changed = new ArrayList<>();
        row.name = changed(changed, "name", row.name, request.name());
        row.address = changed(changed, "address", row.address, request.address());
        row.legalRepresentative = changed(changed, "legalRepresentative", row.legalRepresentative,
                request.legalRepresentative());
        row.departments = changed(changed, "departments", row.departments, request.departments() == null ? null
                : String.join("、", request.departments().stream().map(String::strip).toList()));
        if (request.beds() != null && request.beds() != row.beds) {
            changed.add("beds");
            row.beds = request.beds();
        }
        if (changed.isEmpty()) {
            throw new FieldErrors(List.of(new FieldErrors.FieldError("name",
                    "请至少变更一项：名称、地址、负责人、诊疗科目或床位")));
        }
        CaseInfo c = cases.createDraft(user, Matter.LICENCE_CHANGE, licence.institutionId, licence.institutionName,
                licence.name + "（" + registrationNo + "）变更登记：" + request.reason().strip());
        row.caseId = c.id();
        licensing.insert(row);
        licensing.insertChange(c.id(), licence.id, String.join(",", changed));
        return c;
    }

    private static String changed(List<String> changed, String field, String before, String after) {
        if (after == null || after.isBlank() || Objects.equals(before, after.strip())) {
            return before;
        }
        changed.add(field);
        return after.strip();
    }

    private static ApplicationRow copy(ApplicationRow a) {
        ApplicationRow row = new ApplicationRow();
        row.institutionId = a.institutionId;
        row.name = a.name;
        row.category = a.category;
        row.grade = a.grade;
        row.kind = a.kind;
        row.ownership = a.ownership;
        row.profit = a.profit;
        row.beds = a.beds;
        row.departments = a.departments;
        row.serviceTarget = a.serviceTarget;
        row.serviceMode = a.serviceMode;
        row.registeredCapital = a.registeredCapital;
        row.legalRepresentative = a.legalRepresentative;
        row.address = a.address;
        return row;
    }
}
