package io.junction.it.sqla.associationproxy;

import io.junction.engine.Engine;
import io.junction.it.sqla.associationproxy.model.ComparatorBase;
import io.junction.it.sqla.associationproxy.model.Keyword;
import io.junction.it.sqla.associationproxy.model.Keyword_;
import io.junction.it.sqla.associationproxy.model.Singular;
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
import java.util.function.Function;

import static io.junction.orm.relationship.AssociationProxy.associationProxy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.or;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/ext/test_associationproxy.py, class ComparatorTest: the tests over
 * a collection proxy from {@code users} through {@code userkeywords}, and over the scalar proxies
 * {@code User.singular_value} (many-to-one to a column), {@code Keyword.user} (one-to-one to an
 * object) and {@code UserKeyword.singular} (many-to-one to an object). The tests of proxies whose
 * value is itself a collection ({@code singular_keywords}, {@code common_singular}) have no
 * counterpart: a Junction proxy path ends in a column or a single reference. Each proxy criterion is compared with the relationship
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
        metadata.table("users", column("id", INTEGER).primaryKey(), column("name", string(64)),
                column("singular_id", INTEGER).foreignKey("singular.id"));
        metadata.table("keywords", column("id", INTEGER).primaryKey(), column("keyword", string(64)),
                column("singular_id", INTEGER).foreignKey("singular.id"));
        metadata.table("singular", column("id", INTEGER).primaryKey(), column("value", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(User.class, metadata.table("users"),
                relationship("singular", Singular.class),
                associationProxy("singularValue", "singular", "value"),
                associationProxy("keywords", "userKeywords", "keyword"),
                associationProxy("singularCollection", "userKeywords", "value").creator(new UserKeyword.WithValue()),
                associationProxy("commonUsers", "userKeywords", "keyword.userKeyword.user").creator(new UserKeyword.WithUser()),
                associationProxy("commonKeywordName", "userKeywords", "keyword.keyword").creator(new UserKeyword.WithKeywordNamed()));
        registry.map(Keyword.class, metadata.table("keywords"),
                relationship("userKeyword", UserKeyword.class).uselist(false).backPopulates("keyword"),
                associationProxy("user", "userKeyword", "user"));
        registry.map(UserKeyword.class, metadata.table("userkeywords"),
                relationship("user", User.class).backref("userKeywords"),
                relationship("keyword", Keyword.class).backPopulates("userKeyword"),
                associationProxy("singular", "user", "singular"));
        registry.map(Singular.class, metadata.table("singular"), relationship("keywords", Keyword.class));
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    private Engine engine;
    private SqlLog log;
    private Keyword kw;
    private User u;

    /**
     * insert_data: 16 users with up to three keywords each, a singular for the even ones (with a
     * value for every fourth) holding their keywords too, an orphan keyword's association, and a
     * keyword with nothing.
     */
    private Engine insertData(Style style, Database database) {
        engine = fresh(style, database);
        List<String> words = List.of("quick", "brown", "fox", "jumped", "over", "the", "lazy");
        try (Session session = new Session(engine)) {
            User user = null;
            for (int ii = 0; ii < 16; ii++) {
                user = new User("user" + ii);
                if (ii % 2 == 0) {
                    user.singular = new Singular(ii % 4 == 0 ? "singular" + ii : null);
                }
                session.add(user);
                int from = ii % words.size();
                int to = (ii + 3) % words.size();
                for (int jj = from; jj < to; jj++) {
                    Keyword k = new Keyword(words.get(jj));
                    user.keywords.add(k);
                    if (ii % 2 == 0) {
                        user.singular.keywords.add(k);
                        user.userKeywords.get(user.userKeywords.size() - 1).value = "singular" + ii;
                    }
                }
                session.flush();    // users get their ids in the order of their names, as SQLAlchemy inserts them
            }
            Keyword orphan = new Keyword("orphan");
            UserKeyword orphanAssociation = new UserKeyword(orphan);
            orphan.userKeyword = orphanAssociation;
            session.add(orphan);
            session.add(new Keyword("kwnothing"));
            session.commit();
            u = user;
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

    /** Runs both filters of {@code type} in one session, as {@link #equivalent(ColumnElement, ColumnElement)}; returns the labels. */
    private <T> List<String> equivalent(Class<T> type, Table ordered, Function<T, String> label, ColumnElement proxy,
            ColumnElement direct) {
        try (Session session = new Session(engine)) {
            log.clear();
            List<String> viaProxy = session.query(type).filter(proxy).orderBy(ordered.c(ordered.primaryKey().get(0).name()))
                    .all().stream().map(label).toList();
            List<String> viaRelationships = session.query(type).filter(direct)
                    .orderBy(ordered.c(ordered.primaryKey().get(0).name())).all().stream().map(label).toList();
            assertThat(log.sql()).hasSize(2);
            assertThat(log.sql().get(0)).isEqualTo(log.sql().get(1));
            assertThat(log.statements().get(0).parameterSets()).isEqualTo(log.statements().get(1).parameterSets());
            assertThat(viaProxy).isEqualTo(viaRelationships);
            return viaProxy;
        }
    }

    private List<String> keywords(ColumnElement proxy, ColumnElement direct) {
        return equivalent(Keyword.class, table("keywords"), k -> k.keyword, proxy, direct);
    }

    private static final String SELECT_USERS = "SELECT users.id AS users_id, users.name AS users_name, users.singular_id AS "
            + "users_singular_id FROM users WHERE ";

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

    // ---- scalar proxies ---------------------------------------------------------------------------

    private static final String SELECT_KEYWORDS = "SELECT keywords.id AS keywords_id, keywords.keyword AS keywords_keyword, "
            + "keywords.singular_id AS keywords_singular_id FROM keywords WHERE ";

    /** test_filter_has_criterion_nul_nul (and test_filter_has_kwarg_nul_nul): has() through a one-to-one to a many-to-one. */
    @ParameterizedTest
    @MethodSource("cases")
    void filterHasCriterionNulNul(Style style, Database database) {
        insertData(style, database);
        Table users = table("users");
        List<String> found = keywords(ProxyRel.of(Keyword.class, "user").has(users.c("name").eq("user2")),
                Rel.of(Keyword.class, "userKeyword").has(Rel.of(UserKeyword.class, "user").has(users.c("name").eq("user2"))));
        assertThat(log.sql().get(0)).isEqualTo(SELECT_KEYWORDS + "EXISTS (SELECT 1 FROM userkeywords WHERE keywords.id = "
                + "userkeywords.keyword_id AND EXISTS (SELECT 1 FROM users WHERE users.id = userkeywords.user_id AND "
                + "users.name = ?)) ORDER BY keywords.id");
        assertThat(found).containsExactly("fox", "jumped", "over");
        try (Session session = new Session(engine)) {
            assertThat(session.query(Keyword.class).filter(Keyword_.user.has(users.c("name").eq("user2"))).all())
                    .as("the metamodel's ProxyRef").extracting(k -> k.keyword).containsExactlyInAnyOrder("fox", "jumped", "over");
        }
    }

    /** test_filter_eq_nul_nul, test_filter_ne_nul_nul, test_filter_eq_null_nul_nul, test_filter_ne_null_nul_nul. */
    @ParameterizedTest
    @MethodSource("cases")
    void filterEqNeNulNul(Style style, Database database) {
        insertData(style, database);
        Rel userKeyword = Rel.of(Keyword.class, "userKeyword");
        Rel user = Rel.of(UserKeyword.class, "user");
        assertThat(keywords(ProxyRel.of(Keyword.class, "user").eq(u), userKeyword.has(user.eq(u))))
                .containsExactly("brown", "fox", "jumped");
        assertThat(log.sql().get(0)).isEqualTo(SELECT_KEYWORDS + "EXISTS (SELECT 1 FROM userkeywords WHERE keywords.id = "
                + "userkeywords.keyword_id AND ? = userkeywords.user_id) ORDER BY keywords.id");

        List<String> others = keywords(ProxyRel.of(Keyword.class, "user").ne(u), userKeyword.has(user.ne(u)));
        assertThat(others).as("10 users with 3 keywords each, but u's, and the orphan").hasSize(28).contains("orphan").doesNotContain("kwnothing");

        assertThat(keywords(ProxyRel.of(Keyword.class, "user").eq(null), or(userKeyword.has(user.eq(null)), userKeyword.eq(null))))
                .as("no user: an association without one, or no association").containsExactly("orphan", "kwnothing");
        assertThat(log.sql().get(0)).isEqualTo(SELECT_KEYWORDS + "EXISTS (SELECT 1 FROM userkeywords WHERE keywords.id = "
                + "userkeywords.keyword_id AND userkeywords.user_id IS NULL) OR NOT EXISTS (SELECT 1 FROM userkeywords "
                + "WHERE keywords.id = userkeywords.keyword_id) ORDER BY keywords.id");

        assertThat(keywords(ProxyRel.of(Keyword.class, "user").ne(null), userKeyword.has(user.ne(null))))
                .hasSize(30).doesNotContain("orphan", "kwnothing");
    }

    /** test_filter_object_eq_None_nul and test_filter_object_ne_value_nul: UserKeyword.singular, m2o to m2o. */
    @ParameterizedTest
    @MethodSource("cases")
    void filterObjectEqNoneAndNeValueNul(Style style, Database database) {
        insertData(style, database);
        Table users = table("users");
        Rel user = Rel.of(UserKeyword.class, "user");
        Rel singular = Rel.of(User.class, "singular");
        Function<UserKeyword, String> label = k -> String.valueOf(k.keywordId);
        List<String> none = equivalent(UserKeyword.class, table("userkeywords"), label,
                ProxyRel.of(UserKeyword.class, "singular").eq(null), or(user.has(singular.eq(null)), user.eq(null)));
        assertThat(log.sql().get(0)).endsWith("WHERE EXISTS (SELECT 1 FROM users WHERE users.id = userkeywords.user_id AND "
                + "users.singular_id IS NULL) OR userkeywords.user_id IS NULL ORDER BY userkeywords.keyword_id");
        Singular s4;
        try (Session session = new Session(engine)) {
            s4 = session.query(Singular.class).filter(table("singular").c("value").eq("singular4")).one();
            List<UserKeyword> all = session.query(UserKeyword.class).all();
            assertThat(none).hasSize((int) all.stream().filter(k -> k.user == null || k.user.singular == null).count())
                    .isNotEmpty();
        }
        List<String> notS4 = equivalent(UserKeyword.class, table("userkeywords"), label,
                ProxyRel.of(UserKeyword.class, "singular").ne(s4), user.has(singular.ne(s4)));
        assertThat(notS4).as("every association with a user: user4 has no keywords").hasSize(30);
        assertThat(users).isNotNull();
    }

    /**
     * test_filter_column_eq_None_nul (and test_filter_scalar_column_eq_nul), test_filter_eq_value_nul
     * (test_filter_scalar_column_eq), test_filter_column_ne_value_nul (test_filter_scalar_column_ne),
     * test_filter_ne_None_nul: User.singular_value, a many-to-one to a column.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void filterScalarColumn(Style style, Database database) {
        insertData(style, database);
        Table singularTable = table("singular");
        Rel singular = Rel.of(User.class, "singular");
        ProxyRel value = ProxyRel.of(User.class, "singularValue");
        assertThat(equivalent(value.eq("singular4"), singular.has(singularTable.c("value").eq("singular4"))))
                .containsExactly("user4");
        assertThat(log.sql().get(0).replace("\"value\"", "value")).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM singular "
                + "WHERE singular.id = users.singular_id AND singular.value = ?) ORDER BY users.id");
        assertThat(equivalent(value.eq(null), or(singular.has(singularTable.c("value").isNull()), singular.eq(null))))
                .containsExactly("user1", "user2", "user3", "user5", "user6", "user7", "user9", "user10", "user11", "user13",
                        "user14", "user15");
        assertThat(log.sql().get(0).replace("\"value\"", "value")).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM singular "
                + "WHERE singular.id = users.singular_id AND singular.value IS NULL) OR users.singular_id IS NULL ORDER BY users.id");
        assertThat(equivalent(value.ne("singular4"), singular.has(singularTable.c("value").ne("singular4"))))
                .as("a singular without a value, and a user without one, do not count").containsExactly("user0", "user8", "user12");
        assertThat(equivalent(value.ne(null), singular.has(singularTable.c("value").isNotNull())))
                .containsExactly("user0", "user4", "user8", "user12");
        try (Session session = new Session(engine)) {
            assertThat(session.query(User.class).filter(User_.singularValue.eq("singular8")).all())
                    .as("the metamodel's ProxyRef").extracting(x -> x.name).containsExactly("user8");
        }
    }

    /**
     * test_has_nul, test_nothas_nul, test_filter_scalar_column_like and test_has_criterion_nul: has()
     * of a proxy to a column is has() of the reference; SQLAlchemy's operators on the column
     * ({@code like}) are a criterion on the column inside has(), which SQLAlchemy refuses to take
     * from has() itself but Junction accepts, as its any() does.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void hasNulAndColumnOperators(Style style, Database database) {
        insertData(style, database);
        Table singularTable = table("singular");
        Rel singular = Rel.of(User.class, "singular");
        ProxyRel value = ProxyRel.of(User.class, "singularValue");
        assertThat(equivalent(value.has(), singular.has()))
                .containsExactly("user0", "user2", "user4", "user6", "user8", "user10", "user12", "user14");
        assertThat(log.sql().get(0)).isEqualTo(SELECT_USERS + "EXISTS (SELECT 1 FROM singular WHERE singular.id = "
                + "users.singular_id) ORDER BY users.id");
        assertThat(equivalent(not(value.has()), not(singular.has())))
                .containsExactly("user1", "user3", "user5", "user7", "user9", "user11", "user13", "user15");
        assertThat(equivalent(value.has(singularTable.c("value").like("singular1%")),
                singular.has(singularTable.c("value").like("singular1%")))).containsExactly("user12");
    }

    /**
     * test_filter_scalar_object_contains_fails_nul_nul, test_filter_scalar_object_any_fails_nul_nul,
     * test_filter_collection_has_fails_ul_nul, test_filter_collection_eq_fails_ul_nul and
     * test_filter_collection_ne_fails_ul_nul: a scalar proxy takes no collection operator, a collection proxy no scalar one.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void operatorsOfTheOtherKindAreRefused(Style style, Database database) {
        insertData(style, database);
        assertThatThrownBy(() -> ProxyRel.of(Keyword.class, "user").contains(u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Keyword.user shows the single reference Keyword.userKeyword; contains tests a collection: use eq(value)");
        assertThatThrownBy(() -> ProxyRel.of(Keyword.class, "user").any(table("users").c("name").eq("user2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("any tests a collection: use has(...)");
        assertThatThrownBy(() -> ProxyRel.of(User.class, "keywords").has(table("keywords").c("keyword").eq("quick")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("User.keywords shows the collection User.userKeywords; has compares the value of a proxy over a "
                        + "single reference: use any(...)");
        assertThatThrownBy(() -> ProxyRel.of(User.class, "keywords").eq(kw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use contains(value)");
        assertThatThrownBy(() -> ProxyRel.of(User.class, "keywords").ne(kw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use not(contains(value))");
    }

    /** The scalar proxies read in memory what the criteria test in SQL, loading each reference as its strategy says. */
    @ParameterizedTest
    @MethodSource("cases")
    void theScalarProxiesReadTheLoadedObjects(Style style, Database database) {
        insertData(style, database);
        try (Session session = new Session(engine)) {
            User user8 = session.query(User.class).filter(table("users").c("name").eq("user8")).one();
            log.clear();
            assertThat(user8.singularValue).isEqualTo("singular8");
            assertThat(log.verbs()).containsExactly("SELECT singular");
            log.clear();
            assertThat(user8.singularValue).isEqualTo("singular8");
            assertThat(log.count()).as("the loaded reference answers").isZero();
            User user1 = session.query(User.class).filter(table("users").c("name").eq("user1")).one();
            assertThat(user1.singularValue).isNull();

            Keyword orphan = session.query(Keyword.class).filter(table("keywords").c("keyword").eq("orphan")).one();
            assertThat(orphan.user).isNull();
            UserKeyword association = user8.userKeywords.get(0);
            assertThat(association.keyword.user).isSameAs(user8);
            assertThat(association.singular).isSameAs(user8.singular);

            log.clear();
            user1.singularValue = "made for user1";
            assertThat(user1.singular.value).isEqualTo("made for user1");
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT singular", "UPDATE users");
        }
    }
}
