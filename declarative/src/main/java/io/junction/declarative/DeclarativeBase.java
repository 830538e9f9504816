package io.junction.declarative;

import io.junction.orm.attribute.Enhanced;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;

/**
 * The root of declarative mapping, the seed's {@code declarative_base()}. Each direct subclass is a
 * <em>base</em> with its own {@link MetaData} and {@link Registry}:
 *
 * <pre>{@code
 * public abstract class Base extends DeclarativeBase {}
 *
 * @Table("parent")
 * public class Parent extends Base { ... }
 *
 * DeclarativeBase.metadata(Base.class).createAll(engine);   // the seed's Base.metadata.create_all(engine)
 * }</pre>
 *
 * <p>Model classes (subclasses of a base that carry {@link Table}) are found in the base's package
 * and its subpackages, in packages named with {@link DeclarativeRegistry#scan}, or given with
 * {@link DeclarativeRegistry#register}; constructing a model object also registers its class. All
 * known classes are configured together at first use (the first object, or the first call of
 * {@link #metadata}/{@link #registry}), so relationships may name classes declared later.
 *
 * <p>The Junction agent enhances every subclass of this class; this class itself implements
 * {@link Enhanced} in plain Java so that the agent adds no state field to its subclasses.
 */
public abstract class DeclarativeBase implements Enhanced {
    private transient InstanceState $$junction_state;

    /** Registers this object's class with its base (once per class), configuring the base if needed. */
    protected DeclarativeBase() {
        DeclarativeRegistry.ensureMapped(getClass());
    }

    /** The {@link MetaData} of {@code base}, with every known model class's table declared. */
    public static MetaData metadata(Class<? extends DeclarativeBase> base) {
        return DeclarativeRegistry.of(base).metadata();
    }

    /** The {@link Registry} of {@code base}, every known model class mapped and configured. */
    public static Registry registry(Class<? extends DeclarativeBase> base) {
        return DeclarativeRegistry.of(base).registry();
    }

    @Override
    public final InstanceState $$junction_state() {
        return $$junction_state;
    }

    @Override
    public final void $$junction_state(InstanceState state) {
        this.$$junction_state = state;
    }
}
