package cn.yiyang.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What an official document (文书) says: title, number, addressee, body paragraphs, an optional table, issuer and
 * date. Everything is plain text: nothing in it is interpreted as markup.
 */
public record DocumentContent(String title, String number, String addressee, List<String> paragraphs,
                              List<String> tableHeader, List<List<String>> tableRows, String issuer, LocalDate date) {

    public DocumentContent {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        tableHeader = tableHeader == null ? List.of() : List.copyOf(tableHeader);
        tableRows = tableRows == null ? List.of() : List.copyOf(tableRows);
    }
}
