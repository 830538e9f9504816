package io.junction.it.collections.backrefs;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the backref-collection models. */
public abstract class Base extends DeclarativeBase {
}
