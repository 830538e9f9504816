package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * SQLAlchemy's ComparatorTest Keyword, with its one association object ({@code uselist=False}) and
 * {@code user = association_proxy("user_keyword", "user")}, a scalar proxy to an object.
 */
@Table("keywords")
public class Keyword extends ComparatorBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 64) public String keyword;
    @Column @ForeignKey("singular.id") public Integer singularId;
    @Relationship(backPopulates = "keyword") public UserKeyword userKeyword;
    @AssociationProxy(target = "userKeyword", attribute = "user") public User user;

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
