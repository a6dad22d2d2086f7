package io.tributary.composition;

import graphql.language.DirectiveDefinition;
import java.util.List;
import java.util.Set;

/**
 * A source ready to merge: roots normalised, {@code @hidden} elements removed, {@code @renamed} applied and
 * every type reference rewritten, merge directives consumed, auth defaults made explicit.
 *
 * @param types        the source's contributions under their merged names
 * @param hiddenTypes  type names (as in the source) the source hid
 * @param hiddenFields original coordinates ({@code Type.field}) the source hid
 */
record PreparedSource(SourceSchema source, List<TypeShape> types, List<DirectiveDefinition> directives,
                      Set<String> hiddenTypes, Set<String> hiddenFields) {
}
