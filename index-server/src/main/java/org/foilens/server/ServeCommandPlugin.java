package org.foilens.server;

import org.foilens.cli.CommandPlugin;

/** Adds {@code serve} to the {@code foilens} command when the server module is on the class path. */
public final class ServeCommandPlugin implements CommandPlugin {

  @Override
  public Object command() {
    return new ServeCommand();
  }
}
