package io.tributary.resolver;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code ctx.info}: which field is resolving. The selection set is computed only when resolver
 * code asks for it, because building it for every list item costs more than most resolvers do.
 */
public record FieldInfo(
    String fieldName,
    String parentTypeName,
    Map<String, Object> variables,
    Supplier<List<String>> selectionSetList,
    Supplier<String> selectionSetGraphQL) {}
