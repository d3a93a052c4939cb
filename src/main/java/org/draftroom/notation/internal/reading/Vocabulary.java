package org.draftroom.notation.internal.reading;

import java.util.List;
import java.util.Map;
import org.draftroom.negotiation.Position.Stance;
import org.draftroom.negotiation.ProposalKind;

/**
 * The words of the house notation, Chinese and English: verbs that name a proposal's kind, words that state a
 * position, separators. Longer forms come first so that "删除此文字" wins over "删除".
 */
public final class Vocabulary {
    record Verb(String word, ProposalKind kind) {
    }

    record StanceWord(String word, Stance stance) {
    }

    static final List<Verb> VERBS = List.of(
            new Verb("建议删除", ProposalKind.DELETE), new Verb("删除", ProposalKind.DELETE),
            new Verb("其余部分改为", ProposalKind.REPLACE), new Verb("替换原句", ProposalKind.REPLACE),
            new Verb("其余删除", ProposalKind.REPLACE), new Verb("改为", ProposalKind.REPLACE),
            new Verb("替换", ProposalKind.REPLACE), new Verb("增加", ProposalKind.INSERT),
            new Verb("建议保留", ProposalKind.RETAIN), new Verb("保留", ProposalKind.RETAIN),
            new Verb("要求加括号", ProposalKind.REQUEST_BRACKETS), new Verb("应放在括号内", ProposalKind.REQUEST_BRACKETS),
            new Verb("要求排除", ProposalKind.EXCLUDE), new Verb("建议移至", ProposalKind.MOVE), new Verb("建议移动", ProposalKind.MOVE),
            new Verb("移至", ProposalKind.MOVE),
            new Verb("delete", ProposalKind.DELETE), new Verb("propose", ProposalKind.INSERT),
            new Verb("add", ProposalKind.INSERT), new Verb("insert", ProposalKind.INSERT),
            new Verb("replace", ProposalKind.REPLACE), new Verb("retain", ProposalKind.RETAIN),
            new Verb("brackets", ProposalKind.REQUEST_BRACKETS), new Verb("exclude", ProposalKind.EXCLUDE),
            new Verb("move to", ProposalKind.MOVE));

    static final List<StanceWord> STANCES = List.of(
            new StanceWord("持保留意见", Stance.RESERVE), new StanceWord("可以同意", Stance.SUPPORT),
            new StanceWord("不能接受", Stance.OPPOSE), new StanceWord("不同意", Stance.OPPOSE),
            new StanceWord("不支持", Stance.OPPOSE), new StanceWord("反对", Stance.OPPOSE),
            new StanceWord("同意", Stance.SUPPORT), new StanceWord("支持", Stance.SUPPORT),
            new StanceWord("希望保留", Stance.SUPPORT), new StanceWord("重申", Stance.SUPPORT),
            new StanceWord("OK", Stance.SUPPORT), new StanceWord("保留", Stance.SUPPORT),
            new StanceWord("可以接受", Stance.SUPPORT),
            new StanceWord("cannot accept", Stance.OPPOSE), new StanceWord("can accept", Stance.SUPPORT),
            new StanceWord("opposes", Stance.OPPOSE), new StanceWord("supports", Stance.SUPPORT),
            new StanceWord("reserves", Stance.RESERVE), new StanceWord("agrees with", Stance.SUPPORT),
            new StanceWord("oppose", Stance.OPPOSE), new StanceWord("support", Stance.SUPPORT),
            new StanceWord("reserve", Stance.RESERVE), new StanceWord("agree", Stance.SUPPORT));
    /**
     * A reservation written around its object: "has a reservation on". Not yet the Chinese "对…持保留意见": read
     * as a position line it would take one more id than the statement it was, and renumber every block after it
     * in imported documents whose ids are already in use (the seed's).
     */
    static final List<String> RESERVATIONS = List.of("has a reservation", "have a reservation");

    /** Between text and attribution, between attribution and verb. */
    static final List<String> SEPARATORS = List.of("——", "—", " – ", " - ", "–");
    /** Between the clauses of one bracket: a proposal, then positions on it. */
    static final List<String> CLAUSES = List.of("；", "。", "，", "; ", ";", ". ", ", ");

    /** What the renderer writes when a proposal carries no hint of its own. */
    public static final Map<ProposalKind, String> ZH_VERB = Map.of(
            ProposalKind.DELETE, "删除", ProposalKind.REPLACE, "替换", ProposalKind.INSERT, "增加",
            ProposalKind.RETAIN, "保留", ProposalKind.REQUEST_BRACKETS, "要求加括号",
            ProposalKind.EXCLUDE, "要求排除", ProposalKind.MOVE, "移至", ProposalKind.REWRITE, "建议新措辞",
            ProposalKind.ADD_ITEM, "增加", ProposalKind.CHAIR_SUGGESTION, "建议");
    public static final Map<ProposalKind, String> EN_VERB = Map.of(
            ProposalKind.DELETE, "delete", ProposalKind.REPLACE, "replace", ProposalKind.INSERT, "propose",
            ProposalKind.RETAIN, "retain", ProposalKind.REQUEST_BRACKETS, "brackets",
            ProposalKind.EXCLUDE, "exclude", ProposalKind.MOVE, "move to", ProposalKind.REWRITE, "propose",
            ProposalKind.ADD_ITEM, "add", ProposalKind.CHAIR_SUGGESTION, "suggests");
    public static final Map<Stance, String> ZH_STANCE = Map.of(Stance.SUPPORT, "支持", Stance.OPPOSE, "不同意",
            Stance.RESERVE, "持保留意见", Stance.COMMENT, "");
    public static final Map<Stance, String> EN_STANCE = Map.of(Stance.SUPPORT, "support", Stance.OPPOSE, "oppose",
            Stance.RESERVE, "reserve", Stance.COMMENT, "");

    private Vocabulary() {
    }

    static Verb verbAt(String s, int i) {
        for (Verb v : VERBS) {
            if (s.startsWith(v.word(), i) && wordEnd(s, i + v.word().length(), v.word())) return v;
        }
        return null;
    }

    static StanceWord stanceAt(String s, int i) {
        for (StanceWord w : STANCES) {
            if (s.startsWith(w.word(), i) && wordEnd(s, i + w.word().length(), w.word())) return w;
        }
        return null;
    }

    private static boolean wordEnd(String s, int end, String word) {
        return word.charAt(0) >= 0x2E80 || end >= s.length() || !Character.isLetter(s.charAt(end));
    }

    static String startsWithAny(String s, int i, List<String> options) {
        for (String o : options) {
            if (s.startsWith(o, i)) return o;
        }
        return null;
    }
}
