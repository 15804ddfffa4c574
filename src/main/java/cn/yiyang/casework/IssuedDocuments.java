package cn.yiyang.casework;

import cn.yiyang.casework.internal.DocumentMapper;
import cn.yiyang.casework.internal.DocumentMapper.DocumentRow;
import cn.yiyang.casework.internal.FileStore;
import cn.yiyang.casework.internal.NumberSeries;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.document.PdfRenderer;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Numbers, renders, stores and serves the documents a case issues. */
@Service
public class IssuedDocuments {

    private final DocumentMapper documents;
    private final FileStore files;
    private final NumberSeries numbers;
    private final PdfRenderer renderer;
    private final CaseService cases;
    private final AuditTrail audit;
    private final Clock clock;
    private final String regionAbbr;
    private final String issuerName;

    IssuedDocuments(DocumentMapper documents, FileStore files, NumberSeries numbers, PdfRenderer renderer,
                    CaseService cases, AuditTrail audit, Clock clock,
                    @Value("${yiyang.region-abbr:芒}") String regionAbbr,
                    @Value("${yiyang.region-name}") String regionName) {
        this.documents = documents;
        this.files = files;
        this.numbers = numbers;
        this.renderer = renderer;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.regionAbbr = regionAbbr;
        this.issuerName = regionName;
    }

    public record Issued(long id, String number, DocumentKind kind) {
    }

    /**
     * Issues a document: takes the next number of its series ({abbr}{dept}{word}〔year〕n号), renders the content
     * made for that number, stores the PDF and records it on the case, in the caller's transaction.
     *
     * @param department short word of the issuing department, e.g. 卫 for 卫健局
     */
    @Transactional
    public Issued issue(long caseId, DocumentKind kind, String department, String actor,
                        Function<String, DocumentContent> contentForNumber) {
        int year = LocalDate.now(clock).getYear();
        long seq = numbers.next("DOC-" + kind.name() + "-" + regionAbbr + department + "-" + year);
        String number = "%s%s%s字〔%d〕%04d号".formatted(regionAbbr, department, kind.numberWord(), year, seq);
        byte[] pdf = renderer.render(contentForNumber.apply(number));
        DocumentRow row = new DocumentRow();
        row.caseId = caseId;
        row.kind = kind.name();
        row.number = number;
        row.title = kind.label();
        row.issuedAt = LocalDateTime.now(clock);
        row.issuedBy = actor;
        row.sizeBytes = pdf.length;
        row.sha256 = sha256(pdf);
        row.storageKey = files.write(pdf);
        documents.insert(row);
        audit.record(caseId, actor, "DOCUMENT_ISSUED", kind.label() + " " + number + " sha256=" + row.sha256);
        return new Issued(row.id, number, kind);
    }

    /** The issuing authority's name for a department, e.g. 芒市卫生健康局. */
    public String authority(String departmentName) {
        return issuerName + departmentName;
    }

    @Transactional(readOnly = true)
    public List<CaseView.Document> ofCase(long caseId) {
        return documents.views(caseId);
    }

    /** The PDF of a document of a case the caller may see. */
    @Transactional(readOnly = true)
    public StoredFile open(CurrentUser user, String caseNo, long documentId) {
        CaseInfo c = cases.visible(user, caseNo);
        DocumentRow row = documents.find(c.id(), documentId);
        if (row == null) {
            throw new NotFoundException("文书不存在");
        }
        String fileName = row.title + "-" + row.number + ".pdf";
        return new StoredFile(files.path(row.storageKey), fileName, "application/pdf", row.sizeBytes, row.sha256);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
