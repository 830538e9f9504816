package io.junction.it.loading.variants;

import io.junction.engine.Engine;
import io.junction.it.support.Rows;
import io.junction.sql.schema.MetaData;

import java.util.List;

/** SQLAlchemy's {@code _fixtures} rows for users, addresses and orders, and a few rows for the other tables, inserted with core statements. */
final class Fixture {
    static final String USER_COLUMNS = "users.id AS users_id, users.name AS users_name";
    static final String ADDRESS_COLUMNS = "addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, "
            + "addresses.email_address AS addresses_email_address";
    static final String ORDER_COLUMNS = "orders.id AS orders_id, orders.user_id AS orders_user_id, "
            + "orders.description AS orders_description";

    private Fixture() {
    }

    /** Users 7 jack, 8 ed, 9 fred, 10 chuck; their five addresses; five orders of users 7 and 9. */
    static void usersAddressesOrders(Engine engine, MetaData metadata) {
        Rows.insertInto(engine, metadata.table("users"), List.of("id", "name"),
                new Object[]{7, "jack"}, new Object[]{8, "ed"}, new Object[]{9, "fred"}, new Object[]{10, "chuck"});
        Rows.insertInto(engine, metadata.table("addresses"), List.of("id", "user_id", "email_address"),
                new Object[]{1, 7, "jack@bean.com"}, new Object[]{2, 8, "ed@wood.com"},
                new Object[]{3, 8, "ed@bettyboop.com"}, new Object[]{4, 8, "ed@lala.com"},
                new Object[]{5, 9, "fred@fred.com"});
        Rows.insertInto(engine, metadata.table("orders"), List.of("id", "user_id", "description"),
                new Object[]{1, 7, "order 1"}, new Object[]{2, 9, "order 2"}, new Object[]{3, 7, "order 3"},
                new Object[]{4, 9, "order 4"}, new Object[]{5, 7, "order 5"});
    }

    /** Accounts 1 and 2; entries 1 and 2 of account 1, entry 3 of account 2, entry 4 of none. */
    static void accountsEntries(Engine engine, MetaData metadata) {
        Rows.insertInto(engine, metadata.table("accounts"), List.of("id", "name"),
                new Object[]{1, "cash"}, new Object[]{2, "bank"});
        Rows.insertInto(engine, metadata.table("entries"), List.of("id", "account_id", "memo"),
                new Object[]{1, 1, "rent"}, new Object[]{2, 1, "food"}, new Object[]{3, 2, "salary"},
                new Object[]{4, null, "unfiled"});
    }
}
