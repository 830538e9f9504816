package io.junction.it.loading;

import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.mapper.Mapped;

/** A user whose posts are too many to load: a DYNAMIC relationship. */
@Mapped
public class Blogger {
    public Integer id;
    public String name;
    public AppenderQuery<Post> posts = new AppenderQuery<>();

    public Blogger() {
    }

    public Blogger(String name) {
        this.name = name;
    }
}
