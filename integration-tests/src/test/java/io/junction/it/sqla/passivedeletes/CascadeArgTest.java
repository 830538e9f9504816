package io.junction.it.sqla.passivedeletes;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class CascadeArgTest: {@code PassiveDeletes.ALL}
 * never touches a deleted parent's members, which a delete or delete-orphan cascade would delete,
 * so the two together are refused when the mapping is configured.
 */
class CascadeArgTest {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));

    @Mapped
    static class User {
        Integer id;
        String name;
        List<Address> addresses = new ArrayList<>();
    }

    @Mapped
    static class Address {
        Integer id;
        String emailAddress;
    }

    private static Registry mapped(String cascade, PassiveDeletes passive) {
        Registry registry = new Registry(METADATA);
        registry.map(User.class, USERS,
                relationship("addresses", Address.class).passiveDeletes(passive).cascade(cascade));
        registry.map(Address.class, ADDRESSES);
        return registry;
    }

    /** test_delete_with_passive_deletes_all */
    @Test
    void deleteWithPassiveDeletesAll() {
        Registry registry = mapped("all, delete-orphan", PassiveDeletes.ALL);
        try {
            assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("On User.addresses, can't set passiveDeletes(PassiveDeletes.ALL) in "
                            + "conjunction with 'delete' or 'delete-orphan' cascade");
        } finally {
            registry.dispose();
        }
    }

    /** test_delete_with_passive_deletes_all with delete-orphan alone, and the combinations that are allowed. */
    @Test
    void deleteOrphanAloneAndAllowedCombinations() {
        Registry orphan = mapped("save-update, delete-orphan", PassiveDeletes.ALL);
        try {
            assertThatThrownBy(orphan::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("use passiveDeletes(true) with the cascade");
        } finally {
            orphan.dispose();
        }
        String[][] allowed = {{"all, delete-orphan", "ON"}, {"save-update", "ALL"}};
        for (String[] combination : allowed) {
            Registry registry = mapped(combination[0], PassiveDeletes.valueOf(combination[1]));
            try {
                assertThatCode(registry::configure).doesNotThrowAnyException();
            } finally {
                registry.dispose();
            }
        }
    }
}
