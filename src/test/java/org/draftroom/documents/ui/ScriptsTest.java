package org.draftroom.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void arabic_and_the_other_right_to_left_languages_run_right_to_left() {
        assertThat(Scripts.rightToLeft("ar")).isTrue();
        assertThat(Scripts.rightToLeft("ar-EG")).isTrue();
        assertThat(Scripts.rightToLeft("fa")).isTrue();
        assertThat(Scripts.rightToLeft("he")).isTrue();
    }

    @Test
    void the_other_un_languages_and_nothing_run_left_to_right() {
        for (String tag : new String[]{"en", "fr", "es", "ru", "zh", "zh-Hans", "", null}) assertThat(Scripts.rightToLeft(tag)).as(tag).isFalse();
    }

    @Test
    void a_script_subtag_decides_over_the_language() {
        assertThat(Scripts.rightToLeft("az-Arab")).isTrue();
        assertThat(Scripts.rightToLeft("ar-Latn")).isFalse();
    }
}
