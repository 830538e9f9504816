package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's ComparatorTest User: {@code user_keywords} is the backref of {@code UserKeyword.user};
 * the proxies go through it to the keyword, to a column of the association, and along paths.
 */
@Table("users")
public class User extends ComparatorBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 64) public String name;
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

    public User() {
    }

    public User(String name) {
        this.name = name;
    }
}
