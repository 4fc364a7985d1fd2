package org.foilens.extract;

import org.foilens.Stage;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;

/** The extract stage: reads a file and returns its text and that of everything embedded in it. */
public interface Extractor extends Stage<SourceDocument, Extraction> {}
