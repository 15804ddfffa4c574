package cn.yiyang.licensing;

import java.time.LocalDateTime;
import java.util.List;

/** A 两证合一 application as shown to people (the licence fields of DOMAIN.md §2.2 as applied for). */
public record LicenceApplication(String caseNo, String name, String category, String grade, String gradeLabel,
                                 String kind, String kindLabel, String ownership, String profit, int beds,
                                 List<String> departments, String serviceTarget, String serviceMode,
                                 String registeredCapital, String legalRepresentative, String address,
                                 Integer onsiteDays, boolean extended, LocalDateTime decidedAt) {
}
