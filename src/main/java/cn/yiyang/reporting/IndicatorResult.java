package cn.yiyang.reporting;

import java.math.BigDecimal;

/**
 * One indicator against its target for a year and township (API.md: code, name, unit, target, actual, source,
 * behind). {@code numerator}/{@code denominator} are given for computed ratios so a reader can check the figure.
 */
public record IndicatorResult(String code, String name, String unit, String kind, String department,
                              BigDecimal target, BigDecimal actual, String source, boolean behind,
                              Long numerator, Long denominator) {
}
