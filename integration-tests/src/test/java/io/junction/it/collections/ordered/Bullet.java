package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("bullets")
public class Bullet extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("slides.id") public Integer slideId;
    @Column public Integer position;
    @Column(length = 128) public String text;
    /** The backref's attribute. */
    public Slide slide;

    public Bullet() {
    }

    public Bullet(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return "Bullet(" + text + " pos " + position + ")";
    }
}
