package io.tributary.composition;

import java.util.Objects;
import java.util.Set;

/**
 * Settings of the merged API itself.
 *
 * @param mergedDefaultAuthMode the merged API's primary auth mode
 * @param mergedAuthModes       every auth mode the merged API accepts (primary and additional); it always
 *                              contains the primary one
 */
public record CompositionOptions(String mergedDefaultAuthMode, Set<String> mergedAuthModes) {
  public CompositionOptions {
    Objects.requireNonNull(mergedDefaultAuthMode, "mergedDefaultAuthMode");
    mergedAuthModes = Set.copyOf(mergedAuthModes);
  }

  /** True when a source whose primary mode is {@code mode} may be merged (AppSync's auth merge rule). */
  boolean accepts(String mode) {
    return mode.equals(mergedDefaultAuthMode) || mergedAuthModes.contains(mode);
  }
}
