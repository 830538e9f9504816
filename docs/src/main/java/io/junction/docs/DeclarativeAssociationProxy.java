package io.junction.docs;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.loading.ProxyRel;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The association proxy section, declarative: {@code @AssociationProxy} on the field that shows the keyword texts. */
final class DeclarativeAssociationProxy implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    // tag::mapping[]
    @Table("users")
    static class User extends Base {
        @Column(primaryKey = true) Integer id;
        @Column(length = 64) String name;
        @Relationship(cascade = "all, delete-orphan") @Backref(name = "user") List<UserKeyword> userKeywords = new ArrayList<>();
        @AssociationProxy(target = "userKeywords", attribute = "keyword.text", creator = KeywordCreator.class)
        List<String> keywords;

        User(String name) {
            this.name = name;
        }
    }

    /** Makes the association object for a keyword text added through {@code user.keywords}. */
    static final class KeywordCreator implements Function<String, UserKeyword> {
        @Override
        public UserKeyword apply(String text) {
            return new UserKeyword(new Keyword(text));
        }
    }

    @Table("user_keywords")
    static class UserKeyword extends Base {
        @Column(primaryKey = true) @ForeignKey("users.id") Integer userId;
        @Column(primaryKey = true) @ForeignKey("keywords.id") Integer keywordId;
        @Column(length = 50) String specialKey;
        @Relationship Keyword keyword;
        User user;

        UserKeyword(Keyword keyword) {
            this.keyword = keyword;
        }
    }

    @Table("keywords")
    static class Keyword extends Base {
        @Column(primaryKey = true) Integer id;
        @Column(length = 64) String text;

        Keyword(String text) {
            this.text = text;
        }
    }
    // end::mapping[]

    @Override
    public String name() {
        return "association-proxy";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            User user = new User("log");
            user.keywords.add("cheese inspector");
            user.keywords.add("snack ninja");
            out.println(user.userKeywords.size() + " association objects; the first belongs to "
                    + user.userKeywords.get(0).user.name);
            user.userKeywords.get(1).specialKey = "my special key";
            session.add(user);
            session.commit();
            out.println(user.name + "'s keywords: " + user.keywords);
            List<User> ninjas = session.query(User.class)
                    .filter(ProxyRel.of(User.class, "keywords").contains("snack ninja"))
                    .all();
            out.println("users with the keyword 'snack ninja': " + ninjas.stream().map(u -> u.name).toList());
            user.keywords.remove("cheese inspector");
            session.commit();
            out.println(user.name + "'s keywords: " + user.keywords);
        }
        metadata.dropAll(engine);
    }
}
