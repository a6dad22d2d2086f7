package io.tributary.composition;

import graphql.language.DirectiveDefinition;
import java.util.List;
import java.util.Map;

/**
 * One parsed source with each type folded into a single shape (base definition plus its extensions).
 *
 * @param types      the source's own types by name, in declaration order (built-in scalars removed)
 * @param directives the source's own directive definitions (built-in redeclarations removed)
 * @param roots      operation ({@code query}, {@code mutation}, {@code subscription}) to the root type name
 *                   the source declares in its schema definition
 */
record SourceModel(SourceSchema source, Map<String, TypeShape> types, List<DirectiveDefinition> directives,
                   Map<String, String> roots) {
}
