package org.draftroom.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BodyDeltaTest {
    /** As ModelJson writes it: one field a line, the megabyte paragraph's text on one of them. */
    private static final String BIG = "{\n  \"type\" : \"paragraph\",\n  \"id\" : \"p1\",\n  \"text\" : \""
            + "lorem ipsum dolor ".repeat(60_000) + "\"\n}";

    @Test
    void a_delta_rebuilds_the_new_body_from_the_old_one_for_random_edits() {
        Random random = new Random(7);
        String body = "{\n\"sections\" : [ {\n\"blocks\" : [ " + "{\n\"id\" : \"p\",\n\"t\" : \"abc\"\n},".repeat(3000) + "{}]}]}";
        for (int round = 0; round < 300; round++) {
            StringBuilder next = new StringBuilder(body);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(next.length());
                int cut = Math.min(next.length() - at, random.nextInt(40));
                next.replace(at, at + cut, random.nextBoolean() ? "{\n\"id\" : \"n" + round + "\",\n\"t\" : \"中文 😀\"\n}" : "");
            }
            String after = next.toString();
            assertThat(BodyDelta.apply(body, BodyDelta.between(body, after))).isEqualTo(after);
            body = after;
        }
    }

    @Test
    void an_edit_beside_a_megabyte_paragraph_stores_kilobytes() {
        String before = "{\"blocks\":[" + BIG + ",{\"id\":\"p2\",\"text\":\"short\"}]}";
        String after = before.replace("\"short\"", "\"short, now longer\"");
        String delta = BodyDelta.between(before, after);
        assertThat(delta.length()).isLessThan(100);
        assertThat(BodyDelta.apply(before, delta)).isEqualTo(after);
    }

    @Test
    void edits_on_both_sides_of_a_megabyte_paragraph_copy_it_instead_of_storing_it() {
        String before = "{\n\"blocks\" : [ {\n\"id\" : \"p0\",\n\"text\" : \"first\"\n}, " + BIG
                + ", {\n\"id\" : \"p2\",\n\"text\" : \"last\"\n} ]\n}";
        String after = before.replace("\"first\"", "\"first edited\"").replace("\"last\"", "\"last edited\"");
        String delta = BodyDelta.between(before, after);
        assertThat(delta.length()).isLessThan(200);
        assertThat(BodyDelta.apply(before, delta)).isEqualTo(after);
    }

    @Test
    void surrogate_pairs_are_never_split_between_a_copy_and_an_insertion() {
        String before = "{\"t\":\"a😀b\"}";
        String after = "{\"t\":\"a😁b\"}"; // same high surrogate, different low one
        String delta = BodyDelta.between(before, after);
        String inserted = delta.substring(delta.indexOf(':') + 1, delta.lastIndexOf('c'));
        assertThat(inserted).isEqualTo("😁");
        assertThat(BodyDelta.apply(before, delta)).isEqualTo(after);
    }

    @Test
    void a_damaged_delta_is_refused_not_applied() {
        assertThatThrownBy(() -> BodyDelta.apply("short", "c0,99;")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged revision delta");
        assertThatThrownBy(() -> BodyDelta.apply("short", "x")).isInstanceOf(IllegalStateException.class);
    }
}
