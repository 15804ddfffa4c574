package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseView;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DocumentMapper {

    class DocumentRow {
        public Long id;
        public long caseId;
        public String kind;
        public String number;
        public String title;
        public LocalDateTime issuedAt;
        public String issuedBy;
        public long sizeBytes;
        public String sha256;
        public String storageKey;
    }

    @Insert("""
            insert into case_document (case_id, kind, number, title, issued_at, issued_by, size_bytes, sha256, storage_key)
            values (#{caseId}, #{kind}, #{number}, #{title}, #{issuedAt}, #{issuedBy}, #{sizeBytes}, #{sha256}, #{storageKey})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(DocumentRow row);

    @Select("select id, case_id, kind, number, title, issued_at, issued_by, size_bytes, sha256, storage_key "
            + "from case_document where case_id = #{caseId} order by issued_at, id")
    List<DocumentRow> ofCase(long caseId);

    @Select("select id, case_id, kind, number, title, issued_at, issued_by, size_bytes, sha256, storage_key "
            + "from case_document where id = #{id} and case_id = #{caseId}")
    DocumentRow find(@Param("caseId") long caseId, @Param("id") long id);

    default List<CaseView.Document> views(long caseId) {
        return ofCase(caseId).stream().map(d -> new CaseView.Document(d.id, d.kind,
                cn.yiyang.casework.DocumentKind.labelOf(d.kind), d.number, d.title, d.issuedAt)).toList();
    }
}
