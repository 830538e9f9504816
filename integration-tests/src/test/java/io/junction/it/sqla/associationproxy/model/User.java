package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's ComparatorTest User: {@code user_keywords} is the backref of {@code UserKeyword.user};
 * the proxies go through it to the keyword, to a column of the association, and along paths;
 * {@code singularValue} is a scalar proxy over the many-to-one {@code singular}.
 */
@Table("users")
public class User extends ComparatorBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 64) public String name;
    @Column @ForeignKey("singular.id") public Integer singularId;
    @Relationship public Singular singular;
    public List<UserKeyword> userKeywords = new ArrayList<>();
    /** {@code association_proxy("user_keywords", "keyword")}: made with {@code UserKeyword(Keyword)}. */
    @AssociationProxy(target = "userKeywords", attribute = "keyword") public List<Keyword> keywords;
    /** {@code association_proxy("user_keywords", "value")}. */
    @AssociationProxy(target = "userKeywords", attribute = "value", creator = UserKeyword.WithValue.class) public List<String> singularCollection;
    /** {@code association_proxy("user_keywords", "common_users")} with {@code common_users = association_proxy("keyword", "user")}. */
    @AssociationProxy(target = "userKeywords", attribute = "keyword.userKeyword.user", creator = UserKeyword.WithUser.class)
    public List<User> commonUsers;
    /** {@code association_proxy("user_keywords", "keyword_name")} with {@code keyword_name = association_proxy("keyword", "keyword")}. */
    @AssociationProxy(target = "userKeywords", attribute = "keyword.keyword", creator = UserKeyword.WithKeywordNamed.class)
    public List<String> commonKeywordName;
    /** {@code association_proxy("singular", "value")}: m2o to a column; made with {@code Singular(String)}. */
    @AssociationProxy(target = "singular", attribute = "value") public String singularValue;

    public User() {
    }

    public User(String name) {
        this.name = name;
    }

    /** The creator of {@code UserKeyword.singular}: a user with that singular. */
    public User(Singular singular) {
        this.singular = singular;
    }
}
