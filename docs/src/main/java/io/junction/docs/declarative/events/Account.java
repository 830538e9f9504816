package io.junction.docs.declarative.events;

import io.junction.declarative.BeforeInsert;
import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.declarative.Validates;

import java.time.LocalDateTime;
import java.util.Locale;

/** An account whose email is validated and whose row is stamped with its creation time before its INSERT. */
// tag::account[]
@Table("accounts")
public class Account extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String email;
    @Column public LocalDateTime createdAt;

    /** Stores the email in lower case; refuses one without an {@code @}. */
    @Validates("email")
    String validateEmail(String key, String value) {
        if (!value.contains("@")) {
            throw new IllegalArgumentException("not an email address: " + value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    @BeforeInsert
    void stampCreation() {
        createdAt = LocalDateTime.now();
    }
}
// end::account[]
