package org.foilens.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Whether a person is watching: standard input and output are a terminal. */
final class Terminal {

  private Terminal() {}

  /**
   * True when {@link System#console()} is a terminal. Up to Java 21 a console exists only then;
   * from Java 22 there is always one, and {@code Console.isTerminal()} (looked up at run time,
   * since foilens compiles for 21) tells.
   */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    Method isTerminal;
    try {
      isTerminal = Console.class.getMethod("isTerminal");
    } catch (NoSuchMethodException e) {
      return true; // Java 21: a console is a terminal
    }
    try {
      return (Boolean) isTerminal.invoke(console);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot ask the console whether it is a terminal", e);
    }
  }
}
