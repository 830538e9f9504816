package io.junction.orm.mapper;

/** The declaration of a mapped attribute, given to {@link Registry#map}: a column override or a relationship. */
public interface PropertySpec {

    /** The attribute's name, which is also its field's name. */
    String name();

    /** Creates the property for {@code mapper}. */
    MapperProperty create(Mapper mapper);
}
