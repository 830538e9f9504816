package io.junction.agent.testmodel;

import io.junction.orm.mapper.Mapped;
import java.util.List;

/** A generic mapped class: its generic signature gets Enhanced too. */
@Mapped
public class Holder<T> implements Comparable<Holder<T>> {

    public T value;
    public List<T> values;

    @Override
    public int compareTo(Holder<T> other) {
        return 0;
    }
}
