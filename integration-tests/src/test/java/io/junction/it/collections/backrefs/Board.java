package io.junction.it.collections.backrefs;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** Holds three collections, each the backref of its member's many-to-one. */
@Table("boards")
public class Board extends Base {
    @Column(primaryKey = true) public Integer id;
    /** The backrefs' attributes. */
    public Map<String, Pin> pins = new HashMap<>();
    public List<Task> tasks = new ArrayList<>();
    public SortedSet<Sticker> stickers = new TreeSet<>(new Sticker.ByName());
}
