package cn.yiyang.inspection;

import java.time.LocalDate;

/** A published 通报 of an institution that did not rectify: its number, the institution, the text, the date. */
public record Circular(String circularNo, String institutionName, String circularText, LocalDate circulatedOn) {
}
