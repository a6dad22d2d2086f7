package io.tributary.execution;

import graphql.language.FragmentDefinition;
import graphql.language.SelectionSet;
import java.util.List;
import java.util.Map;

/**
 * A root mutation field that ran during an operation, recorded so that after the operation the
 * real-time layer can publish its result (and act on its invalidation requests).
 *
 * @param selectionSet the mutation's own selection, used to read its result by field name
 */
record RootMutation(
    String fieldName,
    String responseKey,
    SelectionSet selectionSet,
    Map<String, FragmentDefinition> fragments,
    List<Map<String, Object>> invalidations) {}
