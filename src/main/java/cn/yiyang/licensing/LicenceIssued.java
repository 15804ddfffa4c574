package cn.yiyang.licensing;

/** A 医疗机构执业许可证 was delivered: the institution has a licensed medical institution; its 校验 are scheduled. */
public record LicenceIssued(long caseId, String caseNo, long licenceId, String registrationNo) {
}
