package io.junction.it.recovery;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A data source of H2 connections whose {@code rollback()} fails, as a database that refuses to roll back would. */
final class FailingRollbacks {

    private FailingRollbacks() {
    }

    static DataSource dataSource(String url) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "getConnection" -> connection(DriverManager.getConnection(url));
            case "toString" -> "FailingRollbacks(" + url + ")";
            default -> throw new UnsupportedOperationException(method.getName());
        };
        return (DataSource) Proxy.newProxyInstance(FailingRollbacks.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, handler);
    }

    private static Connection connection(Connection jdbc) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("rollback") && (args == null || args.length == 0)) {
                throw new SQLException("rollback refused", "HY000");
            }
            try {
                return method.invoke(jdbc, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(FailingRollbacks.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }
}
