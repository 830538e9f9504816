package io.junction.docs.declarative.onetomany;

import io.junction.declarative.DeclarativeBase;

// tag::base[]
/** The seed's {@code Base = declarative_base()}: this base's own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
// end::base[]
