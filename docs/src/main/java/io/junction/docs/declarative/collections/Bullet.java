package io.junction.docs.declarative.collections;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("bullet")
public class Bullet extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("slide.id") public Integer slideId;
    @Column public Integer position;
    @Column(length = 50) public String text;

    public Bullet() {
    }

    public Bullet(String text) {
        this.text = text;
    }
}
