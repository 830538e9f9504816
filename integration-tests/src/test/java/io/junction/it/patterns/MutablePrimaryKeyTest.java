package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.Models.Account;
import io.junction.it.patterns.Models.Mailbox;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's mutable primary keys: natural string keys whose change reaches the referencing
 * rows through ON UPDATE CASCADE (passive updates), or through UPDATEs the session emits.
 */
class MutablePrimaryKeyTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("username", string(50)).primaryKey(), column("fullname", string(100)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("email", string(50)).primaryKey(),
            column("username", string(50)).foreignKey("users.username", ReferentialAction.CASCADE, null));
    static final Table LOGINS = METADATA.table("logins", column("username", string(50)).primaryKey());
    static final Table INBOXES = METADATA.table("inboxes",
            column("email", string(50)).primaryKey(), column("username", string(50)));
    static final Table BADGES = METADATA.table("badges",
            column("code", string(50)).primaryKey(), column("username", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Login {
        String username;
        List<Inbox> inboxes = new ArrayList<>();
    }

    @Mapped
    static class Inbox {
        String email;
        String username;
    }

    @Mapped
    static class Badge {
        String code;
        String username;
        Login login;
    }

    static {
        REGISTRY.map(Account.class, USERS, relationship("addresses", Mailbox.class).backref("account"));
        REGISTRY.map(Mailbox.class, ADDRESSES);
        REGISTRY.map(Login.class, LOGINS, relationship("inboxes", Inbox.class)
                .primaryJoin(LOGINS.c("username").eq(INBOXES.c("username"))).foreignKeys(INBOXES.c("username"))
                .passiveUpdates(false));
        REGISTRY.map(Inbox.class, INBOXES);
        REGISTRY.map(Badge.class, BADGES, relationship("login", Login.class)
                .primaryJoin(LOGINS.c("username").eq(BADGES.c("username"))).foreignKeys(BADGES.c("username"))
                .passiveUpdates(false));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void withPassiveUpdatesOneUpdateAndTheDatabaseCascades(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Account jack = new Account("jack");
            Mailbox mail = new Mailbox("jack@example.com");
            jack.addresses.add(mail);
            session.add(jack);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Account jack = session.get(Account.class, "jack");
            Mailbox mail = jack.addresses.get(0);
            jack.username = "ed";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE users SET username=? WHERE users.username = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly("ed", "jack");
            assertThat(mail.username).as("the object in memory follows").isEqualTo("ed");
            assertThat(session.get(Account.class, "ed")).as("the identity map is re-keyed").isSameAs(jack);
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email"), ADDRESSES.c("username")))))
                .containsExactly("jack@example.com/ed");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void withoutPassiveUpdatesTheSessionUpdatesEveryReferencingRowLoadingThoseNotInMemory(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Login login = new Login();
            login.username = "jack";
            for (String email : List.of("a@x", "b@x")) {
                Inbox inbox = new Inbox();
                inbox.email = email;
                login.inboxes.add(inbox);
            }
            session.add(login);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Login login = session.get(Login.class, "jack");
            login.username = "ed";
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("SELECT inboxes", "UPDATE logins", "UPDATE inboxes");
            assertThat(log.statements().get(2).parameterSets()).hasSize(2);
        }
        assertThat(strings(rows(engine, select(INBOXES.c("username"))))).containsExactly("ed", "ed");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void onTheManyToOneSideOnlyObjectsInTheIdentityMapAreUpdated(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Login login = new Login();
            login.username = "jack";
            Badge held = new Badge();
            held.code = "held";
            held.login = login;
            Badge elsewhere = new Badge();
            elsewhere.code = "elsewhere";
            elsewhere.login = login;
            session.addAll(List.of(held, elsewhere));
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Badge held = session.get(Badge.class, "held");
            Login login = held.login;
            login.username = "ed";
            session.commit();
        }
        assertThat(strings(rows(engine, select(BADGES.c("code"), BADGES.c("username")).orderBy(BADGES.c("code")))))
                .containsExactly("elsewhere/jack", "held/ed");
    }
}
