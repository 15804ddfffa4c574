package cn.yiyang.licensing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface LicensingMapper {

    class ApplicationRow {
        public long caseId;
        public long institutionId;
        public String name;
        public String category;
        public String grade;
        public String kind;
        public String ownership;
        public String profit;
        public int beds;
        public String departments;
        public String serviceTarget;
        public String serviceMode;
        public BigDecimal registeredCapital;
        public String legalRepresentative;
        public String address;
        public Integer onsiteDays;
        public LocalDateTime extendedAt;
        public LocalDateTime decidedAt;
    }

    class LicenceRow {
        public Long id;
        public long caseId;
        public long institutionId;
        public String regionCode;
        public String registrationNo;
        public String name;
        public String kind;
        public String category;
        public String address;
        public String legalRepresentative;
        public int beds;
        public LocalDate issuedOn;
        public LocalDate validUntil;
        public int checkIntervalYears;
        public String issuedBy;
        // joined
        public String caseNo;
        public String institutionName;
        public String institutionCreditCode;
        public String township;
    }

    @Insert("""
            insert into licence_application (case_id, institution_id, name, category, grade, kind, ownership, profit, beds,
                   departments, service_target, service_mode, registered_capital, legal_representative, address)
            values (#{caseId}, #{institutionId}, #{name}, #{category}, #{grade}, #{kind}, #{ownership}, #{profit}, #{beds},
                   #{departments}, #{serviceTarget}, #{serviceMode}, #{registeredCapital}, #{legalRepresentative}, #{address})""")
    void insert(ApplicationRow row);

    @Select("select * from licence_application where case_id = #{caseId}")
    ApplicationRow find(long caseId);

    @Update("update licence_application set onsite_days = #{days} where case_id = #{caseId}")
    void onsiteDays(@Param("caseId") long caseId, @Param("days") int days);

    @Update("update licence_application set extended_at = #{at} where case_id = #{caseId} and extended_at is null")
    int markExtended(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Update("update licence_application set decided_at = #{at} where case_id = #{caseId}")
    void markDecided(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Insert("""
            insert into licence (case_id, institution_id, region_code, name, kind, category, address, legal_representative,
                   beds, issued_on, valid_until, check_interval_years, issued_by)
            values (#{caseId}, #{institutionId}, #{regionCode}, #{name}, #{kind}, #{category}, #{address},
                   #{legalRepresentative}, #{beds}, #{issuedOn}, #{validUntil}, #{checkIntervalYears}, #{issuedBy})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertLicence(LicenceRow row);

    @Update("update licence set registration_no = #{no} where id = #{id}")
    void number(@Param("id") long id, @Param("no") String registrationNo);

    String LICENCE_COLUMNS = "l.*, c.case_no, i.name as institution_name, i.credit_code as institution_credit_code, i.township "
            + "from licence l join case_file c on c.id = l.case_id join institution i on i.id = l.institution_id ";

    @Select("select " + LICENCE_COLUMNS + "where l.case_id = #{caseId}")
    LicenceRow licenceOfCase(long caseId);

    @Select("""
            <script>select l.*, c.case_no, i.name as institution_name, i.credit_code as institution_credit_code, i.township
              from licence l join case_file c on c.id = l.case_id join institution i on i.id = l.institution_id
             where l.region_code = #{region}
             <if test="institutionId != null">and l.institution_id = #{institutionId}</if>
             <if test="kind != null">and l.kind = #{kind}</if>
             order by l.issued_on desc, l.id desc limit #{limit} offset #{offset}</script>""")
    List<LicenceRow> licences(@Param("region") String region, @Param("institutionId") Long institutionId,
                              @Param("kind") String kind, @Param("limit") int limit, @Param("offset") int offset);

    @Select("""
            <script>select count(*) from licence l where l.region_code = #{region}
             <if test="institutionId != null">and l.institution_id = #{institutionId}</if>
             <if test="kind != null">and l.kind = #{kind}</if></script>""")
    long countLicences(@Param("region") String region, @Param("institutionId") Long institutionId,
                       @Param("kind") String kind);

    @Select("select " + LICENCE_COLUMNS + "where l.id = #{id}")
    LicenceRow licenceById(long id);

    @Select("select " + LICENCE_COLUMNS + "where l.registration_no = #{no}")
    LicenceRow licenceByNo(String registrationNo);

    @Insert("insert into licence_change (case_id, licence_id, changed_fields) values (#{caseId}, #{licenceId}, #{fields})")
    void insertChange(@Param("caseId") long caseId, @Param("licenceId") long licenceId, @Param("fields") String fields);

    @Select("select licence_id from licence_change where case_id = #{caseId}")
    Long changedLicence(long caseId);

    @Select("select changed_fields from licence_change where case_id = #{caseId}")
    String changedFields(long caseId);

    /** Change registration: what the licence now says; the registration number and validity stay. */
    @Update("""
            update licence set name = #{name}, address = #{address}, legal_representative = #{legalRepresentative},
                   beds = #{beds}, check_interval_years = #{checkIntervalYears} where id = #{id}""")
    void change(LicenceRow row);
}
