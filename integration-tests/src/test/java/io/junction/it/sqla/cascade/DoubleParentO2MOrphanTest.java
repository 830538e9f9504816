package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class DoubleParentO2MOrphanTest: a customer belongs to an account
 * and to a sales rep, both "all,delete-orphan"; a pending customer leaves the session as soon as either parent lets
 * go of it. The {@code _legacy} variants use the mapper flag {@code legacy_is_orphan}, which Junction lacks: not ported.
 */
class DoubleParentO2MOrphanTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table SALES_REPS = METADATA.table("sales_reps",
            column("sales_rep_id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Table ACCOUNTS = METADATA.table("accounts",
            column("account_id", INTEGER).primaryKey(),
            column("balance", INTEGER));
    static final Table CUSTOMERS = METADATA.table("customers",
            column("customer_id", INTEGER).primaryKey(),
            column("name", string(50)),
            column("sales_rep_id", INTEGER).foreignKey("sales_reps.sales_rep_id"),
            column("account_id", INTEGER).foreignKey("accounts.account_id"));

    /** uselist=True: the parents hold lists of customers. */
    static final Registry LISTS = new Registry(METADATA);
    /** uselist=False: each parent holds one customer. */
    static final Registry SCALARS = new Registry(METADATA);

    @Mapped
    static class Customer {
        Integer customerId;
        String name;
        Account account;
        SalesRep salesRep;
    }

    @Mapped
    static class Account {
        Integer accountId;
        Integer balance;
        List<Customer> customers = new ArrayList<>();
    }

    @Mapped
    static class SalesRep {
        Integer salesRepId;
        String name;
        List<Customer> customers = new ArrayList<>();
    }

    @Mapped
    static class OneCustomer {
        Integer customerId;
        String name;
        OneAccount account;
        OneSalesRep salesRep;
    }

    @Mapped
    static class OneAccount {
        Integer accountId;
        Integer balance;
        OneCustomer customers;
    }

    @Mapped
    static class OneSalesRep {
        Integer salesRepId;
        String name;
        OneCustomer customers;
    }

    static {
        LISTS.map(Customer.class, CUSTOMERS);
        LISTS.map(Account.class, ACCOUNTS,
                relationship("customers", Customer.class).cascade("all,delete-orphan").backref("account"));
        LISTS.map(SalesRep.class, SALES_REPS,
                relationship("customers", Customer.class).cascade("all,delete-orphan").backref("salesRep"));
        LISTS.configure();

        SCALARS.map(OneCustomer.class, CUSTOMERS);
        SCALARS.map(OneAccount.class, ACCOUNTS,
                relationship("customers", OneCustomer.class).cascade("all,delete-orphan").uselist(false).backref("account"));
        SCALARS.map(OneSalesRep.class, SALES_REPS,
                relationship("customers", OneCustomer.class).cascade("all,delete-orphan").uselist(false).backref("salesRep"));
        SCALARS.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_double_parent_expunge_o2m_current */
    @ParameterizedTest
    @EnumSource(Database.class)
    void doubleParentExpungeO2mCurrent(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine).expireOnCommit(false).autoflush(false)) {
            Account a = new Account();
            a.balance = 0;
            SalesRep sr = new SalesRep();
            sr.name = "John";
            session.addAll(List.of(a, sr));
            session.commit();

            Customer c = new Customer();
            c.name = "Jane";
            a.customers.add(c);
            sr.customers.add(c);
            assertThat(session.contains(c)).isTrue();

            a.customers.remove(c);
            assertThat(session.contains(c)).as("expunged when either parent is gone").isFalse();
            sr.customers.remove(c);
            assertThat(session.contains(c)).as("expunged when both parents are gone").isFalse();
        }
    }

    /** test_double_parent_expunge_o2o_current */
    @ParameterizedTest
    @EnumSource(Database.class)
    void doubleParentExpungeO2oCurrent(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine).expireOnCommit(false).autoflush(false)) {
            OneAccount a = new OneAccount();
            a.balance = 0;
            OneSalesRep sr = new OneSalesRep();
            sr.name = "John";
            session.addAll(List.of(a, sr));
            session.commit();

            OneCustomer c = new OneCustomer();
            c.name = "Jane";
            a.customers = c;
            sr.customers = c;
            assertThat(session.contains(c)).isTrue();

            a.customers = null;
            assertThat(session.contains(c)).as("expunged when either parent is gone").isFalse();
            sr.customers = null;
            assertThat(session.contains(c)).as("expunged when both parents are gone").isFalse();
        }
    }
}
