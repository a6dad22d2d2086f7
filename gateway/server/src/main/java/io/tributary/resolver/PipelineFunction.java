package io.tributary.resolver;

import io.tributary.datasource.DataSource;

/**
 * One AppSync pipeline function: its code and the data source its request document goes to.
 *
 * @param id {@code <sourceApi>/<functionName>}, also the pagination-token binding of its calls
 */
public record PipelineFunction(String id, ResolverCode code, DataSource dataSource) {}
