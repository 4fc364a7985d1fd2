package org.foilens.model;

/**
 * Why one input could not be processed: which stage gave up, and a reason a person understands.
 *
 * @param source the input's path as shown to the user
 * @param sha256 the input's hash, or null when it could not be read
 * @param stage source, extract, structure, tag or index
 * @param reason a sentence for people, e.g. "encrypted PDF, no password configured"
 * @param causeClass the class of the exception behind it, or null
 */
public record FailureRecord(
    String source, String sha256, String stage, String reason, String causeClass) {}
