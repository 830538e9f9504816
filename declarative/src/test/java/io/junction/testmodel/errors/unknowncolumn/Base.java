package io.junction.testmodel.errors.unknowncolumn;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
