package cn.yiyang.licensing;

import java.time.LocalDate;

/** One entry of the licence register: the licence, its validity and the next 校验. */
public record Licence(String registrationNo, String name, String kind, String kindLabel, String category,
                      String institutionName, String institutionCreditCode, String township, String address,
                      String legalRepresentative, int beds, LocalDate issuedOn, LocalDate validUntil, boolean valid,
                      int checkIntervalYears, LocalDate nextCheckDue, String issuedBy, String caseNo) {
}
