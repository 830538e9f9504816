package io.junction.orm.mapper;

import io.junction.orm.attribute.AttributeImpl;

/**
 * One mapped attribute of a {@link Mapper}. It is created when the class is mapped and
 * configured when the registry first configures, once every class is known.
 */
public abstract class MapperProperty {
    private final String key;
    private final Mapper parent;

    protected MapperProperty(String key, Mapper parent) {
        this.key = key;
        this.parent = parent;
    }

    public String key() {
        return key;
    }

    /** The mapper this property belongs to. */
    public Mapper parent() {
        return parent;
    }

    /** Resolves what the property refers to and registers its attribute; called once. */
    protected abstract void configure();

    /** Checks made after every property of every mapper is configured. */
    protected void postConfigure() {
    }

    /** The attribute that carries this property's values; a relationship has one once configured. */
    public abstract AttributeImpl attribute();

    @Override
    public String toString() {
        return parent.type().getSimpleName() + "." + key;
    }
}
