package cn.yiyang.casework;

import cn.yiyang.casework.internal.ContentTypes;
import cn.yiyang.casework.internal.FileStore;
import cn.yiyang.casework.internal.MaterialMapper;
import cn.yiyang.casework.internal.MaterialMapper.MaterialRow;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.TooLargeException;
import cn.yiyang.shared.UnsupportedTypeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The applicant's materials: files on disk with their SHA-256, accepted only while the case is a draft or being
 * supplemented, only for a material the matter requires, only as PDF, JPEG or PNG by content.
 */
@Service
public class MaterialService {

    private static final Set<CaseStatus> OPEN_FOR_UPLOAD = Set.of(CaseStatus.DRAFT, CaseStatus.SUPPLEMENTING);
    public static final String OTHER = "OTHER";

    private final MaterialMapper materials;
    private final FileStore files;
    private final CaseService cases;
    private final AuditTrail audit;
    private final Map<Matter, MatterRules> rules;
    private final Clock clock;
    private final long maxBytes;

    MaterialService(MaterialMapper materials, FileStore files, CaseService cases, AuditTrail audit,
                    List<MatterRules> rules, Clock clock, @Value("${yiyang.materials.max-size}") DataSize maxSize) {
        this.materials = materials;
        this.files = files;
        this.cases = cases;
        this.audit = audit;
        this.rules = rules.stream().collect(Collectors.toMap(MatterRules::matter, Function.identity()));
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public CaseView.Material upload(CurrentUser user, String caseNo, String code, String originalName, InputStream in) {
        CaseInfo c = cases.ownCase(user, caseNo);
        if (!OPEN_FOR_UPLOAD.contains(c.status())) {
            throw new BusinessRuleException("CASE_NOT_OPEN_FOR_UPLOAD", "案件当前状态（" + c.status().label() + "）不能上传材料");
        }
        List<MatterRules.MaterialRequirement> required = requirements(c);
        String name = code == null ? null : required.stream().filter(r -> r.code().equals(code))
                .map(MatterRules.MaterialRequirement::name).findFirst()
                .orElse(OTHER.equals(code) ? "其他材料" : null);
        if (name == null) {
            throw new FieldErrors(List.of(new FieldErrors.FieldError("code", "材料类别不在本事项的材料清单中：" + code)));
        }
        return store(c, user.username(), code, name, originalName, in, true);
    }

    /**
     * Under the case's row lock, taken once the file has arrived (not while it streams in): the case is still open for
     * upload, and the file (content and name) is not the one already current for this material. So a double click, a
     * retried upload or two accounts sending the same file keep it once; the others are told it is there (409).
     */
    private void checkStillOpen(CaseInfo c, String code, String sha256, String fileName) {
        CaseInfo locked = cases.lock(c.id());
        if (!OPEN_FOR_UPLOAD.contains(locked.status())) {
            throw new ConflictException("案件已提交（" + locked.status().label() + "），不能再上传材料，请刷新");
        }
        if (materials.isCurrent(c.id(), code, sha256, fileName)) {
            throw new ConflictException("同一文件（" + fileName + "）已上传为该材料，请刷新");
        }
    }

    /**
     * A working file of a step other than the applicant's submission (an inspector's photo, a rectification's
     * evidence): same checks of type and size and the same storage, kept beside earlier files of the same code. The
     * calling module has checked that {@code actor} may add it to this case now.
     */
    @Transactional
    public CaseView.Material attach(CaseInfo c, String actor, String code, String name, String originalName,
                                    InputStream in) {
        return store(c, actor, code, name, originalName, in, false);
    }

    private CaseView.Material store(CaseInfo c, String actor, String code, String name, String originalName,
                                    InputStream in, boolean supersede) {
        FileStore.Received received = files.receive(in, maxBytes);
        if (received == null) {
            throw new TooLargeException("文件超过 " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB 的上限");
        }
        String type;
        try {
            type = ContentTypes.detect(received.temp());
        } catch (IOException e) {
            files.discard(received);
            throw new UncheckedIOException(e);
        }
        if (type == null) {
            files.discard(received);
            throw new UnsupportedTypeException("只接受 PDF、JPEG、PNG 文件（按文件内容判断，而非文件名）");
        }
        if (received.size() == 0) {
            files.discard(received);
            throw new FieldErrors(List.of(new FieldErrors.FieldError("file", "文件为空")));
        }
        if (supersede) {
            try {
                checkStillOpen(c, code, received.sha256(), ContentTypes.safeFileName(originalName));
            } catch (RuntimeException e) {
                files.discard(received);
                throw e;
            }
        }
        MaterialRow row = new MaterialRow();
        row.caseId = c.id();
        row.code = code;
        row.name = name;
        row.fileName = ContentTypes.safeFileName(originalName);
        row.contentType = type;
        row.sizeBytes = received.size();
        row.sha256 = received.sha256();
        row.storageKey = files.keep(received);
        row.uploadedBy = actor;
        // seconds, as stored (the JDBC URL has sendFractionalSeconds=false), so the answer equals a later read
        row.uploadedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        materials.insert(row);
        if (supersede) {
            materials.supersede(c.id(), code, row.id);
        }
        audit.record(c.id(), actor, "MATERIAL_UPLOADED", name + "：" + row.fileName + " sha256=" + row.sha256);
        // the row just written, as ofCase would read it back (not all materials of the case again: O(n) per upload)
        return new CaseView.Material(row.id, row.code, row.name, row.fileName, row.sizeBytes, row.sha256,
                row.contentType, row.uploadedAt, false);
    }

    @Transactional(readOnly = true)
    public List<CaseView.Material> ofCase(long caseId) {
        return materials.ofCase(caseId);
    }

    /** Required materials with whether a current file exists for each. */
    @Transactional(readOnly = true)
    public List<CaseView.RequiredMaterial> required(CaseInfo c) {
        Set<String> provided = Set.copyOf(materials.providedCodes(c.id()));
        return requirements(c).stream()
                .map(r -> new CaseView.RequiredMaterial(r.code(), r.name(), provided.contains(r.code()))).toList();
    }

    /** Materials uploaded after a moment (what changed in a supplement round). */
    @Transactional(readOnly = true)
    public int uploadedSince(long caseId, LocalDateTime since) {
        return materials.uploadedSince(caseId, since);
    }

    @Transactional(readOnly = true)
    public StoredFile open(CurrentUser user, String caseNo, long materialId) {
        CaseInfo c = cases.visible(user, caseNo);
        MaterialRow row = materials.find(c.id(), materialId);
        if (row == null) {
            throw new NotFoundException("材料不存在");
        }
        return new StoredFile(files.path(row.storageKey), row.fileName, row.contentType, row.sizeBytes, row.sha256);
    }

    /**
     * One set of materials for several cases: the current files of {@code codes} become materials of another case
     * (the sub-case of a single-window application), audited on both.
     */
    @Transactional
    public int share(long fromCaseId, long toCaseId, java.util.Collection<String> codes, String actor) {
        if (codes.isEmpty()) {
            return 0;
        }
        int copied = materials.copy(fromCaseId, toCaseId, codes);
        audit.record(toCaseId, actor, "MATERIALS_SHARED", copied + " 项材料取自案件 " + cases.get(fromCaseId).caseNo());
        return copied;
    }

    private List<MatterRules.MaterialRequirement> requirements(CaseInfo c) {
        return Optional.ofNullable(rules.get(c.matter())).map(r -> r.requiredMaterials(c.id())).orElse(List.of());
    }
}
