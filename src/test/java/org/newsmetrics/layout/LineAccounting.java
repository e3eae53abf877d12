package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.RemovedBlock;
import org.newsmetrics.text.TextNorm;

/**
 * Checks that every non-blank source line ended up in an article (any field) or in {@code removed}:
 * the line's comparison form is consumed from the left by pieces found in those texts.
 */
final class LineAccounting {
  private LineAccounting() {}

  static List<String> unaccounted(LaidOutPage lp) {
    List<String> pieces = new ArrayList<>();
    for (Article a : lp.articles()) {
      for (String s : new String[] {a.kicker(), a.headline(), a.subheadline(), a.dateline(), a.byline(), a.body()}) {
        if (s != null) pieces.add(form(s));
      }
    }
    for (RemovedBlock r : lp.removed()) pieces.add(form(r.text()));
    String all = String.join("\u0001", pieces);
    List<String> missing = new ArrayList<>();
    String[] lines = lp.clean().page().text().replace("\uFEFF", "").split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String rest = form(lines[i]);
      while (!rest.isEmpty()) {
        int k = rest.length();
        while (k > 0 && !all.contains(rest.substring(0, k))) k--;
        if (k == 0) {
          missing.add((i + 1) + ": " + lines[i].strip());
          break;
        }
        rest = rest.substring(k);
      }
    }
    return missing;
  }

  /**
   * Paragraphs (of 20 characters or more) that stand in the bodies of two articles: text kept
   * twice. Together with {@link #unaccounted} this checks that every line ends up in exactly one
   * article or in {@code removed}.
   */
  static List<String> twice(LaidOutPage lp) {
    List<String> bodies = new ArrayList<>();
    for (Article a : lp.articles()) bodies.add(form(a.body()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lp.articles().size(); i++) {
      for (String para : lp.articles().get(i).body().split("\n")) {
        String f = form(para);
        if (f.length() < 20) continue;
        for (int j = 0; j < bodies.size(); j++) {
          if (j != i && bodies.get(j).contains(f)) out.add("#" + (i + 1) + " and #" + (j + 1) + ": " + para);
        }
      }
    }
    return out;
  }

  static String form(String s) {
    return TextNorm.punctForm(TextNorm.display(s));
  }
}
