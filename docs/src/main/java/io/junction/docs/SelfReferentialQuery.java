package io.junction.docs;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The seed's "Self-Referential Query Strategies" in core form: the {@code nodes} adjacency list,
 * its six rows, and the three aliased self-joins that find {@code subchild1} by its parent and grandparent.
 */
final class SelfReferentialQuery implements Section {

    @Override
    public String name() {
        return "self-referential-query";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::nodes[]
        MetaData metadata = new MetaData();
        Table nodes = metadata.table("nodes",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("nodes.id"),
                column("data", string(50)));
        // end::nodes[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            // tag::rows[]
            connection.executeMany(insert(nodes), List.of(
                    node(1, null, "root"),
                    node(2, 1, "child1"),
                    node(3, 1, "child2"),
                    node(4, 3, "subchild1"),
                    node(5, 3, "subchild2"),
                    node(6, 1, "child3")));
            connection.commit();
            // end::rows[]

            // tag::manual-alias[]
            Alias nodealias = nodes.alias();
            Select byParent = select(nodes)
                    .where(nodes.c("data").eq("subchild1"))
                    .where(and(nodes.c("parent_id").eq(nodealias.c("id")), nodealias.c("data").eq("child2")));
            List<Row> rows = connection.execute(byParent).all();
            // end::manual-alias[]
            print(out, "subchild1 under child2 (manual alias)", rows);

            // tag::join-alias[]
            Alias parent = nodes.alias();
            Select joined = select(nodes)
                    .from(nodes.join(parent, parent.c("id").eq(nodes.c("parent_id"))))
                    .where(nodes.c("data").eq("subchild1"))
                    .where(parent.c("data").eq("child2"));
            // end::join-alias[]
            print(out, "subchild1 under child2 (join)", connection.execute(joined).all());

            // tag::grandparent[]
            Alias firstParent = nodes.alias();
            Alias grandparent = nodes.alias();
            Select chain = select(nodes)
                    .from(nodes.join(firstParent, firstParent.c("id").eq(nodes.c("parent_id")))
                            .join(grandparent, grandparent.c("id").eq(firstParent.c("parent_id"))))
                    .where(nodes.c("data").eq("subchild1"))
                    .where(firstParent.c("data").eq("child2"))
                    .where(grandparent.c("data").eq("root"));
            // end::grandparent[]
            print(out, "subchild1 under child2 under root (join chain)", connection.execute(chain).all());
        }
        metadata.dropAll(engine);
    }

    private static Map<String, Object> node(int id, Integer parentId, String data) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }

    private static void print(PrintStream out, String title, List<Row> rows) {
        out.println("-- " + title + ":");
        for (Row row : rows) {
            out.println(row);
        }
        if (rows.size() != 1 || !"subchild1".equals(rows.get(0).get("nodes_data"))) {
            throw new IllegalStateException("expected the one row of subchild1, got " + rows);
        }
    }
}
