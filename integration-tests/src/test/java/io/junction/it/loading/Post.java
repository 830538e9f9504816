package io.junction.it.loading;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Post {
    public Integer id;
    public Integer bloggerId;
    public String title;
    public Blogger blogger;

    public Post() {
    }

    public Post(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return "Post(" + title + ")";
    }
}
