package org.draftroom.exports.internal.docx;

/** The few words the Word export adds itself, in the document's language (the six UN languages). */
final class Wording {
    private Wording() {
    }

    /** Who a remark is by when no delegation holds it. */
    static String secretariat(String language) {
        return switch (prefix(language)) {
            case "zh" -> "秘书处";
            case "fr" -> "Secrétariat";
            case "es" -> "Secretaría";
            case "ru" -> "Секретариат";
            case "ar" -> "الأمانة";
            default -> "Secretariat";
        };
    }

    /** Said of an alternative that Accept All does not take in, because an earlier one replaces the same text. */
    static String competing(String language) {
        return switch (prefix(language)) {
            case "zh" -> "（与前面针对相同段落的案文竞争，“全部接受”不采用此案文）";
            case "fr" -> "(en concurrence avec un texte antérieur portant sur les mêmes paragraphes ; « Accepter tout » ne le retient pas)";
            case "es" -> "(compite con un texto anterior sobre los mismos párrafos; «Aceptar todo» no lo incorpora)";
            case "ru" -> "(конкурирует с более ранним текстом тех же пунктов; «Принять все» его не включает)";
            case "ar" -> "(يتنافس مع نص سابق بشأن الفقرات نفسها؛ لا يُدرجه «قبول الكل»)";
            default -> "(competes with an earlier text for the same paragraphs; Accept All does not take it in)";
        };
    }

    private static String prefix(String language) {
        return language == null || language.length() < 2 ? "en" : language.substring(0, 2);
    }
}
