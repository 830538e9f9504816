package io.junction.it.contract;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** A classical model class: the agent enhances it because of {@code @Mapped}. */
@Mapped
public class ContractProbe {
    Integer id;
    String name;
    int count;
    List<ContractProbe> children = new ArrayList<>();
}
