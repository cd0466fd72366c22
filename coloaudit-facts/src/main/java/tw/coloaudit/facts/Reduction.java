package tw.coloaudit.facts;

import java.util.Set;

/**
 * Turns the unbounded record stream of one file into a bounded partial fact that merges with the
 * partials of other files: the engine folds each file into its own partial (files in parallel)
 * and merges them in file order. Records of the listed types are folded here and not kept.
 *
 * @param <F> the fact, mutable while folding
 */
public interface Reduction<F> {

  /** The fact type, as controls ask for it with {@link Facts#fact(Class)}. */
  Class<F> factType();

  /** The record types this reduction consumes. */
  Set<Class<?>> recordTypes();

  /** A new, empty partial. */
  F empty();

  /** Folds one record into a partial. */
  void fold(F partial, Object record);

  /** Merges {@code from} into {@code into} (file order: {@code from} came later). */
  void merge(F into, F from);
}
