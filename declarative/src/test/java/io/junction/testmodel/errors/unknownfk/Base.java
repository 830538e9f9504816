package io.junction.testmodel.errors.unknownfk;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
