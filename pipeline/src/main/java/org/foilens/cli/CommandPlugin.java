package org.foilens.cli;

/**
 * A subcommand that another module adds to the {@code foilens} command (the server adds {@code
 * serve}), found with {@link java.util.ServiceLoader}.
 */
public interface CommandPlugin {

  /** A picocli command object: a class annotated with {@code @Command}. */
  Object command();
}
