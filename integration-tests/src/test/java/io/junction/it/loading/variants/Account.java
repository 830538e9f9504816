package io.junction.it.loading.variants;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** An account whose entries, and each entry's account, load only where that takes no SQL (RAISE_ON_SQL). */
@Table("accounts")
public class Account extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String name;
    @Relationship(lazy = Lazy.RAISE_ON_SQL, orderBy = "Entry.id") @Backref(name = "account", lazy = Lazy.RAISE_ON_SQL)
    public List<Entry> entries = new ArrayList<>();

    public Account() {
    }

    public Account(Integer id, String name) {
        this.id = id;
        this.name = name;
    }
}
