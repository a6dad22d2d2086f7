package io.tributary.datasource;

import io.tributary.execution.RequestScope;

/**
 * One request document on its way to a data source.
 *
 * @param document the object the request handler returned, as plain JSON values
 * @param resolver the coordinate of the resolver or pipeline function that issued it, for
 *     example {@code "Query.listMessages"} or {@code "fn:chat/putMessage"}; used to bind
 *     pagination tokens to the resolver that produced them
 * @param scope the per-request state (event-loop context, batch loaders)
 */
public record DataSourceCall(Object document, String resolver, RequestScope scope) {}
