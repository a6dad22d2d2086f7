package io.tributary.composition;

import graphql.language.DirectiveDefinition;
import graphql.schema.FieldCoordinates;
import java.util.List;
import java.util.Map;

/**
 * The merged types before validation.
 *
 * @param types         merged types by name, in order of first appearance over the sources
 * @param directives    the sources' own directive definitions, deduplicated
 * @param fieldSources  for every merged object/interface field, the source coordinates that were kept for it, in
 *                      source order (the first one owns the field unless another one has the resolver)
 */
record MergeOutcome(Map<String, TypeShape> types, List<DirectiveDefinition> directives,
                    Map<FieldCoordinates, List<FieldOrigin>> fieldSources) {
}
