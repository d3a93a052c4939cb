package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_shipped_list_holds_ten_thousand_common_passwords() {
        assertThat(policy.listed()).isEqualTo(10_000);
    }

    @Test
    void short_passwords_are_refused_with_the_minimum() {
        assertThatThrownBy(() -> policy.check("pakistan", "12345678"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> policy.check("pakistan", "demo")).hasMessageContaining("at least 12");
    }

    @Test
    void a_password_that_is_or_contains_the_user_name_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> policy.check("secretariat1", "secretariat1"))
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> policy.check("pakistan", "my-PAKISTAN-2026"))
                .hasMessageContaining("user name");
    }

    @Test
    void a_listed_common_password_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> policy.check("someone", "qwerty123456"))
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> policy.check("someone", "QWERTY123456")).hasMessageContaining("most common");
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused() {
        assertThatThrownBy(() -> policy.check("someone", "长".repeat(25))).hasMessageContaining("72 bytes");
    }

    @Test
    void a_long_uncommon_password_without_the_name_passes() {
        assertThatCode(() -> policy.check("pakistan", "correct horse battery")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("pakistan", "议程项目第十二段草案")).as("counted in characters, not bytes")
                .hasMessageContaining("at least 12");
        assertThatCode(() -> policy.check("pakistan", "议程项目第十二段草案的修正")).doesNotThrowAnyException();
    }
}
