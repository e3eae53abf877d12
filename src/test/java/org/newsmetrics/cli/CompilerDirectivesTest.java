package org.newsmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class CompilerDirectivesTest {

  private static String printed() throws Exception {
    return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
  }

  /** On HotSpot (the JVM the README asks for) the directive is in force, for both compilers. */
  @Test
  void theJvmTakesTheDirective() throws Exception {
    assertTrue(CompilerDirectives.apply(), "HotSpot accepts the directive");
    String directives = printed();
    assertTrue(directives.contains("inline: -org/newsmetrics/layout/*.*"), directives);
    // a directive that named only c2 would switch C1 off for every method it matches
    assertFalse(directives.contains("Enable:false"), directives);
  }

  @Test
  void aSystemPropertySwitchesItOff() {
    String before = System.getProperty("newsmetrics.compilerDirectives");
    System.setProperty("newsmetrics.compilerDirectives", "false");
    try {
      assertFalse(CompilerDirectives.apply());
    } finally {
      if (before == null) System.clearProperty("newsmetrics.compilerDirectives");
      else System.setProperty("newsmetrics.compilerDirectives", before);
    }
  }
}
