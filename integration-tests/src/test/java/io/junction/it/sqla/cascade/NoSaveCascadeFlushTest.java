package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class NoSaveCascadeFlushTest: a related object that is not in the
 * session, because save-update does not cascade to it or it was expunged, when its parent is flushed. Each fixture
 * variant (one-to-many, many-to-one, many-to-many; with or without the backref; cascade on or off) has its own
 * registry and model classes.
 * <p>
 * Junction differs: where SQLAlchemy warns "... not in session" and flushes without the relationship, Junction's
 * flush fails with a {@link FlushException} naming the object "which is not in the session"
 * (DependencyProcessor.related), and nothing is written; the tests assert that.
 */
class NoSaveCascadeFlushTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));
    static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(),
            column("description", string(30)).nullable(false));
    static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"),
            column("keyword_id", INTEGER).foreignKey("keywords.id"));

    /** User.addresses with save-update, no backref. */
    static final Registry O2M_ONLY = new Registry(METADATA);

    @Mapped
    static class O2mOnlyUser {
        Integer id;
        String name;
        List<O2mOnlyAddress> addresses = new ArrayList<>();

        O2mOnlyUser(String name) {
            this.name = name;
        }

        O2mOnlyUser() {
        }
    }

    @Mapped
    static class O2mOnlyAddress {
        Integer id;
        String emailAddress;

        O2mOnlyAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        O2mOnlyAddress() {
        }
    }

    /** User.addresses without cascade, no backref. */
    static final Registry O2M_ONLY_NO_CASCADE = new Registry(METADATA);

    @Mapped
    static class O2mOnlyNoCascadeUser {
        Integer id;
        String name;
        List<O2mOnlyNoCascadeAddress> addresses = new ArrayList<>();

        O2mOnlyNoCascadeUser(String name) {
            this.name = name;
        }

        O2mOnlyNoCascadeUser() {
        }
    }

    @Mapped
    static class O2mOnlyNoCascadeAddress {
        Integer id;
        String emailAddress;

        O2mOnlyNoCascadeAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        O2mOnlyNoCascadeAddress() {
        }
    }

    /** User.addresses and its backref Address.user, both save-update. */
    static final Registry BOTH = new Registry(METADATA);

    @Mapped
    static class BothUser {
        Integer id;
        String name;
        List<BothAddress> addresses = new ArrayList<>();

        BothUser(String name) {
            this.name = name;
        }

        BothUser() {
        }
    }

    @Mapped
    static class BothAddress {
        Integer id;
        String emailAddress;
        BothUser user;

        BothAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        BothAddress() {
        }
    }

    /** User.addresses without cascade; its backref Address.user save-update. */
    static final Registry O2M_NO_CASCADE = new Registry(METADATA);

    @Mapped
    static class O2mNoCascadeUser {
        Integer id;
        String name;
        List<O2mNoCascadeAddress> addresses = new ArrayList<>();

        O2mNoCascadeUser(String name) {
            this.name = name;
        }

        O2mNoCascadeUser() {
        }
    }

    @Mapped
    static class O2mNoCascadeAddress {
        Integer id;
        String emailAddress;
        O2mNoCascadeUser user;

        O2mNoCascadeAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        O2mNoCascadeAddress() {
        }
    }

    /** Address.user with save-update, no backref. */
    static final Registry M2O_ONLY = new Registry(METADATA);

    @Mapped
    static class M2oOnlyUser {
        Integer id;
        String name;

        M2oOnlyUser(String name) {
            this.name = name;
        }

        M2oOnlyUser() {
        }
    }

    @Mapped
    static class M2oOnlyAddress {
        Integer id;
        String emailAddress;
        M2oOnlyUser user;

        M2oOnlyAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        M2oOnlyAddress() {
        }
    }

    /** Address.user without cascade, no backref. */
    static final Registry M2O_ONLY_NO_CASCADE = new Registry(METADATA);

    @Mapped
    static class M2oOnlyNoCascadeUser {
        Integer id;
        String name;

        M2oOnlyNoCascadeUser(String name) {
            this.name = name;
        }

        M2oOnlyNoCascadeUser() {
        }
    }

    @Mapped
    static class M2oOnlyNoCascadeAddress {
        Integer id;
        String emailAddress;
        M2oOnlyNoCascadeUser user;

        M2oOnlyNoCascadeAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        M2oOnlyNoCascadeAddress() {
        }
    }

    /** User.addresses save-update; its backref Address.user without cascade. */
    static final Registry M2O_NO_CASCADE = new Registry(METADATA);

    @Mapped
    static class M2oNoCascadeUser {
        Integer id;
        String name;
        List<M2oNoCascadeAddress> addresses = new ArrayList<>();

        M2oNoCascadeUser(String name) {
            this.name = name;
        }

        M2oNoCascadeUser() {
        }
    }

    @Mapped
    static class M2oNoCascadeAddress {
        Integer id;
        String emailAddress;
        M2oNoCascadeUser user;

        M2oNoCascadeAddress(String emailAddress) {
            this.emailAddress = emailAddress;
        }

        M2oNoCascadeAddress() {
        }
    }

    /** Item.keywords with save-update, no backref. */
    static final Registry FWD_ONLY = new Registry(METADATA);

    @Mapped
    static class FwdOnlyItem {
        Integer id;
        String description;
        List<FwdOnlyKeyword> keywords = new ArrayList<>();

        FwdOnlyItem(String description) {
            this.description = description;
        }

        FwdOnlyItem() {
        }
    }

    @Mapped
    static class FwdOnlyKeyword {
        Integer id;
        String name;

        FwdOnlyKeyword(String name) {
            this.name = name;
        }

        FwdOnlyKeyword() {
        }
    }

    /** Item.keywords without cascade, no backref. */
    static final Registry FWD_ONLY_NO_CASCADE = new Registry(METADATA);

    @Mapped
    static class FwdOnlyNoCascadeItem {
        Integer id;
        String description;
        List<FwdOnlyNoCascadeKeyword> keywords = new ArrayList<>();

        FwdOnlyNoCascadeItem(String description) {
            this.description = description;
        }

        FwdOnlyNoCascadeItem() {
        }
    }

    @Mapped
    static class FwdOnlyNoCascadeKeyword {
        Integer id;
        String name;

        FwdOnlyNoCascadeKeyword(String name) {
            this.name = name;
        }

        FwdOnlyNoCascadeKeyword() {
        }
    }

    /** Item.keywords and its backref Keyword.items, both save-update. */
    static final Registry M2M_BOTH = new Registry(METADATA);

    @Mapped
    static class M2mBothItem {
        Integer id;
        String description;
        List<M2mBothKeyword> keywords = new ArrayList<>();

        M2mBothItem(String description) {
            this.description = description;
        }

        M2mBothItem() {
        }
    }

    @Mapped
    static class M2mBothKeyword {
        Integer id;
        String name;
        List<M2mBothItem> items = new ArrayList<>();

        M2mBothKeyword(String name) {
            this.name = name;
        }

        M2mBothKeyword() {
        }
    }

    /** Item.keywords without cascade; its backref Keyword.items save-update. */
    static final Registry FWD_NO_CASCADE = new Registry(METADATA);

    @Mapped
    static class FwdNoCascadeItem {
        Integer id;
        String description;
        List<FwdNoCascadeKeyword> keywords = new ArrayList<>();

        FwdNoCascadeItem(String description) {
            this.description = description;
        }

        FwdNoCascadeItem() {
        }
    }

    @Mapped
    static class FwdNoCascadeKeyword {
        Integer id;
        String name;
        List<FwdNoCascadeItem> items = new ArrayList<>();

        FwdNoCascadeKeyword(String name) {
            this.name = name;
        }

        FwdNoCascadeKeyword() {
        }
    }
    static {
        O2M_ONLY.map(O2mOnlyUser.class, USERS, relationship("addresses", O2mOnlyAddress.class).cascade("save-update"));
        O2M_ONLY.map(O2mOnlyAddress.class, ADDRESSES);
        O2M_ONLY.configure();

        O2M_ONLY_NO_CASCADE.map(O2mOnlyNoCascadeUser.class, USERS, relationship("addresses", O2mOnlyNoCascadeAddress.class).cascade(""));
        O2M_ONLY_NO_CASCADE.map(O2mOnlyNoCascadeAddress.class, ADDRESSES);
        O2M_ONLY_NO_CASCADE.configure();

        BOTH.map(BothUser.class, USERS, relationship("addresses", BothAddress.class).cascade("save-update")
                .backref(backref("user").cascade("save-update")));
        BOTH.map(BothAddress.class, ADDRESSES);
        BOTH.configure();

        O2M_NO_CASCADE.map(O2mNoCascadeUser.class, USERS, relationship("addresses", O2mNoCascadeAddress.class).cascade("")
                .backref(backref("user").cascade("save-update")));
        O2M_NO_CASCADE.map(O2mNoCascadeAddress.class, ADDRESSES);
        O2M_NO_CASCADE.configure();

        M2O_ONLY.map(M2oOnlyUser.class, USERS);
        M2O_ONLY.map(M2oOnlyAddress.class, ADDRESSES, relationship("user", M2oOnlyUser.class).cascade("save-update"));
        M2O_ONLY.configure();

        M2O_ONLY_NO_CASCADE.map(M2oOnlyNoCascadeUser.class, USERS);
        M2O_ONLY_NO_CASCADE.map(M2oOnlyNoCascadeAddress.class, ADDRESSES, relationship("user", M2oOnlyNoCascadeUser.class).cascade(""));
        M2O_ONLY_NO_CASCADE.configure();

        M2O_NO_CASCADE.map(M2oNoCascadeUser.class, USERS, relationship("addresses", M2oNoCascadeAddress.class).cascade("save-update")
                .backref(backref("user").cascade("")));
        M2O_NO_CASCADE.map(M2oNoCascadeAddress.class, ADDRESSES);
        M2O_NO_CASCADE.configure();

        FWD_ONLY.map(FwdOnlyItem.class, ITEMS, relationship("keywords", FwdOnlyKeyword.class).secondary(ITEM_KEYWORDS)
                .cascade("save-update"));
        FWD_ONLY.map(FwdOnlyKeyword.class, KEYWORDS);
        FWD_ONLY.configure();

        FWD_ONLY_NO_CASCADE.map(FwdOnlyNoCascadeItem.class, ITEMS, relationship("keywords", FwdOnlyNoCascadeKeyword.class).secondary(ITEM_KEYWORDS)
                .cascade(""));
        FWD_ONLY_NO_CASCADE.map(FwdOnlyNoCascadeKeyword.class, KEYWORDS);
        FWD_ONLY_NO_CASCADE.configure();

        M2M_BOTH.map(M2mBothItem.class, ITEMS, relationship("keywords", M2mBothKeyword.class).secondary(ITEM_KEYWORDS)
                .cascade("save-update").backref(backref("items").cascade("save-update")));
        M2M_BOTH.map(M2mBothKeyword.class, KEYWORDS);
        M2M_BOTH.configure();

        FWD_NO_CASCADE.map(FwdNoCascadeItem.class, ITEMS, relationship("keywords", FwdNoCascadeKeyword.class).secondary(ITEM_KEYWORDS)
                .cascade("").backref(backref("items").cascade("save-update")));
        FWD_NO_CASCADE.map(FwdNoCascadeKeyword.class, KEYWORDS);
        FWD_NO_CASCADE.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** Junction differs: the flush fails instead of warning "not in session" and skipping the relationship. */
    private static void assertFlushFailsNotInSession(Session session) {
        assertThatThrownBy(session::flush).isInstanceOf(FlushException.class).hasMessageContaining("not in the session");
    }

    private static List<String> addressRows(Engine engine) {
        return strings(rows(engine, select(ADDRESSES.c("email_address"), ADDRESSES.c("user_id"))));
    }

    private static List<Object> linkRows(Engine engine) {
        return new ArrayList<>(rows(engine, select(ITEM_KEYWORDS.c("item_id"))));
    }

    // ---- one-to-many ------------------------------------------------------------------------

    /** test_o2m_only_child_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mOnlyChildPending(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mOnlyUser u1 = new O2mOnlyUser("u1");
            O2mOnlyAddress a1 = new O2mOnlyAddress("a1");
            u1.addresses.add(a1);
            session.add(u1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isTrue();
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/1");
    }

    /** test_o2m_only_child_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mOnlyChildTransient(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mOnlyNoCascadeUser u1 = new O2mOnlyNoCascadeUser("u1");
            O2mOnlyNoCascadeAddress a1 = new O2mOnlyNoCascadeAddress("a1");
            u1.addresses.add(a1);
            session.add(u1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_o2m_only_child_persistent */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mOnlyChildPersistent(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mOnlyNoCascadeUser u1 = new O2mOnlyNoCascadeUser("u1");
            O2mOnlyNoCascadeAddress a1 = new O2mOnlyNoCascadeAddress("a1");
            session.add(a1);
            session.flush();
            session.expunge(a1);

            u1.addresses.add(a1);
            session.add(u1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_o2m_backref_child_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mBackrefChildPending(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            BothUser u1 = new BothUser("u1");
            BothAddress a1 = new BothAddress("a1");
            u1.addresses.add(a1);
            session.add(u1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isTrue();
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/1");
    }

    /** test_o2m_backref_child_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mBackrefChildTransient(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mNoCascadeUser u1 = new O2mNoCascadeUser("u1");
            O2mNoCascadeAddress a1 = new O2mNoCascadeAddress("a1");
            u1.addresses.add(a1);
            session.add(u1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /**
     * test_o2m_backref_child_transient_nochange. SQLAlchemy commits the user without the address, whose collection
     * then reloads empty; Junction differs: the commit fails and nothing is written.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mBackrefChildTransientNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mNoCascadeUser u1 = new O2mNoCascadeUser("u1");
            O2mNoCascadeAddress a1 = new O2mNoCascadeAddress("a1");
            u1.addresses.add(a1);
            session.add(u1);
            assertThat(session.contains(a1)).isFalse();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(addressRows(engine)).isEmpty();
    }

    /** test_o2m_backref_child_expunged */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mBackrefChildExpunged(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mNoCascadeUser u1 = new O2mNoCascadeUser("u1");
            O2mNoCascadeAddress a1 = new O2mNoCascadeAddress("a1");
            session.add(a1);
            session.flush();

            session.add(u1);
            u1.addresses.add(a1);
            session.expunge(a1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /**
     * test_o2m_backref_child_expunged_nochange. SQLAlchemy commits without the expunged address; Junction differs:
     * the commit fails, and the address keeps no user.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2mBackrefChildExpungedNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            O2mNoCascadeUser u1 = new O2mNoCascadeUser("u1");
            O2mNoCascadeAddress a1 = new O2mNoCascadeAddress("a1");
            session.add(a1);
            session.commit();

            session.add(u1);
            u1.addresses.add(a1);
            session.expunge(a1);
            assertThat(session.contains(a1)).isFalse();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(addressRows(engine)).containsExactly("a1/null");
    }

    // ---- many-to-one ------------------------------------------------------------------------

    /** test_m2o_only_child_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oOnlyChildPending(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oOnlyUser u1 = new M2oOnlyUser("u1");
            M2oOnlyAddress a1 = new M2oOnlyAddress("a1");
            a1.user = u1;
            session.add(a1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isTrue();
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/1");
    }

    /** test_m2o_only_child_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oOnlyChildTransient(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oOnlyNoCascadeUser u1 = new M2oOnlyNoCascadeUser("u1");
            M2oOnlyNoCascadeAddress a1 = new M2oOnlyNoCascadeAddress("a1");
            a1.user = u1;
            session.add(a1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2o_only_child_expunged */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oOnlyChildExpunged(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oOnlyNoCascadeUser u1 = new M2oOnlyNoCascadeUser("u1");
            session.add(u1);
            session.flush();

            M2oOnlyNoCascadeAddress a1 = new M2oOnlyNoCascadeAddress("a1");
            a1.user = u1;
            session.add(a1);
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2o_backref_child_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefChildPending(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            BothUser u1 = new BothUser("u1");
            BothAddress a1 = new BothAddress("a1");
            a1.user = u1;
            session.add(a1);
            assertThat(session.contains(u1)).isTrue();
            assertThat(session.contains(a1)).isTrue();
            session.commit();
        }
        assertThat(addressRows(engine)).containsExactly("a1/1");
    }

    /** test_m2o_backref_child_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefChildTransient(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            session.add(a1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2o_backref_child_expunged */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefChildExpunged(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            session.add(u1);
            session.flush();

            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            session.add(a1);
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2o_backref_future_child_pending (#10090): the address joined u1.addresses only through its backref. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefFutureChildPending(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            session.add(u1);
            session.flush();

            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            assertThat(u1.addresses).containsExactly(a1);
            assertThat(session.contains(a1)).isFalse();
            log.clear();
            assertFlushFailsNotInSession(session);
            assertThat(log.verbs()).doesNotContain("INSERT addresses");
        }
    }

    /** test_m2o_backref_future_child_expunged */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefFutureChildExpunged(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            session.add(u1);
            session.flush();

            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            assertThat(session.contains(a1)).isFalse();
            session.add(a1);
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertFlushFailsNotInSession(session);
        }
    }

    /**
     * test_m2o_backref_child_pending_nochange. SQLAlchemy commits the address without its user, so a1.user reloads as
     * None; Junction differs: the commit fails and nothing is written.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefChildPendingNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            session.add(a1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(addressRows(engine)).isEmpty();
    }

    /** test_m2o_backref_child_expunged_nochange; Junction differs as above. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefChildExpungedNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            session.add(u1);
            session.commit();

            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            session.add(a1);
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(addressRows(engine)).isEmpty();
    }

    /** test_m2o_backref_future_child_expunged_nochange; Junction differs as above. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oBackrefFutureChildExpungedNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNoCascadeUser u1 = new M2oNoCascadeUser("u1");
            session.add(u1);
            session.commit();

            M2oNoCascadeAddress a1 = new M2oNoCascadeAddress("a1");
            a1.user = u1;
            assertThat(session.contains(a1)).isFalse();
            session.add(a1);
            session.expunge(u1);
            assertThat(session.contains(u1)).isFalse();
            assertThat(session.contains(a1)).isTrue();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(addressRows(engine)).isEmpty();
    }

    // ---- many-to-many -----------------------------------------------------------------------

    /** test_m2m_only_child_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mOnlyChildPending(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdOnlyItem i1 = new FwdOnlyItem("i1");
            FwdOnlyKeyword k1 = new FwdOnlyKeyword("k1");
            i1.keywords.add(k1);
            session.add(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isTrue();
            session.commit();
        }
        assertThat(linkRows(engine)).hasSize(1);
    }

    /** test_m2m_only_child_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mOnlyChildTransient(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdOnlyNoCascadeItem i1 = new FwdOnlyNoCascadeItem("i1");
            FwdOnlyNoCascadeKeyword k1 = new FwdOnlyNoCascadeKeyword("k1");
            i1.keywords.add(k1);
            session.add(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2m_only_child_persistent */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mOnlyChildPersistent(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdOnlyNoCascadeItem i1 = new FwdOnlyNoCascadeItem("i1");
            FwdOnlyNoCascadeKeyword k1 = new FwdOnlyNoCascadeKeyword("k1");
            session.add(k1);
            session.flush();
            session.expunge(k1);

            i1.keywords.add(k1);
            session.add(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2m_backref_child_pending */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mBackrefChildPending(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2mBothItem i1 = new M2mBothItem("i1");
            M2mBothKeyword k1 = new M2mBothKeyword("k1");
            i1.keywords.add(k1);
            session.add(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isTrue();
            session.commit();
        }
        assertThat(linkRows(engine)).hasSize(1);
    }

    /** test_m2m_backref_future_child_pending (#10090): the keyword joined i1.keywords only through its backref. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mBackrefFutureChildPending(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2mBothItem i1 = new M2mBothItem("i1");
            session.add(i1);
            session.flush();

            M2mBothKeyword k1 = new M2mBothKeyword("k1");
            k1.items.add(i1);
            assertThat(i1.keywords).containsExactly(k1);
            assertThat(session.contains(k1)).isFalse();
            log.clear();
            assertFlushFailsNotInSession(session);
            assertThat(log.verbs()).doesNotContain("INSERT keywords");
        }
    }

    /** test_m2m_backref_child_transient */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mBackrefChildTransient(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdNoCascadeItem i1 = new FwdNoCascadeItem("i1");
            FwdNoCascadeKeyword k1 = new FwdNoCascadeKeyword("k1");
            i1.keywords.add(k1);
            session.add(i1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2m_backref_child_transient_nochange; Junction differs: the commit fails and nothing is written. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mBackrefChildTransientNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdNoCascadeItem i1 = new FwdNoCascadeItem("i1");
            FwdNoCascadeKeyword k1 = new FwdNoCascadeKeyword("k1");
            i1.keywords.add(k1);
            session.add(i1);
            assertThat(session.contains(k1)).isFalse();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(linkRows(engine)).isEmpty();
    }

    /** test_m2m_backref_child_expunged */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mBackrefChildExpunged(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdNoCascadeItem i1 = new FwdNoCascadeItem("i1");
            FwdNoCascadeKeyword k1 = new FwdNoCascadeKeyword("k1");
            session.add(k1);
            session.flush();

            session.add(i1);
            i1.keywords.add(k1);
            session.expunge(k1);
            assertThat(session.contains(i1)).isTrue();
            assertThat(session.contains(k1)).isFalse();
            assertFlushFailsNotInSession(session);
        }
    }

    /** test_m2m_backref_child_expunged_nochange; Junction differs: the commit fails and no link is written. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2mBackrefChildExpungedNoChange(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            FwdNoCascadeItem i1 = new FwdNoCascadeItem("i1");
            FwdNoCascadeKeyword k1 = new FwdNoCascadeKeyword("k1");
            session.add(k1);
            session.commit();

            session.add(i1);
            i1.keywords.add(k1);
            session.expunge(k1);
            assertThat(session.contains(k1)).isFalse();
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class);
        }
        assertThat(linkRows(engine)).isEmpty();
    }
}
