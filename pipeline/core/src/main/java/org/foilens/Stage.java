package org.foilens;

/**
 * One step of the pipeline: takes an immutable record and returns the next one. A stage lets its
 * failures propagate; {@link Pipeline} turns them into failure records at the boundary.
 *
 * @param <I> the record it reads
 * @param <O> the record it returns
 */
@FunctionalInterface
public interface Stage<I, O> {

  O apply(I input) throws Exception;
}
