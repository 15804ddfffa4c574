package cn.yiyang.agreement;

import cn.yiyang.agreement.internal.AgreementMapper;
import cn.yiyang.agreement.internal.SubsidyMapper;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 医养合作协议费用补助 (seed 002 item 9): the county pays the elderly care institution 50% of what it paid its partner,
 * for a fee of 2–5万 yuan a year, once per agreement. The claim is a draft case with the payment proof; submitted,
 * CIVIL reviews, the CIVIL LEADER approves and FINANCE pays, recording the voucher.
 */
@Service
public class SubsidyService {

    static final BigDecimal MIN_FEE = new BigDecimal("20000");
    static final BigDecimal MAX_FEE = new BigDecimal("50000");

    private final CaseService cases;
    private final AgreementMapper agreements;
    private final SubsidyMapper subsidies;

    SubsidyService(CaseService cases, AgreementMapper agreements, SubsidyMapper subsidies) {
        this.cases = cases;
        this.agreements = agreements;
        this.subsidies = subsidies;
    }

    @Transactional
    public CaseInfo claim(CurrentUser user, String agreementCaseNo, SubsidyClaimRequest request) {
        CaseInfo agreementCase = cases.ownCase(user, agreementCaseNo); // only the elderly care institution that filed it
        AgreementMapper.AgreementRow a = agreements.find(agreementCase.id());
        if (a == null) {
            throw new NotFoundException("不是医养合作协议案件：" + agreementCaseNo);
        }
        FieldErrors.Collector errors = new FieldErrors.Collector();
        errors.check(request.feePaid() != null && request.feePaid().signum() > 0, "feePaid", "已支付费用应大于 0");
        errors.check(request.paidOn() != null, "paidOn", "请填写支付日期");
        errors.throwIfAny();
        if (agreements.confirmedAt(agreementCase.id()) == null) {
            throw new BusinessRuleException("AGREEMENT_NOT_CONCLUDED", "协议尚未经合作医疗机构确认，不能申请补助");
        }
        FieldErrors.Collector rules = new FieldErrors.Collector();
        rules.check(request.feePaid().compareTo(a.annualFee) <= 0, "feePaid", "已支付费用不能超过协议约定的年服务费用 "
                + a.annualFee + " 元");
        rules.check(!request.paidOn().isBefore(a.periodStart) && !request.paidOn().isAfter(cases.today()), "paidOn",
                "支付日期应在协议开始之后、今天之前");
        rules.throwIfAny();
        if (request.feePaid().compareTo(MIN_FEE) < 0 || request.feePaid().compareTo(MAX_FEE) > 0) {
            throw new BusinessRuleException("FEE_OUT_OF_RANGE", "补助适用于每年支付 2 万至 5 万元的合作费用（种子002第9条），"
                    + "本次支付 " + request.feePaid() + " 元不在范围内");
        }
        if (subsidies.standing(agreementCase.id()) > 0) {
            throw new BusinessRuleException("SUBSIDY_EXISTS", "该协议已申请过补助（每份协议一次）");
        }
        BigDecimal amount = request.feePaid().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        CaseInfo c = cases.createDraft(user, Matter.AGREEMENT_SUBSIDY, agreementCase.institutionId(),
                agreementCase.applicantName(), "医养合作协议费用补助 " + amount + " 元（协议 " + agreementCaseNo + "）");
        subsidies.insert(c.id(), agreementCase.id(), agreementCase.institutionId(), request.feePaid(), request.paidOn(),
                amount);
        return c;
    }

    @Transactional(readOnly = true)
    public SubsidyClaim details(CurrentUser user, String caseNo) {
        CaseInfo c = cases.visible(user, caseNo);
        SubsidyClaim claim = subsidies.find(c.id());
        if (claim == null) {
            throw new NotFoundException("不是补助申请案件：" + caseNo);
        }
        return claim;
    }
}
