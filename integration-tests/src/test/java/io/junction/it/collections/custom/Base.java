package io.junction.it.collections.custom;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of this package's models. */
public abstract class Base extends DeclarativeBase {
}
