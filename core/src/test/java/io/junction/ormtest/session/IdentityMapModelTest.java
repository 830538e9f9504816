package io.junction.ormtest.session;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.identity.IdentityMap;
import io.junction.orm.mapper.Mapper;
import io.junction.ormtest.session.Model.User;
import io.junction.ormtest.support.OrmDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity map against a {@link HashMap} model: random adds, removes, re-keys and lookups —
 * by key and by a one-column value — over few and many keys keep both in step (a failing
 * seed is printed).
 */
class IdentityMapModelTest {
    private Mapper users;

    @BeforeEach
    void mapper() {
        OrmDatabase.fresh(Model.METADATA);
        users = Model.REGISTRY.mapper(User.class);
    }

    @Test
    void randomOperationsAgreeWithAHashMap() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            IdentityMap map = new IdentityMap();
            Map<Integer, InstanceState> model = new HashMap<>();
            List<User> alive = new ArrayList<>();
            int range = 1 + random.nextInt(seed % 2 == 0 ? 40 : 4_000);
            for (int step = 0; step < 3_000; step++) {
                int id = random.nextInt(range);
                int op = random.nextInt(10);
                String where = "seed " + seed + ", step " + step;
                if (op < 5 && !model.containsKey(id)) {
                    InstanceState state = stateWithKey(id, alive);
                    map.add(state);
                    model.put(id, state);
                } else if (op < 7 && model.containsKey(id)) {
                    map.remove(model.remove(id));
                } else if (op < 8 && model.containsKey(id)) {
                    int to = range + random.nextInt(range);
                    if (!model.containsKey(to)) {
                        InstanceState state = model.remove(id);
                        Map<InstanceState, EntityKey> newKeys = new IdentityHashMap<>();
                        newKeys.put(state, EntityKey.of(users, to));
                        map.rekey(newKeys);
                        model.put(to, state);
                    }
                }
                int probe = random.nextInt(2 * range);
                assertThat(map.get(EntityKey.of(users, probe))).as(where).isSameAs(model.get(probe));
                assertThat(map.get(users, (long) probe)).as(where).isSameAs(model.get(probe));
            }
            assertThat(map.states()).as("seed " + seed).containsExactlyInAnyOrderElementsOf(model.values());
            for (Map.Entry<Integer, InstanceState> entry : model.entrySet()) {
                assertThat(map.get(EntityKey.of(users, entry.getKey()))).as("seed " + seed).isSameAs(entry.getValue());
            }
            map.clear();
            assertThat(map.states()).isEmpty();
            assertThat(map.get(EntityKey.of(users, model.keySet().stream().findFirst().orElse(0)))).isNull();
        }
    }

    @Test
    void aStateAddedTwiceIsHeldOnceAndAnotherObjectForTheKeyIsRefused() {
        IdentityMap map = new IdentityMap();
        List<User> alive = new ArrayList<>();
        InstanceState first = stateWithKey(7, alive);
        map.add(first);
        map.add(first);

        assertThat(map.states()).containsExactly(first);
        InstanceState second = stateWithKey(7, alive);
        assertThatThrownBy(() -> map.add(second))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the session already holds another object for User[7]; load that one with session.get, "
                        + "or merge this one with session.merge");
    }

    private InstanceState stateWithKey(int id, List<User> alive) {
        User user = new User();
        alive.add(user);
        InstanceState state = InstanceState.of(user);
        state.key(EntityKey.of(users, id));
        return state;
    }
}
