package org.draftroom.exports.internal.docx;

/** The few words the Word export adds itself, in the document's language (the six UN languages). */
final class Wording {
    private Wording() {
    }

    /**
     * @param secretariat who a remark is by when no delegation holds it
     * @param competing   said of an alternative Accept All does not take in, as an earlier one replaces the same text
     */
    private record Words(String secretariat, String competing) {
    }

    static String secretariat(String language) {
        return words(language).secretariat();
    }

    static String competing(String language) {
        return words(language).competing();
    }

    private static Words words(String language) {
        String prefix = language == null || language.length() < 2 ? "en" : language.substring(0, 2);
        return switch (prefix) {
            case "zh" -> new Words("秘书处", "（与前面针对相同段落的案文竞争，“全部接受”不采用此案文）");
            case "fr" -> new Words("Secrétariat",
                    "(en concurrence avec un texte antérieur portant sur les mêmes paragraphes ; « Accepter tout » ne le retient pas)");
            case "es" -> new Words("Secretaría",
                    "(compite con un texto anterior sobre los mismos párrafos; «Aceptar todo» no lo incorpora)");
            case "ru" -> new Words("Секретариат",
                    "(конкурирует с более ранним текстом тех же пунктов; «Принять все» его не включает)");
            case "ar" -> new Words("الأمانة", "(يتنافس مع نص سابق بشأن الفقرات نفسها؛ لا يُدرجه «قبول الكل»)");
            default -> new Words("Secretariat",
                    "(competes with an earlier text for the same paragraphs; Accept All does not take it in)");
        };
    }
}
