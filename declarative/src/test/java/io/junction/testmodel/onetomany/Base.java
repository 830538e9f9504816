package io.junction.testmodel.onetomany;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
