package io.junction.it.loading.variants;

import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.loading.Query;

/** The query class of {@code Blog.comments}: an {@code AppenderQuery} with a method of its own. */
public class CommentQuery extends AppenderQuery<Comment> {

    /** The comments whose body is {@code body}, SQLAlchemy's {@code MyClass.my_filter}. */
    public Query<Comment> withBody(String body) {
        return filterBy("body", body);
    }
}
