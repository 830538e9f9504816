package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.loading.ProxyRel;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.AssociationProxy.associationProxy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The association object made optional with an association proxy, SQLAlchemy's
 * {@code association_proxy}: {@code user.keywords} is a live list of keyword texts over
 * {@code user.userKeywords}, and criteria along it are correlated EXISTS.
 */
final class AssociationProxy implements Section {

    // tag::classes[]
    @Mapped
    static class User {
        Integer id;
        String name;
        List<UserKeyword> userKeywords = new ArrayList<>();
        List<String> keywords;              // the proxy: each UserKeyword's keyword's text

        User(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class UserKeyword {
        Integer userId;
        Integer keywordId;
        String specialKey;
        User user;
        Keyword keyword;

        UserKeyword(Keyword keyword) {
            this.keyword = keyword;
        }
    }

    @Mapped
    static class Keyword {
        Integer id;
        String text;

        Keyword(String text) {
            this.text = text;
        }
    }
    // end::classes[]

    @Override
    public String name() {
        return "association-proxy";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table users = metadata.table("users",
                column("id", INTEGER).primaryKey(),
                column("name", string(64)));
        Table keywords = metadata.table("keywords",
                column("id", INTEGER).primaryKey(),
                column("text", string(64)));
        Table userKeywords = metadata.table("user_keywords",
                column("user_id", INTEGER).foreignKey("users.id").primaryKey(),
                column("keyword_id", INTEGER).foreignKey("keywords.id").primaryKey(),
                column("special_key", string(50)));

        Registry registry = new Registry(metadata);
        registry.map(User.class, users,
                relationship("userKeywords", UserKeyword.class).cascade("all, delete-orphan").backref("user"),
                associationProxy("keywords", "userKeywords", "keyword.text")
                        .creator((String text) -> new UserKeyword(new Keyword(text))));
        registry.map(UserKeyword.class, userKeywords, relationship("keyword", Keyword.class));
        registry.map(Keyword.class, keywords);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
            User user = new User("log");
            user.keywords.add("cheese inspector");    // a UserKeyword and a Keyword, made by the creator
            user.keywords.add("snack ninja");
            out.println(user.userKeywords.size() + " association objects; the first belongs to "
                    + user.userKeywords.get(0).user.name);
            user.userKeywords.get(1).specialKey = "my special key";
            session.add(user);
            session.commit();    // INSERT users, INSERT keywords, then INSERT user_keywords with both keys

            out.println(user.name + "'s keywords: " + user.keywords);   // loads userKeywords, then each keyword
            // end::use[]
            // tag::query[]
            List<User> ninjas = session.query(User.class)
                    .filter(ProxyRel.of(User.class, "keywords").contains("snack ninja"))
                    .all();
            // end::query[]
            out.println("users with the keyword 'snack ninja': " + ninjas.stream().map(u -> u.name).toList());
            // tag::remove[]
            user.keywords.remove("cheese inspector");   // removes its UserKeyword: delete-orphan deletes the row
            session.commit();
            // end::remove[]
            out.println(user.name + "'s keywords: " + user.keywords);
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
