/**
 * Server-side subscription filtering, evaluated by the real-time layer on every published event.
 *
 * <ul>
 *   <li>{@link io.tributary.realtime.filter.SubscriptionFilter}: AppSync enhanced filters
 *       ({@code extensions.setSubscriptionFilter}), compiled once at subscribe time.</li>
 *   <li>{@link io.tributary.realtime.filter.ArgumentFilter}: basic filtering on the subscription's arguments.</li>
 *   <li>{@link io.tributary.realtime.filter.EventFilter}: picks one of the two, as AppSync never applies both.</li>
 *   <li>{@link io.tributary.realtime.filter.InvalidationFilter} and
 *       {@link io.tributary.realtime.filter.InvalidationRequest}: forced unsubscribe.</li>
 *   <li>{@link io.tributary.realtime.filter.SubscriberIndex}: finds the subscribers an event is for without
 *       evaluating every subscriber's filter.</li>
 * </ul>
 *
 * <p>Nothing here depends on Vert.x; payloads are the plain {@code Map}/{@code List}/scalar trees Jackson
 * produces.
 */
package io.tributary.realtime.filter;
