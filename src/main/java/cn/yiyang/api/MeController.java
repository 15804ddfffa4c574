package cn.yiyang.api;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final InstitutionService institutions;

    MeController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    record Me(String username, String displayName, List<Role> roles, String department, InstitutionRef institution) {
    }

    record InstitutionRef(long id, String creditCode, String name) {
    }

    @GetMapping
    Me me() {
        CurrentUser user = CurrentUsers.require();
        InstitutionRef institution = user.institutionId() == null ? null
                : institutions.find(user.institutionId()).map(i -> new InstitutionRef(i.id(), i.creditCode(), i.name()))
                        .orElse(null);
        return new Me(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                user.departmentCode(), institution);
    }
}
