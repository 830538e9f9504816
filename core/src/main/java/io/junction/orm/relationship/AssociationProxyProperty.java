package io.junction.orm.relationship;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.FieldAccess;
import io.junction.orm.attribute.ProxyAttribute;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.MappingException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A configured association proxy: the proxied collection relationship, the path from a member to
 * the value it shows, and the attribute that puts the live view into the field. It is resolved
 * after every relationship is configured, so the path may use backrefs.
 */
public final class AssociationProxyProperty extends MapperProperty {
    private final AssociationProxy config;
    private RelationshipProperty relationship;
    private List<MapperProperty> path;
    private ProxyAttribute attribute;

    AssociationProxyProperty(AssociationProxy config, Mapper parent) {
        super(config.name(), parent);
        this.config = config;
    }

    /** The proxied collection relationship. */
    public RelationshipProperty relationship() {
        return relationship;
    }

    /** The properties from a member to its value: single references, then a column or a reference. */
    public List<MapperProperty> path() {
        return path;
    }

    @Override
    public AttributeImpl attribute() {
        return attribute;
    }

    @Override
    protected void configure() {
    }

    /** True if the proxy shows a single reference's value rather than a collection. */
    public boolean scalar() {
        return !relationship.uselist();
    }

    @Override
    protected void postConfigure() {
        if (attribute != null) {
            return;
        }
        relationship = proxied();
        Field field = parent().field(key());
        if (field == null) {
            throw new MappingException(this + " has no field; declare " + (relationship.uselist() ? "List<...> " + key()
                    + " (or Set<...>)" : "a field " + key() + " of the value's type") + " in "
                    + parent().type().getSimpleName() + " for the association proxy over " + config.targetCollection());
        }
        path = resolvePath(relationship.target());
        ProxyAttribute.Kind kind;
        if (relationship.uselist()) {
            Field relationshipField = parent().field(relationship.key());
            Class<?> holds = relationshipField == null ? List.class : relationshipField.getType();
            kind = Map.class.isAssignableFrom(holds) ? ProxyAttribute.Kind.MAP
                    : Set.class.isAssignableFrom(holds) ? ProxyAttribute.Kind.SET : ProxyAttribute.Kind.LIST;
            if (config.cascadeScalarDeletes() || config.createOnNoneAssignment()) {
                throw new MappingException(this + " shows the collection " + relationship + ", but "
                        + (config.cascadeScalarDeletes() ? "cascadeScalarDeletes" : "createOnNoneAssignment")
                        + " applies only to a proxy over a single reference; drop the option (remove values through "
                        + "the collection instead)");
            }
            checkFieldType(field, kind);
        } else {
            kind = ProxyAttribute.Kind.SCALAR;
            checkScalarFieldType(field);
        }
        List<AttributeImpl> steps = new ArrayList<>();
        for (MapperProperty step : path) {
            steps.add(step.attribute());
        }
        attribute = new ProxyAttribute(key(), parent(), new FieldAccess(field), relationship.attribute(), steps,
                creator(kind), kind, config.cascadeScalarDeletes(), config.createOnNoneAssignment());
        attribute.property(this);
        parent().addAttribute(attribute);
    }

    private RelationshipProperty proxied() {
        String name = config.targetCollection();
        MapperProperty property = parent().hasProperty(name) ? parent().property(name) : null;
        if (!(property instanceof RelationshipProperty proxied)) {
            throw new MappingException(this + " proxies '" + name + "', which is " + (property == null ? "not mapped" : "not a relationship")
                    + " on " + parent().type().getSimpleName() + "; name a relationship of "
                    + parent().type().getSimpleName() + " (the association objects, or a single reference), such as relationship(\""
                    + name + "\", ...)");
        }
        if (proxied.lazy() == Lazy.DYNAMIC || proxied.lazy() == Lazy.WRITE_ONLY) {
            throw new MappingException(this + " proxies " + proxied + ", a " + proxied.lazy() + " relationship whose field holds "
                    + "a query rather than its members; proxy a relationship with another loader strategy");
        }
        return proxied;
    }

    /** The properties named by the attribute path, from the member's class on. */
    private List<MapperProperty> resolvePath(Mapper member) {
        String[] names = config.attribute().split("\\.", -1);
        List<MapperProperty> resolved = new ArrayList<>();
        Mapper current = member;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            boolean last = i == names.length - 1;
            MapperProperty step = current.hasProperty(name) ? current.property(name) : null;
            if (step instanceof RelationshipProperty reference && !reference.uselist()) {
                resolved.add(step);
                current = reference.target();
            } else if (step instanceof ColumnProperty && last) {
                resolved.add(step);
            } else {
                String problem = step == null ? "has no mapped attribute '" + name + "'"
                        : step instanceof ColumnProperty ? "maps '" + name + "' to a column, which cannot be followed further"
                        : step instanceof RelationshipProperty ? "'s " + name + " is a collection, which a proxy path cannot pass through"
                        : "'s " + name + " is not a column or a relationship";
                throw new MappingException(this + " shows '" + config.attribute() + "' of each " + member.type().getSimpleName()
                        + ", but " + current.type().getSimpleName() + " " + problem + "; name a column of "
                        + current.type().getSimpleName() + ", or a single reference followed by '.' and an attribute of its class");
            }
        }
        return List.copyOf(resolved);
    }

    /** A scalar proxy's field holds one value: not a collection, not a primitive (the value may be null), and of the value's type. */
    private void checkScalarFieldType(Field field) {
        Class<?> type = field.getType();
        Class<?> valueType = valueType();
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isPrimitive()
                || !type.isAssignableFrom(valueType) && valueType != Object.class) {
            throw new MappingException(this + " is declared as " + type.getSimpleName() + ", but it shows the single reference "
                    + relationship + ", so it holds one " + valueType.getSimpleName() + " (null when " + relationship.key()
                    + " is null); declare it as " + valueType.getSimpleName() + " " + key()
                    + (type.isPrimitive() ? " (a boxed type, since it can be null)" : ""));
        }
    }

    private void checkFieldType(Field field, ProxyAttribute.Kind kind) {
        Class<?> type = field.getType();
        String holds = switch (kind) {
            case LIST -> "List";
            case SET -> "Set";
            case MAP -> "Map";
            case SCALAR -> throw new IllegalArgumentException(kind.name());
        };
        boolean fits = switch (kind) {
            case LIST -> type.isAssignableFrom(List.class) && (Collection.class.isAssignableFrom(type) || type == Iterable.class);
            case SET -> type.isAssignableFrom(Set.class) && (Collection.class.isAssignableFrom(type) || type == Iterable.class);
            case MAP -> type == Map.class;
            case SCALAR -> throw new IllegalArgumentException(kind.name());
        };
        if (!fits) {
            throw new MappingException(this + " is declared as " + type.getSimpleName() + ", but it shows the " + holds + " "
                    + relationship + " as a " + holds + " of values; declare it as " + holds + "<...> " + key()
                    + (kind == ProxyAttribute.Kind.MAP ? "" : " (or Collection<...>)"));
        }
    }

    /**
     * The configured creator, else one calling the member class's constructor that takes the value
     * (for a {@code Map}, the key and the value).
     */
    private BiFunction<Object, Object, Object> creator(ProxyAttribute.Kind kind) {
        boolean keyed = kind == ProxyAttribute.Kind.MAP;
        if (config.creator() != null) {
            if (config.keyedCreator() != keyed) {
                throw new MappingException(this + " shows the " + (keyed ? "Map " : kind == ProxyAttribute.Kind.SCALAR
                        ? "single reference " : "collection ") + relationship
                        + ", so its creator takes " + (keyed ? "the key and the value: give creator((key, value) -> ...)"
                        : "the value alone: give creator(value -> ...)") + (keyed ? " (a BiFunction)" : " (a Function)"));
            }
            return config.creator();
        }
        Class<?> memberType = relationship.target().type();
        Class<?> valueType = valueType();
        int arguments = keyed ? 2 : 1;
        for (Constructor<?> constructor : memberType.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == arguments
                    && boxed(constructor.getParameterTypes()[arguments - 1]).isAssignableFrom(valueType)) {
                try {
                    constructor.setAccessible(true);
                } catch (RuntimeException e) {
                    throw new MappingException(this + " would make each new " + memberType.getSimpleName() + " with the "
                            + "constructor " + constructor + ", which Junction cannot call (" + e.getMessage() + "); give "
                            + "creator(...) instead", e);
                }
                return keyed ? (key, value) -> construct(constructor, key, value) : (key, value) -> construct(constructor, value);
            }
        }
        throw new MappingException(this + " cannot make a " + memberType.getSimpleName() + " from a " + valueType.getSimpleName()
                + " added through it: give the proxy a creator, as associationProxy(\"" + key() + "\", \""
                + config.targetCollection() + "\", \"" + config.attribute() + "\").creator((" + (keyed ? "key, " : "")
                + valueType.getSimpleName() + " value) -> new " + memberType.getSimpleName()
                + "(...)) (declarative: @AssociationProxy(creator = ...)), or declare a constructor "
                + memberType.getSimpleName() + "(" + (keyed ? "key, " : "") + valueType.getSimpleName() + ")");
    }

    private Class<?> valueType() {
        MapperProperty last = path.get(path.size() - 1);
        if (last instanceof RelationshipProperty reference) {
            return reference.target().type();
        }
        Field field = last.parent().field(last.key());
        return field == null ? Object.class : boxed(field.getType());
    }

    private Object construct(Constructor<?> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(this + ": " + constructor + " failed", e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException(this + ": cannot make a member of " + relationship + " from "
                    + java.util.Arrays.toString(arguments) + " with " + constructor, e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
