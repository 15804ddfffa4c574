package cn.yiyang.api;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.Idempotency;
import cn.yiyang.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSummary;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Cases of every matter: list, view, materials and documents (API.md "Cases"). */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseService cases;
    private final CaseViews views;
    private final MaterialService materials;
    private final IssuedDocuments documents;
    private final CaseSubmission submission;
    private final Idempotency idempotency;

    CaseController(CaseService cases, CaseViews views, MaterialService materials, IssuedDocuments documents,
                   CaseSubmission submission, Idempotency idempotency) {
        this.cases = cases;
        this.views = views;
        this.materials = materials;
        this.documents = documents;
        this.submission = submission;
        this.idempotency = idempotency;
    }

    /** Submits a draft: starts its process (200 the case); 422 while a required material is missing. */
    @PostMapping("/{caseNo}/submit")
    CaseView submit(@PathVariable String caseNo,
                    @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CurrentUser user = CurrentUsers.require();
        idempotency.run(user.username(), key, "submit:" + caseNo, () -> submission.submit(user, caseNo).caseNo());
        return views.view(user, caseNo);
    }

    record Answer(@Size(max = 2000, message = "说明不能超过 2000 字") String comment) {
    }

    record Withdrawal(@NotBlank(message = "请写明撤回理由") @Size(max = 500, message = "理由不能超过 500 字") String reason) {
    }

    /** The applicant has answered a supplement notice; the clock runs again. */
    @PostMapping("/{caseNo}/supplement")
    CaseView supplement(@PathVariable String caseNo, @Valid @RequestBody(required = false) Answer answer) {
        CurrentUser user = CurrentUsers.require();
        submission.answerSupplement(user, caseNo, answer == null ? null : answer.comment());
        return views.view(user, caseNo);
    }

    @PostMapping("/{caseNo}/withdraw")
    CaseView withdraw(@PathVariable String caseNo, @Valid @RequestBody Withdrawal body) {
        CurrentUser user = CurrentUsers.require();
        submission.withdraw(user, caseNo, body.reason());
        return views.view(user, caseNo);
    }

    @GetMapping
    PageResult<CaseSummary> list(@RequestParam(required = false) Matter matter,
                                 @RequestParam(required = false) CaseStatus status,
                                 @RequestParam(required = false) Warning warning,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return cases.list(CurrentUsers.require(), matter, status, warning, q, PageRequest.of(page, size));
    }

    @GetMapping("/{caseNo}")
    CaseView view(@PathVariable String caseNo) {
        return views.view(CurrentUsers.require(), caseNo);
    }

    @GetMapping("/{caseNo}/documents/{id}")
    ResponseEntity<Resource> document(@PathVariable String caseNo, @PathVariable long id) {
        return Files.download(documents.open(CurrentUsers.require(), caseNo, id));
    }

    @PostMapping(path = "/{caseNo}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseView.Material> upload(@PathVariable String caseNo, @RequestParam("code") String code,
                                             @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(materials.upload(CurrentUsers.require(), caseNo, code, file.getOriginalFilename(), in));
        }
    }

    @GetMapping("/{caseNo}/materials/{id}")
    ResponseEntity<Resource> material(@PathVariable String caseNo, @PathVariable long id) {
        return Files.download(materials.open(CurrentUsers.require(), caseNo, id));
    }
}
