package cn.yiyang.api;

import cn.yiyang.casework.Idempotency;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionController {

    private final InstitutionService institutions;
    private final Idempotency idempotency;
    private final RequestHash hash;

    InstitutionController(InstitutionService institutions, Idempotency idempotency, RequestHash hash) {
        this.institutions = institutions;
        this.idempotency = idempotency;
        this.hash = hash;
    }

    @GetMapping
    PageResult<Institution> search(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) InstitutionType type,
                                   @RequestParam(required = false) String township,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return institutions.search(CurrentUsers.require(), q, type, township, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Institution get(@PathVariable long id) {
        return institutions.get(CurrentUsers.require(), id);
    }

    @PostMapping
    ResponseEntity<Institution> create(@Valid @RequestBody InstitutionForm form,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        Idempotency.Result result = idempotency.run(user.username(), key, hash.of("institutions", form),
                () -> String.valueOf(institutions.create(user, form).id()));
        return ResponseEntity.status(HttpStatus.CREATED).body(institutions.get(user, Long.parseLong(result.resource())));
    }

    @PutMapping("/{id}")
    Institution update(@PathVariable long id, @Valid @RequestBody InstitutionForm form) {
        return institutions.update(CurrentUsers.require(), id, form);
    }
}
