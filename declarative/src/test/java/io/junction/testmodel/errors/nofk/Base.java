package io.junction.testmodel.errors.nofk;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
