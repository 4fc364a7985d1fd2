package org.foilens;

import org.foilens.model.AnalyzedDocument;

/**
 * What the pipeline makes of one file: the contract record, and the full text that the index
 * searches (which the contract does not carry).
 */
public record Analysis(AnalyzedDocument document, String body) {}
