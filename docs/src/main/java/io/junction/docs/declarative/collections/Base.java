package io.junction.docs.declarative.collections;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the collections section. */
public abstract class Base extends DeclarativeBase {
}
