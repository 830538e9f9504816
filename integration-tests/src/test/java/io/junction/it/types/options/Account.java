package io.junction.it.types.options;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

/** NOT NULL, UNIQUE, an index, a server default, a client default and an update value. */
@Table("account")
public class Account extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 20, nullable = false, unique = true) public String login;
    @Column(index = true) public Integer grade;
    @Column(serverDefault = "7") public Integer credits;
    @Column(length = 10, defaultValue = NewCode.class) public String code;
    @Column(onUpdate = Touch.class) public Integer touched;

    public Account() {
    }

    public Account(String login) {
        this.login = login;
    }
}
