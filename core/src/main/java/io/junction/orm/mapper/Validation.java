package io.junction.orm.mapper;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.AttributeListeners;
import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.event.RemovalValidator;
import io.junction.orm.event.Validator;

/**
 * A validator of one attribute, given to {@link Registry#map} beside the properties (SQLAlchemy's
 * {@code @validates}): {@code registry.map(User.class, users, validates("email", (user, key, email) -> ...))}.
 * It is called when the attribute is set, or a member appended to a collection (and, with
 * {@link #validatesWithRemoves}, removed), also when the change comes from the other side of a
 * backref unless {@link #includeBackrefs(boolean) includeBackrefs(false)}; never when the attribute loads.
 * The value it returns is stored; an exception leaves the attribute unchanged.
 */
public final class Validation implements PropertySpec {
    private final String attribute;
    private final Validator<Object, Object> validator;
    private final RemovalValidator<Object, Object> removalValidator;
    private final boolean includeBackrefs;

    private Validation(String attribute, Validator<Object, Object> validator,
                       RemovalValidator<Object, Object> removalValidator, boolean includeBackrefs) {
        this.attribute = attribute;
        this.validator = validator;
        this.removalValidator = removalValidator;
        this.includeBackrefs = includeBackrefs;
    }

    /** Validates {@code attribute}'s new values, or a collection's appended members, with {@code validator}. */
    @SuppressWarnings("unchecked")
    public static <T, V> Validation validates(String attribute, Validator<T, V> validator) {
        return new Validation(attribute, (Validator<Object, Object>) (Validator<?, ?>) validator, null, true);
    }

    /** As {@link #validates}, and the members removed from a collection too, with {@code removing} true. */
    @SuppressWarnings("unchecked")
    public static <T, V> Validation validatesWithRemoves(String attribute, RemovalValidator<T, V> validator) {
        return new Validation(attribute, null, (RemovalValidator<Object, Object>) (RemovalValidator<?, ?>) validator, true);
    }

    /** Whether changes made by the other side of a backref are validated too (default true). */
    public Validation includeBackrefs(boolean on) {
        return new Validation(attribute, validator, removalValidator, on);
    }

    @Override
    public String name() {
        return attribute;
    }

    /** A validator adds no property: {@link Mapper} keeps it aside and installs it at configuration. */
    @Override
    public MapperProperty create(Mapper mapper) {
        throw new MappingException("the validator of " + mapper.type().getSimpleName() + "." + attribute
                + " is not a property; give it to registry.map(...) beside the properties");
    }

    /** Installs this validator on its attribute of {@code mapper}, which is configured. */
    void install(Mapper mapper) {
        if (!mapper.hasProperty(attribute)) {
            throw new MappingException("validates(\"" + attribute + "\", ...) on " + mapper.type().getSimpleName()
                    + ": " + mapper.type().getSimpleName() + " has no mapped attribute '" + attribute
                    + "'; its attributes are " + mapper.properties().stream().map(MapperProperty::key).toList() + "; name one of them");
        }
        AttributeImpl target = mapper.property(attribute).attribute();
        AttributeListeners listeners = target.listenersForUpdate();
        String key = attribute;
        if (target instanceof CollectionAttribute) {
            if (validator != null) {
                listeners.onAppend((owner, value) -> validator.validate(owner, key, value), includeBackrefs);
            } else {
                listeners.onAppend((owner, value) -> removalValidator.validate(owner, key, value, false), includeBackrefs);
                listeners.onRemove((owner, value) -> removalValidator.validate(owner, key, value, true), includeBackrefs);
            }
        } else if (validator != null) {
            listeners.onSet((owner, value, old) -> validator.validate(owner, key, value), includeBackrefs);
        } else {
            listeners.onSet((owner, value, old) -> removalValidator.validate(owner, key, value, false), includeBackrefs);
        }
    }
}
