package io.junction.testmodel.errors.badtype;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
