package io.junction.it.collections.twooptions;

import io.junction.declarative.DeclarativeBase;

/** A base whose one mistake the configuration must refuse. */
public abstract class Base extends DeclarativeBase {
}
