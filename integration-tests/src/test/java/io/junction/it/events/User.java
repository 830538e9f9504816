package io.junction.it.events;

import io.junction.declarative.AfterDelete;
import io.junction.declarative.AfterInsert;
import io.junction.declarative.AfterLoad;
import io.junction.declarative.AfterRefresh;
import io.junction.declarative.AfterUpdate;
import io.junction.declarative.Backref;
import io.junction.declarative.BeforeDelete;
import io.junction.declarative.BeforeInsert;
import io.junction.declarative.BeforeUpdate;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.declarative.Validates;
import io.junction.engine.Connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user whose lifecycle methods record each flush, load and refresh event and stamp the row
 * ({@code stamp} is set before its INSERT or UPDATE), with validators of its email and of the
 * addresses appended. Classically the same methods are registered through {@code registry.events()}.
 */
@Table("users")
public class User extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Column(length = 50) public String email;
    @Column(length = 20) public String stamp;
    @Relationship @Backref(name = "user") public List<Address> addresses = new ArrayList<>();

    public User() {
    }

    public User(String name) {
        this.name = name;
    }

    // tag::validators[]
    /** Stores the email in lower case; refuses one without an {@code @}. */
    @Validates("email")
    String validateEmail(String key, String value) {
        Recorder.ATTRIBUTES.add("validate " + key + " " + value);
        if (value != null && !value.contains("@")) {
            throw new IllegalArgumentException("not an email address: " + value);
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** Refuses an address whose email has no {@code @}: SQLAlchemy's test_collection validator. */
    @Validates("addresses")
    Address validateAddress(String key, Address address) {
        Recorder.ATTRIBUTES.add("validate " + key + " " + address);
        if (address.emailAddress == null || !address.emailAddress.contains("@")) {
            throw new IllegalArgumentException("no address without an @: " + address);
        }
        return address;
    }
    // end::validators[]

    // tag::lifecycle[]
    @BeforeInsert
    void beforeInsert(Connection connection) {
        Recorder.heard("before_insert", this);
        stamp = "inserted";
    }

    @AfterInsert
    void afterInsert() {
        Recorder.heard("after_insert", this);
    }
    // end::lifecycle[]

    @BeforeUpdate
    void beforeUpdate() {
        Recorder.heard("before_update", this);
        stamp = "updated";
    }

    @AfterUpdate
    void afterUpdate() {
        Recorder.heard("after_update", this);
    }

    @BeforeDelete
    void beforeDelete() {
        Recorder.heard("before_delete", this);
    }

    @AfterDelete
    void afterDelete() {
        Recorder.heard("after_delete", this);
    }

    @AfterLoad
    void afterLoad() {
        Recorder.heard("load", this);
    }

    @AfterRefresh
    void afterRefresh() {
        Recorder.heard("refresh", this);
    }

    @Override
    public String toString() {
        return name;
    }
}
