/**
 * The immutable records that flow between the pipeline's stages: {@link
 * org.foilens.model.SourceDocument} → {@link org.foilens.model.Extraction} → {@link
 * org.foilens.model.StructuredDocument} → {@link org.foilens.model.AnalyzedDocument}, and the
 * {@link org.foilens.model.FailureRecord} of an input that did not get through.
 */
package org.foilens.model;
