package io.junction.it.types.mismatched;

import io.junction.declarative.DeclarativeBase;

/** A base whose only class names a converter of another Java type than its field's. */
public abstract class Base extends DeclarativeBase {
}
