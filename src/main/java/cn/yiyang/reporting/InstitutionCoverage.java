package cn.yiyang.reporting;

import java.time.LocalDate;

/** An elderly care institution and how it provides medical services today: its own clinic, valid agreements, none. */
public record InstitutionCoverage(String name, String creditCode, String township, boolean internalMedical,
                                  String partners, LocalDate validUntil) {
}
