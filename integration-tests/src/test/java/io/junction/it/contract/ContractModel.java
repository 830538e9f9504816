package io.junction.it.contract;

/** A declarative model class, enhanced because it extends a {@code DeclarativeBase}. */
public class ContractModel extends ContractBase {
    Long id;
}
