package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** SQLAlchemy's ComparatorTest Keyword, with its one association object ({@code uselist=False}). */
@Table("keywords")
public class Keyword extends ComparatorBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 64) public String keyword;
    @Relationship(backPopulates = "keyword") public UserKeyword userKeyword;

    public Keyword() {
    }

    public Keyword(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String toString() {
        return "Keyword(" + keyword + ")";
    }
}
