package io.junction.it.sqla.associationproxy;

import io.junction.engine.Engine;
import io.junction.it.sqla.associationproxy.model.ComparatorBase;
import io.junction.it.sqla.associationproxy.model.Keyword;
import io.junction.it.sqla.associationproxy.model.User;
import io.junction.it.sqla.associationproxy.model.UserKeyword;
import io.junction.it.sqla.associationproxy.model.User_;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.loading.ProxyRel;
import io.junction.orm.loading.Rel;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.AssociationProxy.associationProxy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/ext/test_associationproxy.py, class ComparatorTest: the tests over
 * a collection proxy from {@code users} through {@code userkeywords} (the {@code singular} table and
 * its scalar proxies are not ported). Each proxy criterion is compared with the relationship
 * criteria SQLAlchemy compares it with: the same SQL text and the same rows. SQLAlchemy's chained
 * proxies ({@code common_users}, {@code keyword_name}) are paths here. SQLAlchemy's proxies without a
 * creator fail only at the first append; Junction refuses them when the registry configures unless
 * the member class has a constructor taking the value, so the proxies the test only reads get creators.
 */
class ComparatorTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(ComparatorBase.class, () -> {
        MetaData metadata = new MetaData();
        metadata.table("userkeywords",
                column("keyword_id", INTEGER).foreignKey("keywords.id").primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"),
                column("value", string(50)));
        metadata.table("users", column("id", INTEGER).primaryKey(), column("name", string(64)));
        metadata.table("keywords", column("id", INTEGER).primaryKey(), column("keyword", string(64)));
        Registry registry = new Registry(metadata);
        registry.map(User.class, metadata.table("users"),
                associationProxy("keywords", "userKeywords", "keyword"),
                associationProxy("singularCollection", "userKeywords", "value").creator(new UserKeyword.WithValue()),
                associationProxy("commonUsers", "userKeywords", "keyword.userKeyword.user").creator(new UserKeyword.WithUser()),
                associationProxy("commonKeywordName", "userKeywords", "keyword.keyword").creator(new UserKeyword.WithKeywordNamed()));
        registry.map(Keyword.class, metadata.table("keywords"),
                relationship("userKeyword", UserKeyword.class).uselist(false).backPopulates("keyword"));
        registry.map(UserKeyword.class, metadata.table("userkeywords"),
                relationship("user", User.class).backref("userKeywords"),
                relationship("keyword", Keyword.class).backPopulates("userKeyword"));
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    private Engine engine;
    private SqlLog log;
    private Keyword kw;

    /** insert_data: 16 users with up to three keywords each, an orphan keyword's association, and a keyword with nothing. */
    private Engine insertData(Style style, Database database) {
        engine = fresh(style, database);
        List<String> words = List.of("quick", "brown", "fox", "jumped", "over", "the", "lazy");
        try (Session session = new Session(engine)) {
            User user = null;
            for (int ii = 0; ii < 16; ii++) {
                user = new User("user" + ii);
                session.add(user);
                int from = ii % words.size();
                int to = (ii + 3) % words.size();
                for (int jj = from; jj < to; jj++) {
                    user.keywords.add(new Keyword(words.get(jj)));
                    if (ii % 2 == 0) {
                        user.userKeywords.get(user.userKeywords.size() - 1).value = "singular" + ii;
                    }
                }
            }
            Keyword orphan = new Keyword("orphan");
            UserKeyword orphanAssociation = new UserKeyword(orphan);
            orphan.userKeyword = orphanAssociation;
            session.add(orphan);
            session.add(new Keyword("kwnothing"));
            session.commit();
            kw = user.keywords.get(0);
            assertThat(kw.keyword).isEqualTo("brown");
        }
        log = new SqlLog(engine);
        return engine;
    }

    /** Runs both filters in one session: the same SQL text, the same users; returns the SQL and the users' names. */
    private List<String> equivalent(ColumnElement proxy, ColumnElement direct) {
        try (Session session = new Session(engine)) {
            log.clear();
            List<String> viaProxy = session.query(User.class).filter(proxy).orderBy(table("users").c("id")).all()
                    .stream().map(u -> u.name).toList();
            List<String> viaRelationships = session.query(User.class).filter(direct).orderBy(table("users").c("id")).all()
                    .stream().map(u -> u.name).toList();
            assertThat(log.sql()).hasSize(2);
            assertThat(log.sql().get(0)).isEqualTo(log.sql().get(1));
            assertThat(log.statements().get(0).parameterSets()).isEqualTo(log.statements().get(1).parameterSets());
            assertThat(viaProxy).isEqualTo(viaRelationships);
            return viaProxy;
        }
    }

    private static final String SELECT_USERS = "SELECT users.id AS users_id, users.name AS users_name FROM users WHERE ";

    /** test_filter_any_criterion_ul_scalar: any() over a column of the association. */
    @ParameterizedTest
    @MethodSource("cases")
    void filterAnyCriterionUlScalar(Style style, Database database) {
        insertData(style, database);
        Table userkeywords = table("userkeywords");
        List<String> users = equivalent(
                ProxyRel.of(User.class, "singularCollection").any(userkeywords.c("value").eq("singular8")),
                Rel.of(User.class, "userKeywords").any(userkeywords.c("value").eq("singular8")));
        // H2 quotes the column named value, a keyword of its own
        assertThat(log.sql().get(0).replace("\"value\"", "value")).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM "
                + "userkeywords WHERE users.id = userkeywords.user_id AND userkeywords.value = ?) ORDER BY users.id");
        assertThat(users).containsExactly("user8");
    }

    /** test_filter_any_criterion_ul_nul: any() through the association to the keyword is any() around has(). */
    @ParameterizedTest
    @MethodSource("cases")
    void filterAnyCriterionUlNul(Style style, Database database) {
        insertData(style, database);
        Table keywords = table("keywords");
        List<String> users = equivalent(
                ProxyRel.of(User.class, "keywords").any(keywords.c("keyword").eq("jumped")),
                Rel.of(User.class, "userKeywords").any(Rel.of(UserKeyword.class, "keyword").has(keywords.c("keyword").eq("jumped"))));
        assertThat(log.sql().get(0)).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM userkeywords WHERE users.id = "
                + "userkeywords.user_id AND EXISTS (SELECT 1 FROM keywords WHERE keywords.id = userkeywords.keyword_id "
                + "AND keywords.keyword = ?)) ORDER BY users.id");
        assertThat(users).containsExactly("user1", "user2", "user3", "user8", "user9", "user10", "user15");
        try (Session session = new Session(engine)) {
            assertThat(session.query(User.class).filter(User_.keywords.any(keywords.c("keyword").eq("jumped")))
                    .orderBy(table("users").c("id")).all()).as("the metamodel's ProxyRef").extracting(u -> u.name)
                    .containsExactlyElementsOf(users);
        }
    }

    /** test_filter_contains_ul_nul: contains(keyword) is any() with the keyword reference equal to it. */
    @ParameterizedTest
    @MethodSource("cases")
    void filterContainsUlNul(Style style, Database database) {
        insertData(style, database);
        List<String> users = equivalent(
                ProxyRel.of(User.class, "keywords").contains(kw),
                Rel.of(User.class, "userKeywords").any(Rel.of(UserKeyword.class, "keyword").eq(kw)));
        assertThat(log.sql().get(0)).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM userkeywords WHERE users.id = "
                + "userkeywords.user_id AND ? = userkeywords.keyword_id) ORDER BY users.id");
        assertThat(users).containsExactly("user15");
    }

    /** test_filter_any_chained: any() along keyword.userKeyword.user nests has() for each reference. */
    @ParameterizedTest
    @MethodSource("cases")
    void filterAnyChained(Style style, Database database) {
        insertData(style, database);
        Table users = table("users");
        List<String> found = equivalent(
                ProxyRel.of(User.class, "commonUsers").any(users.c("name").eq("user7")),
                Rel.of(User.class, "userKeywords").any(Rel.of(UserKeyword.class, "keyword").has(
                        Rel.of(Keyword.class, "userKeyword").has(Rel.of(UserKeyword.class, "user").has(users.c("name").eq("user7"))))));
        assertThat(log.sql().get(0)).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM userkeywords WHERE users.id = "
                + "userkeywords.user_id AND EXISTS (SELECT 1 FROM keywords WHERE keywords.id = userkeywords.keyword_id "
                + "AND EXISTS (SELECT 1 FROM userkeywords WHERE keywords.id = userkeywords.keyword_id AND EXISTS "
                + "(SELECT 1 FROM users WHERE users.id = userkeywords.user_id AND users.name = ?)))) ORDER BY users.id");
        assertThat(found).containsExactly("user7");
    }

    /**
     * A column at the end of a path: contains("jumped") on {@code keyword.keyword}, which
     * SQLAlchemy writes {@code User.common_keyword_name == "jumped"} (a difference in spelling,
     * docs/differences.md); and not(any()) for the users without keywords.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void containsAlongAPathEndingInAColumnAndNotAny(Style style, Database database) {
        insertData(style, database);
        Table keywords = table("keywords");
        List<String> users = equivalent(
                ProxyRel.of(User.class, "commonKeywordName").contains("jumped"),
                Rel.of(User.class, "userKeywords").any(Rel.of(UserKeyword.class, "keyword").has(keywords.c("keyword").eq("jumped"))));
        assertThat(users).containsExactly("user1", "user2", "user3", "user8", "user9", "user10", "user15");
        // any() without a criterion still has() the keyword, as SQLAlchemy's _criterion_exists(None) does
        List<String> without = equivalent(not(ProxyRel.of(User.class, "keywords").any()),
                not(Rel.of(User.class, "userKeywords").any(Rel.of(UserKeyword.class, "keyword").has())));
        assertThat(log.sql().get(0)).isEqualTo(SELECT_USERS + "NOT EXISTS (SELECT 1 FROM userkeywords WHERE users.id = "
                + "userkeywords.user_id AND EXISTS (SELECT 1 FROM keywords WHERE keywords.id = userkeywords.keyword_id)) "
                + "ORDER BY users.id");
        assertThat(without).containsExactly("user4", "user5", "user6", "user11", "user12", "user13");
    }

    /** The proxies read in memory what the criteria test in SQL: the keywords, the association's values, the paths. */
    @ParameterizedTest
    @MethodSource("cases")
    void theProxiesReadTheLoadedObjects(Style style, Database database) {
        insertData(style, database);
        try (Session session = new Session(engine)) {
            User user8 = session.query(User.class).filter(table("users").c("name").eq("user8")).one();
            log.clear();
            assertThat(user8.commonKeywordName).containsExactlyInAnyOrder("brown", "fox", "jumped");
            assertThat(log.verbs()).containsExactly("SELECT userkeywords", "SELECT keywords", "SELECT keywords",
                    "SELECT keywords");
            assertThat(user8.singularCollection).containsExactly("singular8", "singular8", "singular8");
            assertThat(user8.commonUsers).containsExactly(user8, user8, user8);
            assertThat(user8.keywords).extracting(k -> k.keyword).containsExactlyInAnyOrder("brown", "fox", "jumped");
        }
    }
}
