/**
 * Evaluation of the coder against gold standards: Orbit's own gold set, the PLOVER gold-standard
 * records (CAMEO manual examples) and PETRARCH's unit-test records. Precision, recall and F1 at
 * root, full-code and PLOVER-type level, extra events per sentence, false events on traps.
 */
package orbit.coder.eval;
