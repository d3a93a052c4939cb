package org.draftroom.exports.internal.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.ProposalKind;

/**
 * The fixed wording of issued documents in the document's language (not the UI language): header lines,
 * annex lines and the words of attributions. Chinese follows the secretariat's house style in the seed.
 */
public record Labels(String language) {
    private static final Map<String, String> LANGUAGE_ZH = Map.of("en", "英文", "fr", "法文", "es", "西班牙文",
            "ru", "俄文", "ar", "阿拉伯文", "zh", "中文");

    public static Labels of(String language) {
        return new Labels(language != null && language.startsWith("zh") ? "zh" : "en");
    }

    /** A one-paragraph rewrite, as the seed words it: "美国建议上段的措辞". */
    public String rewriteAbove() {
        return chinese() ? "建议上段的措辞" : " proposes the following wording for the paragraph above";
    }

    public boolean chinese() {
        return language.equals("zh");
    }

    public String originalLanguage(String code) {
        if (code == null) return null;
        if (chinese()) return "原文：" + LANGUAGE_ZH.getOrDefault(code, code);
        return "Original: " + Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    public String date(LocalDate date) {
        if (date == null) return null;
        if (chinese()) return "日期：" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        return "Date: " + date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    /** Caption of the legend of a tracked text's colours. */
    public String proposalsBy() {
        return chinese() ? "提案方：" : "Proposals by:";
    }

    public String preparedBy() {
        return chinese() ? "秘书处编拟" : "prepared by the Secretariat";
    }

    /** "附件二" → "Annex II", "附件" → "Annex"; an English label is kept, anything else too. */
    public static String annexInEnglish(String label) {
        String l = label.strip();
        if (!l.startsWith("附件")) return l;
        String number = l.substring(2).strip();
        int n = "一二三四五六七八九十".indexOf(number) + 1;
        if (number.isEmpty()) return "Annex";
        if (n == 0) return "Annex " + number;
        return "Annex " + List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").get(n - 1);
    }

    /** "[后接附件二]" / "[Annex II follows]"; annex null means an unnamed annex. */
    public String annexFollows(String annex) {
        if (chinese()) return "[后接" + (annex == null ? "附件" : annex) + "]";
        return "[" + (annex == null ? "Annex" : annex) + " follows]";
    }

    /** Closing line of a document or of its last annex. */
    public String end(String annex) {
        if (chinese()) return annex == null ? "[文件完]" : "[" + annex + "和文件完]";
        return annex == null ? "[End of document]" : "[End of " + annex + " and of document]";
    }

    public String paragraphs(List<Integer> numbers) {
        String joined = String.join(chinese() ? "、" : ", ", numbers.stream().map(String::valueOf).toList());
        return chinese() ? "第 " + joined + "段" : (numbers.size() == 1 ? "paragraph " : "paragraphs ") + joined;
    }

    public String chairAlternative(List<Integer> replaced) {
        if (chinese()) return "主席的替代案文" + (replaced.isEmpty() ? "" : "，代替" + paragraphs(replaced));
        return "Chair's alternative text" + (replaced.isEmpty() ? "" : ", replacing " + paragraphs(replaced));
    }

    public String dash() {
        return chinese() ? "——" : " — ";
    }

    public String listSeparator() {
        return chinese() ? "、" : ", ";
    }

    public String clauseSeparator() {
        return chinese() ? "；" : "; ";
    }

    public String colon() {
        return chinese() ? "：" : ": ";
    }

    public String onBehalfOf(String speakers, String group) {
        return chinese() ? speakers + "代表" + group : speakers + " on behalf of " + group;
    }

    public String quote(String text) {
        return "“" + text + "”";
    }

    /** The verb of a proposal kind for attributions: "删除" / "delete". */
    public String verb(ProposalKind kind) {
        return switch (kind) {
            case INSERT -> chinese() ? "增加" : "insert";
            case DELETE -> chinese() ? "删除" : "delete";
            case REPLACE -> chinese() ? "替换为" : "replace with";
            case REWRITE -> chinese() ? "建议新措辞" : "proposed new wording";
            case ADD_ITEM -> chinese() ? "增加一项" : "add an item";
            case MOVE -> chinese() ? "建议移至" : "proposes to move to";
            case RETAIN -> chinese() ? "保留" : "retain";
            case REQUEST_BRACKETS -> chinese() ? "要求加括号" : "requests brackets";
            case EXCLUDE -> chinese() ? "要求排除" : "requests exclusion";
            case CHAIR_ALTERNATIVE -> chinese() ? "主席的替代案文" : "Chair's alternative text";
            case CHAIR_SUGGESTION -> chinese() ? "主席的建议" : "Chair's suggestion";
            case BRACKETED -> "";
        };
    }

    /** Before a chair's suggestion's destination: "：移至 D节" / ": move to section D". */
    public String moveTo() {
        return chinese() ? "：移至" : ": move to ";
    }

    public String stance(Position.Stance stance) {
        return switch (stance) {
            case SUPPORT -> chinese() ? "支持" : "supports";
            case OPPOSE -> chinese() ? "不同意" : "does not agree";
            case RESERVE -> chinese() ? "持保留意见" : "has reservations";
            case COMMENT -> "";
        };
    }

    public String agreesWith(String other) {
        return chinese() ? "同意" + other : "agrees with " + other;
    }

    public String agreed() {
        return chinese() ? "PBC同意" : "Agreed by the PBC";
    }

    public String withdrawn() {
        return chinese() ? "已撤回" : "withdrawn";
    }

    public String superseded() {
        return chinese() ? "已被取代" : "superseded";
    }
}
