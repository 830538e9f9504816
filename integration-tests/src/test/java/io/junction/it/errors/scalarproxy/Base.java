package io.junction.it.errors.scalarproxy;

import io.junction.declarative.DeclarativeBase;

/** A base whose one mistake the configuration must refuse. */
public abstract class Base extends DeclarativeBase {
}
