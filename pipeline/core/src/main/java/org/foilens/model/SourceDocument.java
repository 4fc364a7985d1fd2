package org.foilens.model;

import java.nio.file.Path;

/**
 * One input file as found by a source: where it is, how it is shown to people, and its content
 * hash.
 *
 * @param path the file on disk
 * @param displayPath the path as given on the command line (relative where the user gave it so)
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param size bytes
 */
public record SourceDocument(Path path, String displayPath, String sha256, long size) {}
