package cn.yiyang.inspection;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.internal.InspectionMapper;
import cn.yiyang.inspection.internal.InspectionMapper.CheckItemRow;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on one drawn target's case: the checklist as it stands, the inspectors' photos per item (kept as the
 * case's materials, listed in the 检查记录) and the institution's rectification evidence.
 */
@Service
public class InspectionWork {

    /** Material codes: {@code PHOTO-<item>} for a photo of an item, {@code EVIDENCE-<round>} for evidence. */
    public static final String PHOTO = "PHOTO-";
    public static final String EVIDENCE = "EVIDENCE-";

    private final InspectionMapper mapper;
    private final CaseService cases;
    private final MaterialService materials;
    private final AccountService accounts;

    InspectionWork(InspectionMapper mapper, CaseService cases, MaterialService materials, AccountService accounts) {
        this.mapper = mapper;
        this.cases = cases;
        this.materials = materials;
        this.accounts = accounts;
    }

    /** The checklist of a case the caller may see; empty when the case is not a drawn target. */
    @Transactional(readOnly = true)
    public Optional<ChecklistView> checklist(CurrentUser user, String caseNo) {
        CaseInfo c = cases.visible(user, caseNo);
        InspectionMapper.TargetRow t = mapper.target(c.id());
        if (t == null) {
            return Optional.empty();
        }
        InspectionMapper.PlanRow plan = mapper.scopeOf(t);
        Map<String, CheckItemRow> items = mapper.checkItems().stream()
                .collect(Collectors.toMap(CheckItemRow::code, Function.identity()));
        Map<String, InspectionMapper.AnswerRow> answers = mapper.answers(c.id()).stream()
                .collect(Collectors.toMap(InspectionMapper.AnswerRow::itemCode, Function.identity()));
        List<CaseView.Material> files = materials.ofCase(c.id()).stream().filter(m -> !m.superseded()).toList();
        List<ChecklistView.Line> lines = List.of(plan.items.split(",")).stream().map(code -> {
            CheckItemRow item = items.get(code);
            InspectionMapper.AnswerRow a = answers.get(code);
            return new ChecklistView.Line(code, item == null ? code : item.name(), item == null ? "" : item.basis(),
                    item == null ? "" : item.method(), a == null ? null : a.result(), a == null ? null : a.note(),
                    files.stream().filter(m -> m.code().equals(PHOTO + code)).toList());
        }).toList();
        return Optional.of(new ChecklistView(c.caseNo(), plan.id, plan.name, plan.caseNo, c.applicantName(),
                t.inspectorA, t.inspectorB, name(t.inspectorA), name(t.inspectorB), t.signedAAt != null,
                t.signedBAt != null, t.result, t.rectifyRound, c.dueDate(), lines,
                files.stream().filter(m -> m.code().startsWith(EVIDENCE)).toList()));
    }

    /** A photo of one item, by one of the two drawn inspectors while the record is not yet signed by both. */
    @Transactional
    public CaseView.Material uploadPhoto(CurrentUser user, String caseNo, String itemCode, String fileName,
                                         InputStream in) {
        CaseInfo c = cases.visible(user, caseNo);
        InspectionMapper.TargetRow t = mapper.lockTarget(c.id());
        if (t == null || !(user.username().equals(t.inspectorA) || user.username().equals(t.inspectorB))) {
            throw new AccessDeniedProblem("只有抽中的检查人员可以上传检查照片");
        }
        if (t.signedBAt != null || c.status() != CaseStatus.ONSITE) {
            throw new BusinessRuleException("RECORD_SIGNED", "检查记录已签名，不能再添加照片");
        }
        InspectionMapper.PlanRow plan = mapper.scopeOf(t);
        CheckItemRow item = mapper.checkItem(itemCode);
        new FieldErrors.Collector().check(item != null && List.of(plan.items.split(",")).contains(itemCode), "item",
                "不是本计划的检查事项：" + itemCode).throwIfAny();
        return materials.attach(c, user.username(), PHOTO + itemCode, "检查照片：" + item.name(), fileName, in);
    }

    /** Evidence of the rectification, by the institution's APPLICANT accounts while it is rectifying. */
    @Transactional
    public CaseView.Material uploadEvidence(CurrentUser user, String caseNo, String fileName, InputStream in) {
        CaseInfo c = cases.ownCase(user, caseNo);
        InspectionMapper.TargetRow t = mapper.lockTarget(c.id());
        if (t == null || c.status() != CaseStatus.RECTIFYING) {
            throw new BusinessRuleException("NOT_RECTIFYING", "案件不在整改期间，不能上传整改佐证材料");
        }
        return materials.attach(c, user.username(), EVIDENCE + t.rectifyRound,
                "整改佐证材料（第" + t.rectifyRound + "次）", fileName, in);
    }

    private String name(String username) {
        return accounts.find(username).map(Account::displayName).orElse(username);
    }
}
