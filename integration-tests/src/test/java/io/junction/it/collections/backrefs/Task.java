package io.junction.it.collections.backrefs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** {@code board = relationship(Board, backref=backref("tasks", collection_class=ordering_list("position", count_from=1)))}. */
@Table("tasks")
public class Task extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("boards.id") public Integer boardId;
    @Column public Integer position;
    @Column(length = 30) public String title;
    @Relationship @Backref(name = "tasks", orderColumn = @OrderColumn(value = "position", countFrom = 1))
    public Board board;

    public Task() {
    }

    public Task(String title) {
        this.title = title;
    }
}
