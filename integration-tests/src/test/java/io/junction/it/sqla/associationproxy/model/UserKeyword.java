package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.function.Function;

/**
 * SQLAlchemy's ComparatorTest UserKeyword: keyed by its keyword, with the user's backref and the
 * keyword's back-populated pair, and {@code singular = association_proxy("user", "singular")}.
 */
@Table("userkeywords")
public class UserKeyword extends ComparatorBase {
    @Column(primaryKey = true) @ForeignKey("keywords.id") public Integer keywordId;
    @Column @ForeignKey("users.id") public Integer userId;
    @Column(length = 50) public String value;
    @Relationship @Backref(name = "userKeywords") public User user;
    @Relationship(backPopulates = "userKeyword") public Keyword keyword;
    @AssociationProxy(target = "user", attribute = "singular") public Singular singular;

    public UserKeyword() {
    }

    public UserKeyword(Keyword keyword) {
        this.keyword = keyword;
    }

    /** The creator of {@code Keyword.user}. */
    public UserKeyword(User user) {
        this.user = user;
    }

    /** The creator of {@code User.singularCollection}: an association with that value. */
    public static final class WithValue implements Function<String, UserKeyword> {
        @Override
        public UserKeyword apply(String value) {
            UserKeyword made = new UserKeyword();
            made.value = value;
            return made;
        }
    }

    /** The creator of {@code User.commonKeywordName}: an association with a new keyword of that name. */
    public static final class WithKeywordNamed implements Function<String, UserKeyword> {
        @Override
        public UserKeyword apply(String name) {
            return new UserKeyword(new Keyword(name));
        }
    }

    /**
     * The creator of {@code User.commonUsers}: an association with a new keyword; the member then
     * shows its own holder (keyword.userKeyword is the member itself), as SQLAlchemy's common_users does.
     */
    public static final class WithUser implements Function<User, UserKeyword> {
        @Override
        public UserKeyword apply(User user) {
            return new UserKeyword(new Keyword("of " + user.name));
        }
    }
}
