/** English text to CAMEO and PLOVER events with their evidence, on CoreNLP dependency parses. */
package orbit.coder;
