package cn.yiyang.agreement.internal;

import cn.yiyang.agreement.SubsidyClaim;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface SubsidyMapper {

    @Insert("""
            insert into agreement_subsidy (case_id, agreement_case_id, institution_id, fee_paid, paid_on, amount)
            values (#{caseId}, #{agreementCaseId}, #{institutionId}, #{feePaid}, #{paidOn}, #{amount})""")
    void insert(@Param("caseId") long caseId, @Param("agreementCaseId") long agreementCaseId,
                @Param("institutionId") long institutionId, @Param("feePaid") BigDecimal feePaid,
                @Param("paidOn") LocalDate paidOn, @Param("amount") BigDecimal amount);

    /** Claims of an agreement still standing: drafts, under way or paid (a refused or withdrawn one may be made again). */
    @Select("""
            select count(*) from agreement_subsidy s join case_file c on c.id = s.case_id
             where s.agreement_case_id = #{agreementCaseId} and c.status not in ('REFUSED', 'WITHDRAWN')""")
    int standing(long agreementCaseId);

    @Select("""
            select c.case_no, a.case_no as agreement_case_no, i.name as institution_name, s.fee_paid, s.paid_on, s.amount,
                   s.approved_at, s.approved_by, s.voucher_no, s.paid_at, s.paid_by
              from agreement_subsidy s join case_file c on c.id = s.case_id
              join case_file a on a.id = s.agreement_case_id join institution i on i.id = s.institution_id
             where s.case_id = #{caseId}""")
    SubsidyClaim find(long caseId);

    @Update("update agreement_subsidy set approved_at = #{at}, approved_by = #{by} where case_id = #{caseId}")
    void approve(@Param("caseId") long caseId, @Param("at") LocalDateTime at, @Param("by") String by);

    @Update("update agreement_subsidy set voucher_no = #{voucher}, paid_at = #{at}, paid_by = #{by} where case_id = #{caseId}")
    void pay(@Param("caseId") long caseId, @Param("voucher") String voucher, @Param("at") LocalDateTime at,
             @Param("by") String by);
}
