package org.draftroom.notation.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one-pass reading of a move sentence answers exactly as the pattern it replaces, without its cost. */
class MoveSentenceTest {
    static final Pattern MOVE = Pattern.compile("^([：:])(\\s*建议将)(.+?)(移至)\\s*(\\S[^。]*?)(。?)$");

    @Test
    void reads_every_sentence_as_the_pattern_did() {
        String[] pieces = {"：", ":", " ", "建议将", "移至", "。", "第 6 段", "D节", "x", "\u3000", "\t"};
        Random random = new Random(34);
        int matched = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder s = new StringBuilder(round % 3 == 0 ? "：建议将" : "");
            int n = random.nextInt(9);
            for (int i = 0; i < n; i++) s.append(pieces[random.nextInt(pieces.length)]);
            String t = s.toString();
            Matcher m = MOVE.matcher(t);
            String[] g = MoveSentence.groups(t);
            if (!m.find()) {
                assertThat(g).as(t).isNull();
                continue;
            }
            matched++;
            assertThat(g).as(t).containsExactly(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
        }
        assertThat(matched).isGreaterThan(1_000);
        assertThat(MoveSentence.groups("：建议将第 6 段移至 D节。")).containsExactly("：", "建议将", "第 6 段", "移至", "D节", "。");
    }
}
