package io.tributary.realtime;

import io.tributary.auth.Identity;
import java.util.Map;

/**
 * One subscription operation as a client asked for it.
 *
 * @param id the client's operation id, unique on its connection
 * @param query the GraphQL document
 * @param operationName the operation to run, may be null
 * @param variables the operation's variables, never null
 * @param identity who asked (the connection's identity, or the one from the AppSync
 *     {@code start}'s own {@code extensions.authorization})
 * @param requestHeaders what resolvers see as {@code ctx.request.headers}
 * @param sink where events for this subscription go
 */
public record SubscribeRequest(String id, String query, String operationName, Map<String, Object> variables,
    Identity identity, Map<String, Object> requestHeaders, SubscriptionSink sink) {}
