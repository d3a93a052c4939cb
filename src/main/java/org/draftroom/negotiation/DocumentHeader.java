package org.draftroom.negotiation;

import java.time.LocalDate;

/**
 * The header block every output carries.
 *
 * @param symbol           e.g. {@code WO/PBC/34/15}
 * @param title            e.g. 2021年评价产权组织驻外办事处的职权范围初稿
 * @param language         BCP 47 tag of the text's language ({@code zh}, {@code en}, …)
 * @param originalLanguage BCP 47 tag of the original ({@code en} for "原文：英文"), may equal language
 * @param date             date of issue, may be null
 * @param committee        e.g. 计划和预算委员会 / Program and Budget Committee
 * @param session          e.g. 第三十四届会议, free text as printed
 * @param sessionDetail    dates and place line, e.g. "2022年 6月 27日至 7月 1日，日内瓦", may be null
 * @param preparedBy       e.g. 秘书处编拟, may be null
 * @param annexLabel       e.g. 附件二 / Annex II, null when not an annex
 */
public record DocumentHeader(String symbol, String title, String language, String originalLanguage, LocalDate date,
                             String committee, String session, String sessionDetail, String preparedBy,
                             String annexLabel) {
    public DocumentHeader {
        if (language == null || language.isBlank()) throw new IllegalArgumentException("language is required");
    }

    public static DocumentHeader minimal(String symbol, String title, String language) {
        return new DocumentHeader(symbol, title, language, language, null, null, null, null, null, null);
    }
}
