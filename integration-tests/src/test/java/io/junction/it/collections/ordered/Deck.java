package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** {@code cards = relationship(Card, collection_class=ordering_list("position", count_from=1), cascade="all, delete-orphan")}. */
@Table("decks")
public class Deck extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @OrderColumn(value = "position", countFrom = 1)
    public List<Card> cards = new ArrayList<>();
}
