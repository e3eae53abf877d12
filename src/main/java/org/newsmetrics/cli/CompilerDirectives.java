package org.newsmetrics.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Asks this JVM's C2 compiler not to inline the layout rules into one another, through HotSpot's
 * diagnostic command {@code Compiler.directives_add} (what {@code jcmd <pid> Compiler.directives_add}
 * does), so that {@code java -jar} needs no JVM flag.
 *
 * <p>Why: a page's layout methods (cleaning, de-duplication, splitting) are long and call one
 * another; inlined into each other they made compilation units of 50–110 KB of machine code, which
 * C2 compiled again after every deoptimisation. On two cores the compiler then took a core for the
 * first minute of a run: 46 s of C2 time in a 57 s run over 300 MB. Compiled apart, each is
 * compiled once and small: 35 s of C2 time, and the run took 49 s. Everything else (the JDK, HanLP,
 * the metric rules) is inlined as usual.
 *
 * <p>Best effort: on a JVM without the command (not HotSpot, or management disabled), or when
 * {@code -Dnewsmetrics.compilerDirectives=false} is given, nothing changes but the speed.
 */
final class CompilerDirectives {
  /**
   * In the compiler's directive syntax. For both compilers: a directive naming only {@code c2}
   * switches C1 off for the methods it matches.
   */
  static final String DIRECTIVES = "[{ match: \"*.*\", inline: \"-org/newsmetrics/layout/*.*\" }]";

  private CompilerDirectives() {}

  /** Adds {@link #DIRECTIVES} to this JVM; returns whether the JVM accepted them. */
  static boolean apply() {
    if ("false".equals(System.getProperty("newsmetrics.compilerDirectives"))) return false;
    Path file = null;
    try {
      file = Files.createTempFile("news-metrics-jit", ".json");
      Files.writeString(file, DIRECTIVES);
      Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
          new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
      return String.valueOf(reply).contains("added");
    } catch (JMException | java.io.IOException | RuntimeException | LinkageError e) {
      return false;
    } finally {
      if (file != null) file.toFile().delete();
    }
  }
}
