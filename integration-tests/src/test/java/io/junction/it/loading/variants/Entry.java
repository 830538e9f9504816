package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("entries")
public class Entry extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("accounts.id") public Integer accountId;
    @Column(length = 30) public String memo;
    /** The backref of {@code Account.entries}, RAISE_ON_SQL too. */
    public Account account;

    public Entry() {
    }

    public Entry(Integer id, String memo) {
        this.id = id;
        this.memo = memo;
    }
}
