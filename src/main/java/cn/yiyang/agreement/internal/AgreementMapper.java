package cn.yiyang.agreement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AgreementMapper {

    class AgreementRow {
        public long caseId;
        public String regionCode;
        public long institutionId;
        public long partnerId;
        public String services;
        public BigDecimal annualFee;
        public LocalDate periodStart;
        public LocalDate periodEnd;
    }

    /** A row of the agreement list with both parties' names and the state computed in SQL (see STATE). */
    record ListRow(String caseNo, String caseStatus, String state, String institutionName, String institutionCreditCode,
                   String township, String partnerName, String partnerCreditCode, String services,
                   BigDecimal annualFee, LocalDate periodStart, LocalDate periodEnd, LocalDateTime submittedAt,
                   LocalDateTime confirmedAt, LocalDateTime civilAckAt, LocalDateTime healthAckAt,
                   LocalDateTime remindedAt) {
    }

    /** Query of the list: {@code partyId} set means an applicant sees the agreements its institution is party to. */
    class ListQuery {
        public String region;
        public Long partyId;
        public String state;
        public String township;
        public Long caseId;
        /** The owner reading its own draft by case number (the register itself never lists drafts). */
        public boolean ownDraft;
        public LocalDate today;
        public LocalDate soon;
        public int limit;
        public int offset;
    }

    // Declined or withdrawn first; unconfirmed; past its end; not yet acknowledged by both bureaus; ending soon.
    String STATE = """
            case when a.declined_at is not null or c.status in ('WITHDRAWN', 'NOT_ACCEPTED') then 'DECLINED'
                 when a.confirmed_at is null then 'PENDING'
                 when a.period_end &lt; #{today} then 'EXPIRED'
                 when c.closed_at is null then 'ACKNOWLEDGING'
                 when a.period_end &lt;= #{soon} then 'EXPIRING'
                 else 'EFFECTIVE' end""";

    String LIST = "select x.case_no, x.case_status, x.state, x.institution_name, x.institution_credit_code, "
            + "x.township, x.partner_name, x.partner_credit_code, x.services, x.annual_fee, x.period_start, x.period_end, "
            + "x.submitted_at, x.confirmed_at, x.civil_ack_at, x.health_ack_at, x.reminded_at "
            + "from (select c.case_no, c.status as case_status, " + STATE + " as state, " + """
                   i.name as institution_name,
                   i.credit_code as institution_credit_code, i.township, p.name as partner_name,
                   p.credit_code as partner_credit_code, a.services, a.annual_fee, a.period_start, a.period_end,
                   c.submitted_at, a.confirmed_at, a.civil_ack_at, a.health_ack_at, a.reminded_at,
                   c.created_at, c.id
              from agreement a join case_file c on c.id = a.case_id
              join institution i on i.id = a.institution_id join institution p on p.id = a.partner_id
             where a.region_code = #{region} and (c.status != 'DRAFT' or #{ownDraft})
             <if test="partyId != null">and (a.institution_id = #{partyId} or a.partner_id = #{partyId})</if>
             <if test="township != null">and i.township = #{township}</if>
             <if test="caseId != null">and a.case_id = #{caseId}</if>
            ) x <where><if test="state != null">x.state = #{state}</if></where>
            """;

    @Insert("""
            insert into agreement (case_id, region_code, institution_id, partner_id, services, annual_fee, period_start,
                                   period_end)
            values (#{caseId}, #{regionCode}, #{institutionId}, #{partnerId}, #{services}, #{annualFee}, #{periodStart},
                    #{periodEnd})""")
    void insert(AgreementRow row);

    @Select("select case_id, region_code, institution_id, partner_id, services, annual_fee, period_start, period_end "
            + "from agreement where case_id = #{caseId}")
    AgreementRow find(long caseId);

    @Select("<script>" + LIST + " order by x.created_at desc, x.id desc limit #{limit} offset #{offset}</script>")
    List<ListRow> list(ListQuery query);

    @Select("<script>select count(*) from (" + LIST + ") y</script>")
    long count(ListQuery query);

    /** Another agreement of the same two parties whose period overlaps, still pending or confirmed. */
    @Select("""
            select count(*) from agreement a join case_file c on c.id = a.case_id
             where a.institution_id = #{institutionId} and a.partner_id = #{partnerId} and a.declined_at is null
               and c.status not in ('DRAFT', 'WITHDRAWN', 'NOT_ACCEPTED')
               and a.period_start <= #{end} and a.period_end >= #{start}""")
    int overlapping(@Param("institutionId") long institutionId, @Param("partnerId") long partnerId,
                    @Param("start") LocalDate start, @Param("end") LocalDate end);

    @Select("select confirmed_at from agreement where case_id = #{caseId}")
    LocalDateTime confirmedAt(long caseId);

    @Update("update agreement set confirmed_at = #{at}, confirmed_by = #{by} where case_id = #{caseId}")
    void confirm(@Param("caseId") long caseId, @Param("at") LocalDateTime at, @Param("by") String by);

    @Update("update agreement set declined_at = #{at}, confirmed_by = #{by} where case_id = #{caseId}")
    void decline(@Param("caseId") long caseId, @Param("at") LocalDateTime at, @Param("by") String by);

    @Update("update agreement set civil_ack_at = #{at} where case_id = #{caseId}")
    void civilAcknowledged(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Update("update agreement set health_ack_at = #{at} where case_id = #{caseId}")
    void healthAcknowledged(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Update("update agreement set reminded_at = #{at} where case_id = #{caseId}")
    void reminded(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Update("update agreement set expired_flagged_at = #{at} where case_id = #{caseId}")
    void flaggedExpired(@Param("caseId") long caseId, @Param("at") LocalDateTime at);
}
