package io.junction.testing;

/** Rewrites PostgreSQL JDBC URLs of the form {@code jdbc:postgresql://hosts/database?params}. */
final class PostgresUrl {

    private static final String PREFIX = "jdbc:postgresql://";

    private PostgresUrl() {
    }

    /** Returns {@code url} naming {@code database} instead, keeping hosts and query parameters. */
    static String withDatabase(String url, String database) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Expected a URL starting with " + PREFIX + ", got: "
                    + withoutPassword(url));
        }
        int queryStart = url.indexOf('?', PREFIX.length());
        String beforeQuery = queryStart < 0 ? url : url.substring(0, queryStart);
        String query = queryStart < 0 ? "" : url.substring(queryStart);
        int pathStart = beforeQuery.indexOf('/', PREFIX.length());
        String hosts = pathStart < 0 ? beforeQuery : beforeQuery.substring(0, pathStart);
        return hosts + "/" + database + query;
    }

    /** Returns {@code url} with the value of any {@code password} parameter masked, for messages. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
    }
}
