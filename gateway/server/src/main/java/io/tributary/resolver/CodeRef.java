package io.tributary.resolver;

/**
 * Where a resolver's or function's code lives inside its source API folder.
 *
 * @param runtime APPSYNC_JS or VTL
 * @param code the JS module (APPSYNC_JS)
 * @param request the request mapping template (VTL)
 * @param response the response mapping template (VTL)
 * @param owner what the code belongs to, for messages: {@code chat: Mutation.sendMessage}
 */
public record CodeRef(String runtime, String code, String request, String response, String owner) {}
