package io.junction.it.collections.custom;

import io.junction.orm.collection.CustomCollection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A user's collection class: it stores fruit in its own list and adds domain methods, which go
 * through {@code add} and {@code remove} so that Junction hears of each change.
 */
public class Fruits extends CustomCollection<Fruit> {
    private final List<Fruit> items = new ArrayList<>();

    @Override
    protected void store(Fruit fruit) {
        items.add(fruit);
    }

    @Override
    protected boolean discard(Object fruit) {
        return items.remove(fruit);
    }

    @Override
    protected Iterator<Fruit> stored() {
        return items.iterator();
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Adds a fruit of {@code kind}: a method of the class's own that appends through {@code add}. */
    public Fruit pick(String kind) {
        Fruit fruit = new Fruit(kind);
        add(fruit);
        return fruit;
    }

    /** The first fruit of {@code kind}, if any. */
    public Optional<Fruit> find(String kind) {
        return items.stream().filter(f -> kind.equals(f.kind)).findFirst();
    }

    /** Removes every fruit of {@code kind}. */
    public void eat(String kind) {
        removeIf(f -> kind.equals(f.kind));
    }
}
