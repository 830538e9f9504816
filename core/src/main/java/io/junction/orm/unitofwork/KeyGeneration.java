package io.junction.orm.unitofwork;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Sequence;
import io.junction.util.Numbers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * Primary keys the flush generates before an INSERT, for objects whose key is null: random UUIDs
 * ({@link io.junction.orm.mapper.UuidKeySpec}), or values of the key column's {@link Sequence} taken in
 * blocks, as Hibernate's pooled-lo optimizer: each {@code nextval} gives the first of
 * {@code sequence.increment()} keys, handed out before the next {@code nextval}. Blocks are kept per
 * engine and sequence, shared by every session, and survive rollbacks (a sequence is not transactional).
 */
final class KeyGeneration {
    private static final Map<Engine, Map<String, Block>> BLOCKS = new WeakHashMap<>();

    private KeyGeneration() {
    }

    /** Gives each of {@code states} without a key a generated one, recorded as generated so that a rollback clears it. */
    static void generate(UnitOfWork uow, Mapper mapper, List<InstanceState> states) {
        ColumnProperty key = mapper.generatedKey();
        Block block = null;
        for (InstanceState state : states) {
            if (key.get(state) != null) {
                continue;
            }
            Object value;
            if (mapper.generatesUuids()) {
                value = UUID.randomUUID();
            } else {
                if (block == null) {
                    block = block(uow.connection(), key.column().sequence());
                }
                value = Numbers.convert(block.next(uow.connection()), key.column().type().javaType());
            }
            key.setQuietly(state, value);
            uow.keyGenerated(state, key);
        }
    }

    private static Block block(Connection connection, Sequence sequence) {
        Engine engine = connection.engine();
        synchronized (BLOCKS) {
            return BLOCKS.computeIfAbsent(engine, e -> new HashMap<>()).computeIfAbsent(sequence.name(),
                    name -> new Block(sequence, Sql.select(Sql.literalColumn(engine.dialect().nextValue(sequence)))));
        }
    }

    /** The keys of one sequence not handed out yet: {@code next} up to {@code end}, exclusive. */
    private static final class Block {
        private final Sequence sequence;
        private final Select nextValue;
        private long next;
        private long end;

        Block(Sequence sequence, Select nextValue) {
            this.sequence = sequence;
            this.nextValue = nextValue;
        }

        /** The next key, taking a new block with one {@code nextval} when this one is used up. */
        synchronized long next(Connection connection) {
            if (next == end) {
                Object first = connection.execute(nextValue).all().get(0).get(0);
                next = ((Number) first).longValue();
                end = next + sequence.increment();
            }
            return next++;
        }
    }
}
