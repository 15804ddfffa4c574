package cn.yiyang.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The paths of processes/agreement-subsidy.bpmn: 50% of a 2–5万 fee, reviewed, approved, paid with its voucher. */
@IntegrationTest
class SubsidyProcessTest {

    @Autowired AgreementService agreements;
    @Autowired SubsidyService subsidies;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired TaskInbox inbox;
    @Autowired TestData data;
    @Autowired Users users;

    CurrentUser home;
    CurrentUser hospital;
    CaseInfo agreement;

    @BeforeEach
    void concludedAgreement() {
        home = data.applicantOf(InstitutionType.ELDERLY_CARE);
        Institution partner = data.institution(InstitutionType.MEDICAL);
        hospital = data.applicantOf(partner, null);
        agreement = submit(home, agreements.create(home, AgreementProcessTest.request(partner.creditCode(),
                cases.today().minusMonths(2))), "AGREEMENT_TEXT");
        complete(hospital, agreement, "Task_PartnerConfirm", "CONFIRM", null, Map.of());
    }

    private CaseInfo submit(CurrentUser user, CaseInfo draft, String material) {
        materials.upload(user, draft.caseNo(), material, "proof.pdf", new ByteArrayInputStream(TestData.pdf()));
        return submission.submit(user, draft.caseNo());
    }

    private void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        String id = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                        new PageRequest(0, 50)).items().stream().filter(t -> t.key().equals(key)).map(TaskItem::id)
                .findFirst().orElseThrow(() -> new AssertionError(key + " not in the queue of " + user.username()));
        inbox.complete(user, id, outcome, comment, fields);
    }

    private CaseInfo claim(String fee) {
        return submit(home, subsidies.claim(home, agreement.caseNo(),
                new SubsidyClaimRequest(new BigDecimal(fee), cases.today().minusDays(10))), "PAYMENT_PROOF");
    }

    @Test
    void approved_claim_is_paid_half_the_fee_by_finance_with_its_voucher_recorded() {
        CaseInfo c = claim("30000.00");
        complete(users.get("civil1"), c, "Task_CivilReview", "APPROVE", "凭证齐全", Map.of());
        complete(users.get("civil-lead"), c, "Task_CivilApprove", "APPROVE", "同意", Map.of());
        CurrentUser finance = users.get("finance1");
        assertThatThrownBy(() -> complete(finance, c, "Task_FinancePay", "PAID", null, Map.of()))
                .isInstanceOf(FieldErrors.class);
        complete(finance, c, "Task_FinancePay", "PAID", null, Map.of("voucherNo", "CZ-2026-0815"));

        SubsidyClaim paid = subsidies.details(finance, c.caseNo());
        assertThat(paid.amount()).isEqualByComparingTo("15000.00");
        assertThat(paid.approvedBy()).isEqualTo("civil-lead");
        assertThat(paid.voucherNo()).isEqualTo("CZ-2026-0815");
        assertThat(paid.paidBy()).isEqualTo("finance1");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> subsidies.claim(home, agreement.caseNo(), new SubsidyClaimRequest(
                new BigDecimal("30000"), cases.today()))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("已申请过");
    }

    @Test
    void refused_claim_needs_a_reason_and_leaves_room_for_a_new_one() {
        CaseInfo c = claim("25000.00");
        assertThatThrownBy(() -> complete(users.get("civil1"), c, "Task_CivilReview", "REFUSE", "", Map.of()))
                .isInstanceOf(FieldErrors.class);
        complete(users.get("civil1"), c, "Task_CivilReview", "REFUSE", "付款凭证与协议金额不一致", Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(claim("25000.00").status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void fee_outside_two_to_five_wan_or_above_the_agreed_fee_or_another_institutions_claim_is_refused() {
        assertThatThrownBy(() -> claim("15000.00")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("2 万至 5 万");
        assertThatThrownBy(() -> claim("31000.00")).isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> subsidies.claim(hospital, agreement.caseNo(), new SubsidyClaimRequest(
                new BigDecimal("30000"), cases.today()))).isInstanceOf(cn.yiyang.shared.NotFoundException.class);
    }
}
