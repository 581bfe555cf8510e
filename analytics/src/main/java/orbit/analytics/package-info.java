/**
 * Measures of relations between entities over time, computed from the events in a store: dyad
 * series per period, alignment between two poles, partner concentration, changepoints, trend
 * alerts and indicator panels. Every figure keeps the way back to the events behind it.
 */
package orbit.analytics;
