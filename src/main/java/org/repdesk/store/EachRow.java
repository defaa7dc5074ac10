package org.repdesk.store;

/** Takes each row of a query as it is read, so an export of any size never holds them all. */
@FunctionalInterface
public interface EachRow<T> {
    void accept(T row) throws java.io.IOException;
}
