package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DedupIndexTest {

  /** Whether {@code forms[p]}'s first k chars occur in the joined forms other than at its own start. */
  private static boolean[] naive(String[] forms, int k) {
    StringBuilder sb = new StringBuilder();
    int[] starts = new int[forms.length];
    for (int i = 0; i < forms.length; i++) {
      starts[i] = sb.length();
      sb.append(forms[i]).append('\u0001');
    }
    String all = sb.toString();
    boolean[] out = new boolean[forms.length];
    for (int p = 0; p < forms.length; p++) {
      if (forms[p].length() < k) continue;
      String prefix = forms[p].substring(0, k);
      for (int at = all.indexOf(prefix); at >= 0; at = all.indexOf(prefix, at + 1)) {
        if (at != starts[p]) out[p] = true;
      }
    }
    return out;
  }

  @Test
  void findsAParagraphsOpeningPrintedElsewhere() {
    String[] forms = {"全市签约项目12个,总投资35亿元.", "其中工业项目8个.", "全市签约项目12个,总投资35亿元.", "短", "项目12个,总投资35亿元.全市签约项目12个"};
    assertArrayEquals(new boolean[] {true, false, true, false, true}, new Dedup.Index(forms).prefixesSeenElsewhere(8));
  }

  /** The rolling hash agrees with searching each opening: repeats, overlaps, periodic forms, short ones. */
  @Test
  void agreesWithSearchingEachOpening() {
    Random random = new Random(5);
    String alphabet = "全市项目12,.亿";
    for (int round = 0; round < 500; round++) {
      String[] forms = new String[1 + random.nextInt(12)];
      for (int i = 0; i < forms.length; i++) {
        if (i > 0 && random.nextInt(4) == 0) {
          String other = forms[random.nextInt(i)];
          forms[i] = other.substring(random.nextInt(other.length() + 1)) + other; // a copy, maybe cut
          continue;
        }
        forms[i] = org.newsmetrics.testing.RandomText.of(random, alphabet, 30);
      }
      for (int k : new int[] {1, 3, 8}) {
        boolean[] expected = naive(forms, k);
        boolean[] got = new Dedup.Index(forms).prefixesSeenElsewhere(k);
        for (int p = 0; p < forms.length; p++) assertEquals(expected[p], got[p], String.join("|", forms) + " k=" + k + " p=" + p);
      }
    }
  }
}
