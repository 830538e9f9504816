package io.junction.testmodel;

import io.junction.declarative.DeclarativeBase;
import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.Table;
import io.junction.testing.TestDatabases;
import io.junction.testmodel.options.Base;
import io.junction.testmodel.options.CustomerAccount;
import io.junction.testmodel.options.Entry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnOptionsTest {

    @Test
    void everyColumnOptionReachesTheTable() {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        Table account = metadata.table("customer_account");
        assertThat(account.columns()).extracting(c -> c.name()).containsExactly(
                "id", "nm", "token", "notes", "balance", "opened", "touched", "active", "visits");
        assertThat(account.primaryKey()).extracting(c -> c.name()).containsExactly("id");
        assertThat(account.c("id").type()).isEqualTo(SqlType.BIGINT);
        assertThat(account.c("nm").type().length()).isEqualTo(100);
        assertThat(account.c("nm").isNullable()).isFalse();
        assertThat(account.c("nm").isIndexed()).isTrue();
        assertThat(account.c("token").isUnique()).isTrue();
        assertThat(account.c("token").type()).isEqualTo(SqlType.UUID);
        assertThat(account.c("notes").type()).isEqualTo(SqlType.TEXT);
        assertThat(account.c("balance").type()).isEqualTo(SqlType.numeric(10, 2));
        assertThat(account.c("opened").type()).isEqualTo(SqlType.DATE);
        assertThat(account.c("touched").type()).isEqualTo(SqlType.TIMESTAMP);
        assertThat(account.c("active").type()).isEqualTo(SqlType.BOOLEAN);
        assertThat(account.c("visits").type()).isEqualTo(SqlType.INTEGER);
        Table entries = metadata.table("entries");
        assertThat(entries.columns()).extracting(c -> c.name()).containsExactly("id", "account_id", "amount");
        assertThat(entries.foreignKeys()).hasSize(1);
        assertThat(entries.foreignKeys().get(0).onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(entries.foreignKeys().get(0).onUpdate()).isNull();
        assertThat(Dialect.forUrl("jdbc:h2:mem:x").ddlCompiler().createStatements(metadata)).anyMatch(s -> s.contains("ON DELETE CASCADE"));
    }

    @Test
    void aRenamedColumnMapsToItsFieldAndBackPopulatesPairsTheSides() {
        Registry registry = DeclarativeBase.registry(Base.class);
        Mapper account = registry.mapper(CustomerAccount.class);
        assertThat(account.property("displayName")).isNotNull();
        assertThat(account.hasProperty("scratch")).isFalse();
        RelationshipProperty entries = (RelationshipProperty) account.property("entries");
        RelationshipProperty owner = (RelationshipProperty) registry.mapper(Entry.class).property("account");
        assertThat(entries.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(owner.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(entries.reverse()).isSameAs(owner);
        assertThat(entries.config().orderBy()).hasSize(1);

        CustomerAccount a = new CustomerAccount();
        Entry e = new Entry();
        a.entries.add(e);
        assertThat(e.account).isSameAs(a);
    }

    @Test
    void theRenamedAndTypedColumnsRoundTrip() {
        Engine engine = Engine.builder(TestDatabases.h2Url("options")).build();
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.createAll(engine);
        Long id;
        try (Session session = new Session(engine)) {
            CustomerAccount a = new CustomerAccount();
            a.displayName = "ed";
            a.balance = new BigDecimal("12.50");
            a.active = true;
            a.visits = 3;
            for (int amount : new int[] {5, 20, 10}) {
                Entry e = new Entry();
                e.amount = amount;
                a.entries.add(e);
            }
            session.add(a);
            session.commit();
            id = a.id;
        }
        try (Session session = new Session(engine)) {
            CustomerAccount a = session.get(CustomerAccount.class, id);
            assertThat(a.displayName).isEqualTo("ed");
            assertThat(a.balance).isEqualByComparingTo("12.50");
            assertThat(a.active).isTrue();
            assertThat(a.visits).isEqualTo(3);
            assertThat(a.entries).extracting(e -> e.amount).containsExactly(20, 10, 5);
        }
        metadata.dropAll(engine);
    }
}
