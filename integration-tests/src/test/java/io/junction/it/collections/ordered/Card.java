package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("cards")
public class Card extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("decks.id") public Integer deckId;
    @Column public Integer position;
    @Column(length = 20) public String face;

    public Card() {
    }

    public Card(String face) {
        this.face = face;
    }
}
