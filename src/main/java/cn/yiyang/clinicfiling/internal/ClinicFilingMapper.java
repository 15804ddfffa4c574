package cn.yiyang.clinicfiling.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ClinicFilingMapper {

    class FilingRow {
        public long caseId;
        public long institutionId;
        public String clinicName;
        public String clinicType;
        public String address;
        public LocalDate openingDate;
        public String services;
        public String headName;
        public String headIdNumber;
        public String headQualificationNo;
        public String referralPartnerCode;
        public String registrationNo;
        public LocalDateTime registeredAt;
    }

    record StaffRow(String name, String idNumber, String profession, String certificateNo) {
    }

    record RegistryRow(String registrationNo, String clinicName, String clinicType, String institutionName,
                       String institutionCreditCode, String township, String address, LocalDate openingDate,
                       LocalDateTime registeredAt) {
    }

    @Insert("""
            insert into clinic_filing (case_id, institution_id, clinic_name, clinic_type, address, opening_date, services,
                                       head_name, head_id_number, head_qualification_no, referral_partner_code)
            values (#{caseId}, #{institutionId}, #{clinicName}, #{clinicType}, #{address}, #{openingDate}, #{services},
                    #{headName}, #{headIdNumber}, #{headQualificationNo}, #{referralPartnerCode})""")
    void insert(FilingRow row);

    @Insert("""
            <script>insert into clinic_staff (case_id, name, id_number, profession, certificate_no) values
            <foreach collection="staff" item="s" separator=",">(#{caseId}, #{s.name}, #{s.idNumber}, #{s.profession}, #{s.certificateNo})</foreach>
            </script>""")
    void insertStaff(@Param("caseId") long caseId, @Param("staff") List<StaffRow> staff);

    @Select("select case_id, institution_id, clinic_name, clinic_type, address, opening_date, services, head_name, "
            + "head_id_number, head_qualification_no, referral_partner_code, registration_no, registered_at "
            + "from clinic_filing where case_id = #{caseId}")
    FilingRow find(long caseId);

    @Select("select name, id_number, profession, certificate_no from clinic_staff where case_id = #{caseId} order by id")
    List<StaffRow> staff(long caseId);

    @Select("select clinic_type from clinic_filing where case_id = #{caseId}")
    String clinicType(long caseId);

    @Update("update clinic_filing set registration_no = #{no}, registered_at = #{at} where case_id = #{caseId}")
    void register(@Param("caseId") long caseId, @Param("no") String registrationNo, @Param("at") LocalDateTime at);

    @Select("""
            <script>select f.registration_no, f.clinic_name, f.clinic_type, i.name as institution_name,
                   i.credit_code as institution_credit_code, i.township, f.address, f.opening_date, f.registered_at
              from clinic_filing f join institution i on i.id = f.institution_id
             where f.registered_at is not null and f.revoked_at is null and i.region_code = #{region}
             <if test="type != null">and f.clinic_type = #{type}</if>
             order by f.registered_at desc limit #{limit} offset #{offset}</script>""")
    List<RegistryRow> registry(@Param("region") String region, @Param("type") String type, @Param("limit") int limit,
                               @Param("offset") int offset);

    @Select("""
            <script>select count(*) from clinic_filing f join institution i on i.id = f.institution_id
             where f.registered_at is not null and f.revoked_at is null and i.region_code = #{region}
             <if test="type != null">and f.clinic_type = #{type}</if></script>""")
    long countRegistry(@Param("region") String region, @Param("type") String type);

    /** The institution's registered filings still in force (撤销备案 after an escalated inspection). */
    @Select("""
            select case_id, registration_no from clinic_filing
            where institution_id = #{institutionId} and registered_at is not null and revoked_at is null for update""")
    List<InForceRow> inForce(long institutionId);

    record InForceRow(long caseId, String registrationNo) {
    }

    @Update("update clinic_filing set revoked_at = #{at}, revoked_reason = #{reason} where case_id = #{caseId}")
    void revoke(@Param("caseId") long caseId, @Param("reason") String reason, @Param("at") LocalDateTime at);
}
