package io.junction.orm.loading;

import io.junction.engine.Result;
import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.Alias;
import io.junction.sql.expression.ColumnClause;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.SqlNode;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A query for objects of one mapped class, SQLAlchemy's {@code session.query(Node)}: criteria,
 * joins along relationships (aliased, chained from the join point), order, limits and loader
 * options, with results going through the session's identity map. Each method returns a new
 * query; nothing runs until {@link #all()}, {@link #first()}, {@link #one()}, {@link #count()},
 * {@link #stream()} and the like.
 */
public final class Query<T> {
    private final LoadContext context;
    private final Runnable beforeExecute;
    private final Mapper mapper;
    private final Class<T> type;
    private final FromClause root;
    private FromClause joins;
    private final List<ColumnElement> criteria = new ArrayList<>();
    private final List<OrderBy> orderBy = new ArrayList<>();
    private Integer limit;
    private Integer offset;
    private ClauseAdapter filterAdapter = ClauseAdapter.NONE;
    private Mapper joinpointMapper;
    private FromClause joinpointFrom;
    private Mapper baseMapper;
    private FromClause baseFrom;
    private List<String> joinpointPath = List.of();
    private final Map<List<String>, FromClause> joinedPaths = new LinkedHashMap<>();
    private LoaderOptions options = LoaderOptions.NONE;
    private int yieldPer = 100;

    public Query(LoadContext context, Runnable beforeExecute, Mapper mapper, Class<T> type) {
        this(context, beforeExecute, mapper, type, mapper.table());
    }

    /** A query for {@code type} read through {@code root}, its table or an alias of it. */
    public Query(LoadContext context, Runnable beforeExecute, Mapper mapper, Class<T> type, FromClause root) {
        this.context = context;
        this.beforeExecute = beforeExecute;
        this.mapper = mapper;
        this.type = type;
        this.root = root;
        this.joinpointMapper = mapper;
        this.joinpointFrom = root;
        this.baseMapper = mapper;
        this.baseFrom = root;
    }

    /** A query for the class of {@code aliased}, read through its alias. */
    public static <T> Query<T> of(LoadContext context, Runnable beforeExecute, Aliased<T> aliased) {
        return new Query<>(context, beforeExecute, aliased.mapper(), aliased.type(), aliased.alias());
    }

    private Query<T> copy() {
        Query<T> copy = new Query<>(context, beforeExecute, mapper, type, root);
        copy.joins = joins;
        copy.criteria.addAll(criteria);
        copy.orderBy.addAll(orderBy);
        copy.limit = limit;
        copy.offset = offset;
        copy.filterAdapter = filterAdapter;
        copy.joinpointMapper = joinpointMapper;
        copy.joinpointFrom = joinpointFrom;
        copy.baseMapper = baseMapper;
        copy.baseFrom = baseFrom;
        copy.joinpointPath = joinpointPath;
        copy.joinedPaths.putAll(joinedPaths);
        copy.options = options;
        copy.yieldPer = yieldPer;
        return copy;
    }

    // ---- criteria ------------------------------------------------------------------------------

    /**
     * Only objects matching {@code criterion}, in addition to earlier criteria. After
     * {@code join(path, aliased())}, columns of the joined class's table are read through that join's alias.
     */
    public Query<T> filter(ColumnElement criterion) {
        Query<T> copy = copy();
        copy.criteria.add(filterAdapter.adapt(criterion));
        return copy;
    }

    /** Only objects matching every criterion. */
    public Query<T> filter(ColumnElement... criteria) {
        Query<T> copy = this;
        for (ColumnElement criterion : criteria) {
            copy = copy.filter(criterion);
        }
        return copy;
    }

    /**
     * Only rows where the column attribute {@code attribute} equals {@code value}; the attribute
     * is one of the query's class, or, after a join, of the join point's class, read through its alias.
     */
    public Query<T> filterBy(String attribute, Object value) {
        MapperProperty property = joinpointMapper.property(attribute);
        if (!(property instanceof ColumnProperty column)) {
            throw new IllegalArgumentException(joinpointMapper.type().getSimpleName() + "." + attribute
                    + " is a relationship; filterBy compares column attributes (join along a relationship with join(\""
                    + attribute + "\") and filter its target)");
        }
        Query<T> copy = copy();
        copy.criteria.add(ClauseAdapter.corresponding(joinpointFrom, column.column()).eq(value));
        return copy;
    }

    /**
     * Only the objects that {@code instance}'s relationship {@code attribute} holds, SQLAlchemy's
     * {@code with_parent}: {@code session.query(Address.class).withParent(user, "addresses")}.
     * The parent's key values are bound as they were last loaded or flushed; those of a transient or
     * pending parent, as they are set now.
     */
    public Query<T> withParent(Object instance, String attribute) {
        InstanceState state = InstanceState.require(instance);
        Mapper parent = Mapper.of(state);
        MapperProperty property = parent.property(attribute);
        if (!(property instanceof RelationshipProperty relationship)) {
            throw new IllegalArgumentException(parent.type().getSimpleName() + "." + attribute
                    + " is a column, not a relationship; withParent follows a relationship");
        }
        if (!relationship.target().type().isAssignableFrom(mapper.type()) && relationship.target() != mapper) {
            throw new IllegalArgumentException(relationship + " holds " + relationship.target().type().getSimpleName()
                    + " objects, but this query is for " + mapper.type().getSimpleName());
        }
        List<Object> values = Relations.localValues(state, relationship);
        Query<T> copy = copy();
        if (values.contains(null)) {
            // a parent without a key (not flushed yet) has no rows as its targets: a criterion that is never true
            copy.criteria.add(ClauseAdapter.corresponding(root, mapper.primaryKey().get(0).column()).in(List.of()));
        } else {
            copy.criteria.add(Relations.criteria(relationship, values, root));
        }
        return copy;
    }

    // ---- joins -----------------------------------------------------------------------------------

    /**
     * Joins along the relationship {@code attribute} of the query's class (or, with
     * {@link QueryOptions#fromJoinpoint()}, of the previous join's target). With
     * {@link QueryOptions#aliased()} the target is an anonymous alias, and later filters on the
     * target's class apply to it.
     */
    public Query<T> join(String attribute, JoinOption... options) {
        return join(attribute, null, false, options);
    }

    /** Joins along a path of relationships: {@code join("orders", "items")}, each from the previous one's target. */
    public Query<T> join(String first, String second, String... more) {
        Query<T> query = join(first, new JoinOption[0]).join(second, JoinOption.FROM_JOINPOINT);
        for (String attribute : more) {
            query = query.join(attribute, JoinOption.FROM_JOINPOINT);
        }
        return query;
    }

    /** Joins along {@code attribute} to {@code target}, an alias made by {@link QueryOptions#aliased(Class)}. */
    public Query<T> join(String attribute, Aliased<?> target, JoinOption... options) {
        return join(attribute, target, false, options);
    }

    /** As {@link #join(String, JoinOption...)}, with a LEFT OUTER JOIN. */
    public Query<T> outerJoin(String attribute, JoinOption... options) {
        return join(attribute, null, true, options);
    }

    /** As {@link #join(String, String, String...)}, with LEFT OUTER JOINs. */
    public Query<T> outerJoin(String first, String second, String... more) {
        Query<T> query = outerJoin(first, new JoinOption[0]).outerJoin(second, JoinOption.FROM_JOINPOINT);
        for (String attribute : more) {
            query = query.outerJoin(attribute, JoinOption.FROM_JOINPOINT);
        }
        return query;
    }

    /** As {@link #join(String, Aliased, JoinOption...)}, with a LEFT OUTER JOIN. */
    public Query<T> outerJoin(String attribute, Aliased<?> target, JoinOption... options) {
        return join(attribute, target, true, options);
    }

    /**
     * As {@link #join(String, JoinOption...)}, naming the relationship by its metamodel reference;
     * a relationship of another class joins from that class, as {@link #join(Class, String)}.
     */
    public Query<T> join(RelationshipPath relationship, JoinOption... options) {
        if (ownedElsewhere(relationship, options)) {
            return join(relationship.source(), relationship.name(), options);
        }
        return join(relationship.name(), options);
    }

    /** As {@link #join(String, Aliased, JoinOption...)}, naming the relationship by its metamodel reference. */
    public Query<T> join(RelationshipPath relationship, Aliased<?> target, JoinOption... options) {
        return join(relationship.name(), target, options);
    }

    /** As {@link #outerJoin(String, JoinOption...)}, naming the relationship by its metamodel reference. */
    public Query<T> outerJoin(RelationshipPath relationship, JoinOption... options) {
        if (ownedElsewhere(relationship, options)) {
            return outerJoin(relationship.source(), relationship.name(), options);
        }
        return outerJoin(relationship.name(), options);
    }

    private boolean ownedElsewhere(RelationshipPath relationship, JoinOption... options) {
        Class<?> source = relationship.source();
        if (source == null || Arrays.asList(options).contains(JoinOption.FROM_JOINPOINT)) {
            return false;
        }
        Mapper owner = Mapper.forClass(source);
        return owner != baseMapper && owner != joinpointMapper;
    }

    /**
     * Starts the FROM clause at {@code entity}'s table, so that {@code join(...)} follows the
     * relationships of {@code entity} to the queried class (SQLAlchemy's {@code select_from}):
     * {@code query(Address.class).selectFrom(User.class).join("addresses")} selects addresses
     * {@code FROM users JOIN addresses ON users.id = addresses.user_id}.
     */
    public Query<T> selectFrom(Class<?> entity) {
        Mapper from = Mapper.forClass(entity);
        if (joins != null) {
            throw new IllegalStateException("selectFrom(" + entity.getSimpleName() + ") must come before any join");
        }
        Query<T> copy = copy();
        if (from != mapper) {
            copy.joins = from.table();
            copy.baseMapper = from;
            copy.baseFrom = from.table();
            copy.joinpointMapper = from;
            copy.joinpointFrom = from.table();
        }
        return copy;
    }

    /**
     * Joins along the relationship {@code attribute} of {@code owner}, another class than the
     * queried one: from {@code owner}'s table when the query has it already, else starting the FROM
     * clause at it when the relationship leads to the queried class —
     * {@code query(Keyword.class).join(User.class, "keywords")} selects keywords
     * {@code FROM users JOIN user_keywords ... JOIN keywords ...}.
     */
    public Query<T> join(Class<?> owner, String attribute, JoinOption... options) {
        return joinFrom(Mapper.forClass(owner), attribute, false, options);
    }

    /** As {@link #join(Class, String, JoinOption...)}, with LEFT OUTER JOINs. */
    public Query<T> outerJoin(Class<?> owner, String attribute, JoinOption... options) {
        return joinFrom(Mapper.forClass(owner), attribute, true, options);
    }

    /**
     * Joins to {@code target} along the one relationship that leads there from the join point (the
     * queried class until a join moves it); refuses, naming the candidates, when there is none or
     * more than one, as SQLAlchemy refuses an ambiguous join.
     */
    public Query<T> join(Class<?> target) {
        Mapper targetMapper = Mapper.forClass(target);
        List<String> candidates = new ArrayList<>();
        for (MapperProperty property : joinpointMapper.properties()) {
            if (property instanceof RelationshipProperty relationship && relationship.target() == targetMapper) {
                candidates.add(relationship.key());
            }
        }
        String from = joinpointMapper.type().getSimpleName();
        if (candidates.size() != 1) {
            throw new IllegalArgumentException("cannot tell how to join " + from + " to " + target.getSimpleName() + ": "
                    + (candidates.isEmpty() ? "no relationship of " + from + " leads there"
                    : "relationships " + candidates.stream().map(c -> from + "." + c).toList() + " all lead there")
                    + "; name the relationship (join(\"attribute\")) or give the ON clause (join(table, on))");
        }
        return join(candidates.get(0), joinpointMapper == baseMapper ? new JoinOption[0]
                : new JoinOption[] {JoinOption.FROM_JOINPOINT});
    }

    private Query<T> joinFrom(Mapper owner, String attribute, boolean outer, JoinOption... options) {
        boolean aliased = Arrays.asList(options).contains(JoinOption.ALIASED);
        JoinOption[] fromJoinpoint = aliased ? new JoinOption[] {JoinOption.FROM_JOINPOINT, JoinOption.ALIASED}
                : new JoinOption[] {JoinOption.FROM_JOINPOINT};
        if (owner == baseMapper && !Arrays.asList(options).contains(JoinOption.FROM_JOINPOINT)) {
            return join(attribute, null, outer, options);
        }
        if (owner == joinpointMapper) {
            return join(attribute, null, outer, fromJoinpoint);
        }
        RelationshipProperty relationship = relationship(owner, attribute);
        Table ownerTable = owner.table();
        boolean ownerPresent = ownerTable == root || refersTo(joins, ownerTable);
        if (ownerPresent) {
            Query<T> moved = copy();
            moved.joinpointMapper = owner;
            moved.joinpointFrom = ownerTable;
            return moved.join(attribute, null, outer, fromJoinpoint);
        }
        if (joins != null || relationship.target() != mapper || aliased) {
            throw new IllegalArgumentException("cannot join along " + relationship + ": its table '" + ownerTable.name()
                    + "' is not in the query, and the relationship does not lead to the queried "
                    + mapper.type().getSimpleName() + "; start with selectFrom(" + owner.type().getSimpleName()
                    + ".class), or join to " + owner.type().getSimpleName() + " first");
        }
        return selectFrom(owner.type()).join(attribute, null, outer);
    }

    private static RelationshipProperty relationship(Mapper owner, String attribute) {
        MapperProperty property = owner.property(attribute);
        if (!(property instanceof RelationshipProperty relationship)) {
            throw new IllegalArgumentException(owner.type().getSimpleName() + "." + attribute
                    + (property == null ? " is not a mapped attribute" : " is a column, not a relationship")
                    + "; join(...) follows relationships");
        }
        return relationship;
    }

    /** Joins {@code target} (a table, an alias) on {@code on}, as written. */
    public Query<T> join(FromClause target, ColumnElement on) {
        Query<T> copy = copy();
        copy.joins = (joins == null ? root : joins).join(target, on);
        return copy;
    }

    public Query<T> outerJoin(FromClause target, ColumnElement on) {
        Query<T> copy = copy();
        copy.joins = (joins == null ? root : joins).outerJoin(target, on);
        return copy;
    }

    /**
     * Joins the alias {@code target} on {@code on}, as written, and makes it the join point, so
     * that {@code join("attribute", fromJoinpoint())} goes on along its class's relationships.
     */
    public Query<T> join(Aliased<?> target, ColumnElement on) {
        return joinAlias(target, on, false);
    }

    /** As {@link #join(Aliased, ColumnElement)}, with a LEFT OUTER JOIN. */
    public Query<T> outerJoin(Aliased<?> target, ColumnElement on) {
        return joinAlias(target, on, true);
    }

    private Query<T> joinAlias(Aliased<?> target, ColumnElement on, boolean outer) {
        Query<T> copy = outer ? outerJoin(target.alias(), on) : join(target.alias(), on);
        copy.joinpointMapper = target.mapper();
        copy.joinpointFrom = target.alias();
        copy.joinpointPath = List.of();
        copy.filterAdapter = ClauseAdapter.NONE;
        return copy;
    }

    /** Forgets the join point: later filters are read as written, and joins start from the query's class again. */
    public Query<T> resetJoinpoint() {
        Query<T> copy = copy();
        copy.filterAdapter = ClauseAdapter.NONE;
        copy.joinpointMapper = baseMapper;
        copy.joinpointFrom = baseFrom;
        copy.joinpointPath = List.of();
        return copy;
    }

    private Query<T> join(String attribute, Aliased<?> explicit, boolean outer, JoinOption... joinOptions) {
        List<JoinOption> given = Arrays.asList(joinOptions);
        boolean aliased = given.contains(JoinOption.ALIASED);
        boolean fromJoinpoint = given.contains(JoinOption.FROM_JOINPOINT);
        Mapper leftMapper = fromJoinpoint ? joinpointMapper : baseMapper;
        FromClause left = fromJoinpoint ? joinpointFrom : baseFrom;
        List<String> leftPath = fromJoinpoint ? joinpointPath : List.of();
        MapperProperty property = leftMapper.property(attribute);
        if (!(property instanceof RelationshipProperty relationship)) {
            throw new IllegalArgumentException(leftMapper.type().getSimpleName() + "." + attribute
                    + " is a column, not a relationship; join(...) follows relationships");
        }
        Mapper targetMapper = relationship.target();
        if (explicit != null && explicit.mapper() != targetMapper) {
            throw new IllegalArgumentException(relationship + " leads to " + targetMapper.type().getSimpleName()
                    + ", not to " + explicit);
        }
        Table table = targetMapper.table();
        FromClause target = explicit != null ? explicit.alias() : aliased ? table.alias() : table;
        boolean placesRoot = target == root && left != root && joins != null && !refersTo(joins, root);
        if (target == table && !placesRoot && (table == root || refersTo(joins, table))) {
            throw new IllegalArgumentException("join(\"" + attribute + "\") would bring table '" + table.name()
                    + "' into the query a second time; join to an alias: join(\"" + attribute + "\", aliased())");
        }
        Table secondaryTable = relationship.join().secondary();
        FromClause secondary = secondaryTable == null ? null
                : aliased || explicit != null || refersTo(joins, secondaryTable) ? secondaryTable.alias() : secondaryTable;
        FromClause tree = joins == null ? root : joins;
        ColumnElement on = Relations.on(relationship, left, target, secondary);
        if (secondary != null) {
            ColumnElement secondaryOn = Relations.secondaryOn(relationship, secondary, target, left);
            tree = outer ? tree.outerJoin(secondary, on).outerJoin(target, secondaryOn)
                    : tree.join(secondary, on).join(target, secondaryOn);
        } else {
            tree = outer ? tree.outerJoin(target, on) : tree.join(target, on);
        }
        Query<T> copy = copy();
        copy.joins = tree;
        copy.joinpointMapper = targetMapper;
        copy.joinpointFrom = target;
        List<String> path = new ArrayList<>(leftPath);
        path.add(attribute);
        copy.joinpointPath = List.copyOf(path);
        copy.joinedPaths.put(copy.joinpointPath, target);
        copy.filterAdapter = aliased && explicit == null ? ClauseAdapter.of(table, target) : ClauseAdapter.NONE;
        return copy;
    }

    private static boolean refersTo(FromClause tree, FromClause from) {
        return tree != null && tree.coveredFroms().contains(from);
    }

    // ---- order, limits, options -------------------------------------------------------------------

    /** Ordered also by these columns (ascending) or {@link OrderBy} items; read through the join point's alias like filters. */
    public Query<T> orderBy(SqlNode... items) {
        Query<T> copy = copy();
        for (SqlNode item : items) {
            if (item instanceof OrderBy order) {
                copy.orderBy.add(filterAdapter.adapt(order));
            } else if (item instanceof ColumnElement element) {
                copy.orderBy.add(filterAdapter.adapt(element).asc());
            } else {
                throw new IllegalArgumentException("cannot order by " + item + ": give a column or column.desc()");
            }
        }
        return copy;
    }

    /** At most {@code rows} objects; with a joined collection, the limit counts objects, not rows. */
    public Query<T> limit(int rows) {
        Query<T> copy = copy();
        copy.limit = rows;
        return copy;
    }

    public Query<T> offset(int rows) {
        Query<T> copy = copy();
        copy.offset = rows;
        return copy;
    }

    /** Loader options for this query's objects: {@code options(joinedLoad("children"), raiseLoad("*"))}. */
    public Query<T> options(LoaderOption... loaderOptions) {
        for (LoaderOption option : loaderOptions) {
            checkPath(option);
        }
        Query<T> copy = copy();
        copy.options = options.plus(List.of(loaderOptions));
        return copy;
    }

    /** Each name of an option's path must be a relationship of the class the path has reached. */
    private void checkPath(LoaderOption option) {
        Mapper current = mapper;
        for (String name : option.path()) {
            if (name.equals("*")) {
                return;
            }
            MapperProperty property = current.hasProperty(name) ? current.property(name) : null;
            if (!(property instanceof RelationshipProperty relationship)) {
                List<String> relationships = new ArrayList<>();
                for (MapperProperty candidate : current.properties()) {
                    if (candidate instanceof RelationshipProperty) {
                        relationships.add(candidate.key());
                    }
                }
                throw new IllegalArgumentException(option + " names '" + name + "', which is not a relationship of "
                        + current.type().getSimpleName() + "; its relationships are " + relationships);
            }
            current = relationship.target();
        }
    }

    /** How many objects {@link #stream()} reads before it runs their SELECTIN loads and hands them on (default 100). */
    public Query<T> yieldPer(int objects) {
        if (objects < 1) {
            throw new IllegalArgumentException("yieldPer needs at least one object, not " + objects);
        }
        Query<T> copy = copy();
        copy.yieldPer = objects;
        return copy;
    }

    // ---- statements -------------------------------------------------------------------------------

    private Source source() {
        return new Source(joins, criteria.isEmpty() ? null : Sql.and(criteria), List.copyOf(orderBy), limit, offset);
    }

    private record Plan(Select select, EntityPlan entity, Source source) {
    }

    /** The statement of a {@link TupleQuery}: both entities' columns, the first entity's eager loads, and the query's FROM, criteria and order. */
    record TuplePlan(Select select, EntityPlan first, EntityPlan second, Source source) {
    }

    /**
     * This query with a second entity, SQLAlchemy's {@code session.query(User, Address)}: its rows
     * give both objects. The second is typically joined ({@code .join("addresses")}) or an alias.
     */
    public <U> TupleQuery<T, U> add(Class<U> entity) {
        Mapper second = Mapper.forClass(entity);
        return new TupleQuery<>(this, second, entity, second.table());
    }

    /** As {@link #add(Class)}, for an alias made by {@link QueryOptions#aliased(Class)}. */
    public <U> TupleQuery<T, U> add(Aliased<U> entity) {
        return new TupleQuery<>(this, entity.mapper(), entity.type(), entity.alias());
    }

    LoadContext context() {
        return context;
    }

    /** Flushes the session's pending changes, as every method that runs SQL does first. */
    void beforeExecute() {
        beforeExecute.run();
    }

    Class<T> type() {
        return type;
    }

    TuplePlan tuplePlan(Mapper second, FromClause secondFrom) {
        Plan plan = plan();
        if (plan.source().limited() && plan.entity().addsCollectionJoin()) {
            throw new IllegalStateException("a query for two entities with a limit or offset cannot load a collection "
                    + "with a join; use selectinLoad(...) for it");
        }
        LoaderOptions lazily = LoaderOptions.NONE.plus(List.of(QueryOptions.lazyLoad("*")));
        EntityPlan secondPlan = EntityPlan.build(second, secondFrom, LoadPath.root(second, lazily), Map.of());
        List<ColumnElement> columns = new ArrayList<>(plan.select().columns());
        columns.addAll(secondPlan.columns(columns.size()));
        return new TuplePlan(plan.select().withColumns(columns), plan.entity(), secondPlan, plan.source());
    }

    private Plan plan() {
        Source source = source();
        LoadPath path = LoadPath.root(mapper, options);
        EntityPlan entity = EntityPlan.build(mapper, root, path, joinedPaths);
        if (source.limited() && entity.addsCollectionJoin()) {
            return wrapped(source, path);
        }
        EntitySelect select = EntitySelect.of(entity).where(source.where()).orderBy(orderBy).limit(limit, offset);
        if (joins != null) {
            select.from(joins);
        }
        return new Plan(select.build(), entity, source);
    }

    /**
     * The limited query of the parent objects as a subquery, with the joined eager loads outside
     * it, so that LIMIT counts parents rather than rows of a joined collection.
     */
    private Plan wrapped(Source source, LoadPath path) {
        List<ColumnElement> innerColumns = new ArrayList<>(EntityColumns.of(mapper, root, 0).columns());
        for (OrderBy order : orderBy) {
            if (ClauseAdapter.resolve(order.element()) instanceof ColumnClause column && !innerColumns.contains(column)) {
                innerColumns.add(column);
            }
        }
        Alias limited = source.select(innerColumns, true).subquery();
        EntityPlan entity = EntityPlan.build(mapper, limited, path, Map.of());
        List<OrderBy> order = new ArrayList<>();
        for (OrderBy item : orderBy) {
            if (ClauseAdapter.resolve(item.element()) instanceof ColumnClause column) {
                order.add(new OrderBy(limited.corresponding(column), item.descending()));
            }
        }
        return new Plan(EntitySelect.of(entity).from(limited).orderBy(order).build(), entity, source);
    }

    /** The statement {@link #all()} runs. */
    public Select statement() {
        return plan().select();
    }

    // ---- results ----------------------------------------------------------------------------------

    /** Every object, once each, in the order of their first rows. */
    public List<T> all() {
        beforeExecute.run();
        Plan plan = plan();
        Batch batch = new Batch(context, plan.entity(), plan.source());
        context.connection().execute(plan.select()).readEach(batch::process);
        List<T> result = objects(batch.loaded());
        batch.finish();
        return result;
    }

    private List<T> objects(List<InstanceState> states) {
        List<T> result = new ArrayList<>(states.size());
        for (InstanceState state : states) {
            result.add(type.cast(state.object()));
        }
        return result;
    }

    /** The first object, or {@code null}. */
    public T first() {
        List<T> result = limit(1).all();
        return result.isEmpty() ? null : result.get(0);
    }

    /**
     * The one object.
     *
     * @throws NoResultFoundException when there is none
     * @throws MultipleResultsFoundException when there is more than one
     */
    public T one() {
        List<T> result = limit(2).all();
        if (result.isEmpty()) {
            throw new NoResultFoundException("expected one " + mapper.type().getSimpleName() + ", found none");
        }
        if (result.size() > 1) {
            throw new MultipleResultsFoundException("expected one " + mapper.type().getSimpleName() + ", found more than one");
        }
        return result.get(0);
    }

    /**
     * The one object, or {@code null} when there is none.
     *
     * @throws MultipleResultsFoundException when there is more than one
     */
    public T oneOrNull() {
        List<T> result = limit(2).all();
        if (result.size() > 1) {
            throw new MultipleResultsFoundException("expected at most one " + mapper.type().getSimpleName()
                    + ", found more than one");
        }
        return result.isEmpty() ? null : result.get(0);
    }

    /**
     * The object with this primary key, subject to this query's options: from the identity map
     * without SQL when the session holds it, else loaded; {@code null} if there is no such row.
     */
    public T get(Object... primaryKey) {
        InstanceState known = KeyLoader.known(context, mapper, primaryKey);
        if (known != null && Mapper.of(known).columnsLoaded(known)) {
            return type.cast(known.object());
        }
        List<ColumnProperty> pk = mapper.primaryKey();
        Query<T> byKey = this;
        for (int i = 0; i < primaryKey.length; i++) {
            byKey = byKey.filterOnRoot(ClauseAdapter.corresponding(root, pk.get(i).column()).eq(primaryKey[i]));
        }
        return byKey.oneOrNull();
    }

    private Query<T> filterOnRoot(ColumnElement criterion) {
        Query<T> copy = copy();
        copy.criteria.add(criterion);
        return copy;
    }

    /**
     * How many rows the query's criteria and joins match: {@code SELECT count(*) FROM ... WHERE ...},
     * or, when a limit or offset takes part, {@code SELECT count(*) FROM (...) AS anon_1}.
     */
    public long count() {
        beforeExecute.run();
        Source source = source();
        Select counting;
        if (source.limited()) {
            Select rows = source.select(EntityColumns.of(mapper, root, 0).columns(), false);
            counting = Sql.select(Sql.count()).from(rows.subquery());
        } else {
            counting = Sql.select(Sql.count()).from(joins == null ? root : joins);
            if (source.where() != null) {
                counting = counting.where(source.where());
            }
        }
        return ((Number) context.connection().execute(counting).scalar()).longValue();
    }

    /** Whether any row matches: {@code SELECT EXISTS (...)}. */
    public boolean exists() {
        beforeExecute.run();
        Select rows = source().select(EntityColumns.of(mapper, root, 0).columns(), false);
        Object value = context.connection().execute(Sql.select(Sql.exists(rows))).scalar();
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /**
     * The objects one at a time, reading rows as the stream is consumed: every {@code yieldPer}
     * objects the SELECTIN loads of that batch run, then the batch is handed on. The stream keeps
     * no object once it has handed it on (an object repeated by the rows, such as the parent of a
     * joined collection, is handed on once per batch), so objects the caller drops leave the
     * session's identity map while the stream goes on. Close the
     * stream (try-with-resources) if it is not read to its end. Joined loading of collections
     * and SUBQUERY loading need all rows, so they are refused here; use selectinLoad.
     */
    public Stream<T> stream() {
        beforeExecute.run();
        Plan plan = plan();
        if (plan.entity().joinsCollection() || plan.entity().usesSubquery()) {
            throw new IllegalStateException("stream() reads objects as rows arrive, which a joined collection or a "
                    + "SUBQUERY load cannot do (their rows for one object may come at any point); load those "
                    + "relationships with selectinLoad(...) when streaming, or use all()");
        }
        Result result = context.connection().execute(plan.select());
        Iterator<Row> rows = result.iterator();
        Batch batch = new Batch(context, plan.entity(), plan.source());
        Iterator<T> objects = new Iterator<>() {
            private List<T> ready = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                if (next < ready.size()) {
                    return true;
                }
                next = 0;
                while (batch.loaded().size() < yieldPer && rows.hasNext()) {
                    batch.process(rows.next());
                }
                ready = objects(batch.loaded());
                batch.finish();
                return !ready.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more " + mapper.type().getSimpleName() + " objects");
                }
                return ready.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(objects, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(result::close);
    }

    @Override
    public String toString() {
        return "Query(" + mapper.type().getSimpleName() + ")";
    }
}
