package org.foilens;

/**
 * The version of the analysis: bumped whenever a change to parsing or tagging changes what
 * documents look like. The index stores it with each document, and an unchanged file is analyzed
 * again only when its stored version differs from this one.
 */
public final class PipelineVersion {

  public static final String CURRENT = "0.5.1";

  private PipelineVersion() {}
}
