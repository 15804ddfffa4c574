package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseView;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface MaterialMapper {

    class MaterialRow {
        public Long id;
        public long caseId;
        public String code;
        public String name;
        public String fileName;
        public String contentType;
        public long sizeBytes;
        public String sha256;
        public String storageKey;
        public String uploadedBy;
        public LocalDateTime uploadedAt;
    }

    @Insert("""
            insert into case_material (case_id, code, name, file_name, content_type, size_bytes, sha256, storage_key,
                                       uploaded_by, uploaded_at)
            values (#{caseId}, #{code}, #{name}, #{fileName}, #{contentType}, #{sizeBytes}, #{sha256}, #{storageKey},
                    #{uploadedBy}, #{uploadedAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(MaterialRow row);

    @Update("update case_material set superseded = true where case_id = #{caseId} and code = #{code} and id <> #{keep}")
    void supersede(@Param("caseId") long caseId, @Param("code") String code, @Param("keep") long keepId);

    @Select("select id, code, name, file_name, size_bytes as size, sha256, content_type, uploaded_at, superseded "
            + "from case_material where case_id = #{caseId} order by superseded, code, id")
    List<CaseView.Material> ofCase(long caseId);

    @Select("select id, case_id, code, name, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, "
            + "uploaded_at from case_material where id = #{id} and case_id = #{caseId}")
    MaterialRow find(@Param("caseId") long caseId, @Param("id") long id);

    @Select("select distinct code from case_material where case_id = #{caseId} and superseded = false")
    List<String> providedCodes(long caseId);

    /** Whether this very file (same content, same name) is already the current one of the material. */
    @Select("select exists (select 1 from case_material where case_id = #{caseId} and code = #{code} "
            + "and superseded = false and sha256 = #{sha256} and file_name = #{fileName})")
    boolean isCurrent(@Param("caseId") long caseId, @Param("code") String code, @Param("sha256") String sha256,
                      @Param("fileName") String fileName);

    @Select("select count(*) from case_material where case_id = #{caseId} and uploaded_at > #{since}")
    int uploadedSince(@Param("caseId") long caseId, @Param("since") LocalDateTime since);

    /** Copies the current files of some materials to another case (same stored file and hash, no new upload). */
    @Insert("""
            <script>insert into case_material (case_id, code, name, file_name, content_type, size_bytes, sha256,
                                               storage_key, uploaded_by, uploaded_at)
            select #{to}, code, name, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at
            from case_material where case_id = #{from} and superseded = false and code in
            <foreach item="c" collection="codes" open="(" separator="," close=")">#{c}</foreach></script>""")
    int copy(@Param("from") long fromCaseId, @Param("to") long toCaseId, @Param("codes") java.util.Collection<String> codes);
}
