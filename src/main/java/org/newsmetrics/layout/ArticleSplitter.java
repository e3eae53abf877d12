package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.LaidOutPage;
import org.newsmetrics.model.Paragraph;
import org.newsmetrics.model.RemovedBlock;
import org.newsmetrics.text.Simplifier;
import org.newsmetrics.text.TextNorm;
import org.newsmetrics.text.WordBreak;

/**
 * Splits a clean page into articles. Paragraphs are typed (headline deck, dateline opening, byline,
 * caption, continuation start/end) and walked in order:
 *
 * <ul>
 *   <li>headlines first (the usual page): a run of decks opens a story when the previous story is
 *       closed (byline, caption credit) or a dateline follows; otherwise the run is a sub-head
 *       inside the story. On pages without any byline every run opens a story (web lists).</li>
 *   <li>headlines last (the page starts with a dateline): decks printed after a body close it.</li>
 *   <li>jump pages: several {@code (上接第N版)} starts cut off mid-sentence, followed by their jump
 *       headlines, are paired in order (confirmed by the word cut at the break) and rejoined.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ArticleSplitter {

  private final LayoutRules rulesForAnyText = LayoutRules.get();
  private static final java.util.regex.Pattern FROM_PAGE = java.util.regex.Pattern.compile("上接|接上|紧接|接第");
  private static final java.util.regex.Pattern TO_PAGE = java.util.regex.Pattern.compile("转");
  private static final java.util.regex.Pattern ANY = java.util.regex.Pattern.compile("");

  private static final class Story {
    final List<String> decks = new ArrayList<>();
    final List<String> body = new ArrayList<>();
    boolean cont;
    boolean caption;
    boolean closed;
    /** One item of a column of briefs (简讯): a bulleted paragraph is a story of its own. */
    boolean brief;
    String byline;
  }

  /** Bullets that open an item of such a column (□ also opens a byline: □记者 张三). */
  private static final String BULLETS = "●■▲◆★•▪◇○◎□";

  /** A paragraph and the layout rules' verdicts on it, each worked out once. */
  private record Info(String text, boolean head, int dateline, boolean bylineOnly, int bylineEnd, boolean contStart,
      boolean contEnd, boolean caption, boolean bylineTop) {}

  public LaidOutPage split(CleanPage clean) {
    String docId = clean.page().docId();
    List<Paragraph> ps = clean.paragraphs();
    String raw = clean.page().text() == null ? "" : clean.page().text();
    String[] lines = TextNorm.lines(raw);
    List<RemovedBlock> removed = new ArrayList<>(clean.removed());
    boolean web = removed.stream().anyMatch(r -> r.kind().equals("navigation"));
    // every text the rules read below is a paragraph's or a part of one
    LayoutRules rules = rulesForAnyText.forPage(Simplifier.forTexts(ps.stream().map(Paragraph::text).toList()));

    Map<Integer, List<RemovedBlock>> byLine = new HashMap<>();
    for (RemovedBlock r : removed) {
      byLine.computeIfAbsent(r.lineStart(), k -> new ArrayList<>()).add(r);
      if (r.lineEnd() != r.lineStart()) byLine.computeIfAbsent(r.lineEnd(), k -> new ArrayList<>()).add(r);
    }
    int n = ps.size();
    Info[] info = new Info[n];
    boolean bylines = false;
    for (int i = 0; i < n; i++) {
      Paragraph p = ps.get(i);
      String t = p.text();
      boolean contStart = markerBefore(byLine, lines, p.lineStart(), "page_marker", FROM_PAGE);
      boolean contEnd = markerAfter(byLine, lines, p.lineEnd(), "page_marker", TO_PAGE);
      boolean caption = markerAfter(byLine, lines, p.lineEnd(), "photo_credit", ANY);
      boolean by = rules.bylineOnly(t) != null;
      int bylineEnd = rules.bylineEnd(t);
      bylines |= by || bylineEnd >= 0;
      boolean head = rules.headlineLike(t) && !caption && p.lineEnd() == p.lineStart();
      boolean top = rules.bylineTop(t);
      info[i] = new Info(t, head, rules.datelineLength(t), by, bylineEnd, contStart, contEnd, caption, top);
    }

    List<Story> stories = new ArrayList<>();
    // headlines printed after their bodies: the page opens with a dateline, and no headline follows
    // a byline (on a headline-first page, bylines end the stories that headlines then follow)
    boolean afterMode = n > 0 && !info[0].head() && info[0].dateline() > 0;
    for (int i = 1; i < n && afterMode; i++) {
      if (info[i].head() && (info[i - 1].bylineOnly() || info[i - 1].bylineEnd() >= 0)) afterMode = false;
    }
    if (afterMode) walkHeadlinesLast(info, stories);
    else walkHeadlinesFirst(info, stories, bylines, rules);

    // decks with no body of their own, printed right after a story without a headline: its headline
    for (int i = stories.size() - 1; i > 0; i--) {
      Story s = stories.get(i);
      Story prev = stories.get(i - 1);
      if (s.body.isEmpty() && !s.decks.isEmpty() && prev.decks.isEmpty() && !prev.body.isEmpty()
          && (i == stories.size() - 1 || stories.get(i + 1).decks.isEmpty() == false)) {
        prev.decks.addAll(s.decks);
        stories.remove(i);
      }
    }
    // a web story's photo printed between its headline and its text (headline, caption with its
    // credit, text): the headline belongs to the story the caption illustrates
    for (int i = 0; i + 1 < stories.size(); i++) {
      Story s = stories.get(i);
      Story next = stories.get(i + 1);
      if (s.caption && !s.decks.isEmpty() && s.body.size() == 1 && next.decks.isEmpty() && !next.caption
          && !next.cont && !next.body.isEmpty()) {
        next.decks.addAll(s.decks);
        s.decks.clear();
      }
    }
    List<Article> articles = new ArrayList<>();
    for (Story s : stories) {
      Article a = finish(docId, articles.size() + 1, s, clean, web, rules);
      if (a == null) { // nothing but decks or a byline: kept in removed, so no line is lost
        List<String> left = new ArrayList<>(s.decks);
        if (s.byline != null) left.add(s.byline);
        for (String t : left) {
          Paragraph p = findParagraph(ps, t);
          int ls = p == null ? 1 : p.lineStart();
          int le = p == null ? 1 : p.lineEnd();
          removed.add(new RemovedBlock(docId, "other", t, ls, le));
        }
        continue;
      }
      articles.add(a);
    }
    return new LaidOutPage(clean, List.copyOf(articles), List.copyOf(removed));
  }

  private static Paragraph findParagraph(List<Paragraph> ps, String text) {
    for (Paragraph p : ps) if (p.text().equals(text)) return p;
    return null;
  }

  // ---------------------------------------------------------------- headlines first

  private void walkHeadlinesFirst(Info[] info, List<Story> stories, boolean bylines, LayoutRules rules) {
    int n = info.length;
    Map<Integer, Story> jumpHeads = new HashMap<>();
    Story cur = null;
    boolean joinNext = false;
    boolean briefs = false; // inside a column of bulleted briefs, until the next headline
    for (int i = 0; i < n; ) {
      Info p = info[i];
      if (p.contStart() && !jumpHeads.containsKey(i)) {
        int end = jumpGroup(info, i, stories, jumpHeads);
        if (end > i) {
          cur = null;
          i = end;
          continue;
        }
      }
      if (jumpHeads.containsKey(i)) {
        cur = jumpHeads.get(i);
        int j = i;
        do {
          cur.decks.add(info[j].text());
          j++;
        } while (j < n && info[j].head() && !jumpHeads.containsKey(j) && cur.decks.size() < 3);
        joinNext = !cur.body.isEmpty() && !TextNorm.endsSentence(cur.body.get(cur.body.size() - 1));
        i = j;
        continue;
      }
      if (p.head()) {
        briefs = false;
        int j = i;
        List<String> run = new ArrayList<>();
        do {
          run.add(info[j].text());
          j++;
        } while (j < n && info[j].head() && !jumpHeads.containsKey(j) && !info[j].contStart());
        boolean newStory;
        if (cur == null || cur.closed) newStory = true;
        else if (cur.body.isEmpty()) newStory = false;
        else if (j < n && (info[j].dateline() > 0 || rules.leadStart(info[j].text()))) newStory = true;
        else if (!bylines) newStory = teaserFollows(info, j);
        else newStory = false;
        if (newStory) {
          cur = new Story();
          stories.add(cur);
        }
        if (cur.body.isEmpty() && (cur.byline == null || cur.decks.isEmpty())) {
          int k = cur.decks.isEmpty() ? LayoutRules.headerDeckCount(run)
              : Math.min(LayoutRules.headerDeckCount(run), 3 - cur.decks.size());
          cur.decks.addAll(run.subList(0, k));
          cur.body.addAll(run.subList(k, run.size()));
        } else {
          cur.body.addAll(run);
        }
        i = j;
        continue;
      }
      if (p.bylineOnly() && cur != null && cur.closed && cur.byline == null && !cur.body.isEmpty()) {
        cur.byline = p.text(); // a byline printed after a caption credit or a continuation marker
        i++;
        continue;
      }
      boolean brief = bulleted(p) && (briefs || (cur != null && !cur.closed && cur.body.isEmpty()
          && cur.decks.size() == 1 && rules.briefColumn(cur.decks.get(0))));
      boolean fresh = cur == null || cur.closed
          || (p.dateline() > 0 && !cur.body.isEmpty())
          || (p.contStart() && !cur.body.isEmpty())
          || (p.caption() && !cur.body.isEmpty())
          || (brief && !cur.body.isEmpty());
      if (fresh) {
        cur = new Story();
        stories.add(cur);
      }
      if (brief) {
        cur.brief = true;
        briefs = true;
      }
      if (p.bylineOnly()) {
        cur.byline = cur.byline == null ? p.text() : cur.byline + " " + p.text();
        cur.closed = true;
        i++;
        continue;
      }
      if (p.bylineTop() && cur.body.isEmpty()) {
        cur.byline = p.text();
        i++;
        continue;
      }
      addBody(cur, p, joinNext);
      joinNext = false;
      if (p.caption()) {
        cur.caption = true;
        cur.closed = true;
      }
      if (p.contEnd() || p.bylineEnd() >= 0) cur.closed = true;
      i++;
    }
  }

  /**
   * A deck that reports figures in clauses (总投资67亿美元，预计明年全面达产): under a title without
   * figures it is the subheadline, not the title.
   */
  private static boolean reportsFigures(String deck) {
    return hasDigit(deck) && (deck.indexOf('，') >= 0 || deck.indexOf(',') >= 0);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }

  /** A body paragraph that opens with a bullet (●日前，浏河镇…), not a byline (□记者 张三). */
  private static boolean bulleted(Info p) {
    String t = p.text().strip();
    return t.length() > 1 && BULLETS.indexOf(t.charAt(0)) >= 0 && !p.head() && !p.bylineTop();
  }

  /** The text after a headline run is one paragraph cut off before the next headline: a teaser. */
  private static boolean teaserFollows(Info[] info, int j) {
    if (j >= info.length || info[j].head()) return false;
    if (TextNorm.endsSentence(info[j].text())) return false;
    return j + 1 >= info.length || info[j + 1].head();
  }

  private static void addBody(Story s, Info p, boolean join) {
    if (join && !s.body.isEmpty()) {
      int last = s.body.size() - 1;
      s.body.set(last, s.body.get(last) + p.text());
    } else {
      s.body.add(p.text());
    }
    s.cont |= p.contStart() || p.contEnd();
  }

  /**
   * Continuation starts printed one after another, each cut off, followed by their jump headlines:
   * makes one story per start and registers which headline paragraph resumes which story.
   *
   * @return the index after the group, or {@code start} when there is no group
   */
  private int jumpGroup(Info[] info, int start, List<Story> stories, Map<Integer, Story> jumpHeads) {
    int n = info.length;
    List<int[]> segs = new ArrayList<>();
    int s = start;
    int e;
    while (true) {
      // a segment runs until the next start, a headline, or a paragraph cut off at a column end
      e = s + 1;
      while (e < n && !info[e].head() && !info[e].contStart() && !info[e].bylineOnly() && info[e].dateline() == 0) e++;
      segs.add(new int[] {s, e});
      if (e < n && info[e].contStart()) {
        s = e;
        continue;
      }
      break;
    }
    // candidate jump headlines after the group: a headline run followed by body text
    List<int[]> cands = new ArrayList<>();
    for (int i = e; i < n; i++) {
      if (info[i].bylineOnly() || info[i].dateline() > 0 || info[i].contStart()) break;
      if (info[i].head() && (i == e || !info[i - 1].head())) {
        int j = i;
        while (j < n && info[j].head()) j++;
        if (j < n && !info[j].head() && info[j].dateline() == 0) cands.add(new int[] {i, j});
      }
    }
    int k = segs.size();
    int[] assign = new int[k];
    java.util.Arrays.fill(assign, -1);
    int from = 0;
    for (int g = 0; g < k; g++) {
      String last = info[segs.get(g)[1] - 1].text();
      if (TextNorm.endsSentence(last)) continue;
      for (int c = from; c < cands.size(); c++) {
        if (WordBreak.splitsWord(last, info[cands.get(c)[1]].text())) {
          assign[g] = c;
          from = c + 1;
          break;
        }
      }
    }
    boolean confirmed = false;
    for (int a : assign) confirmed |= a >= 0;
    if (!confirmed) return start; // no jump headline confirmed by a cut word: not a jump page
    if (start > 0 && info[start - 1].head() && k == 1) return start; // headline printed before its 上接 text
    for (int g = 0; g < k; g++) {
      if (assign[g] >= 0 || TextNorm.endsSentence(info[segs.get(g)[1] - 1].text())) continue;
      int lo = -1;
      for (int h = g - 1; h >= 0; h--) if (assign[h] >= 0) { lo = assign[h]; break; }
      int hi = cands.size();
      for (int h = g + 1; h < k; h++) if (assign[h] >= 0) { hi = assign[h]; break; }
      if (lo + 1 < hi) assign[g] = lo + 1;
    }
    boolean any = false;
    for (int a : assign) any |= a >= 0;
    if (!any && k < 2) return start;
    for (int g = 0; g < k; g++) {
      Story st = new Story();
      st.cont = true;
      for (int i = segs.get(g)[0]; i < segs.get(g)[1]; i++) addBody(st, info[i], false);
      stories.add(st);
      if (assign[g] >= 0) jumpHeads.put(cands.get(assign[g])[0], st);
    }
    return e;
  }

  // ---------------------------------------------------------------- headlines last

  private void walkHeadlinesLast(Info[] info, List<Story> stories) {
    int n = info.length;
    Story cur = null;
    for (int i = 0; i < n; ) {
      Info p = info[i];
      if (p.head()) {
        int j = i;
        List<String> run = new ArrayList<>();
        while (j < n && info[j].head()) run.add(info[j++].text());
        if (cur == null || !cur.decks.isEmpty()) {
          cur = new Story();
          stories.add(cur);
        }
        cur.decks.addAll(run);
        cur = null;
        i = j;
        continue;
      }
      if (cur == null || (p.dateline() > 0 && !cur.body.isEmpty()) || (p.caption() && !cur.body.isEmpty())) {
        cur = new Story();
        stories.add(cur);
      }
      if (p.bylineOnly()) cur.byline = p.text();
      else addBody(cur, p, false);
      if (p.caption()) cur.caption = true;
      i++;
    }
  }

  // ---------------------------------------------------------------- article parts

  private Article finish(String docId, int seq, Story s, CleanPage clean, boolean web, LayoutRules rules) {
    List<String> body = new ArrayList<>();
    for (String b : s.body) if (!b.isBlank()) body.add(b.strip());
    if (body.isEmpty()) return null;
    String dateline = null;
    int dl = rules.datelineLength(body.get(0));
    if (dl > 0) {
      dateline = body.get(0).substring(0, dl).strip();
      String rest = body.get(0).substring(dl).strip();
      if (rest.isEmpty()) body.remove(0);
      else body.set(0, rest);
    }
    String byline = s.byline;
    if (!body.isEmpty()) {
      String last = body.get(body.size() - 1);
      int at = rules.bylineEnd(last);
      if (at >= 0) {
        String b = last.substring(at).strip();
        if (byline == null) byline = b;
        else byline = byline + " " + b;
        body.set(body.size() - 1, last.substring(0, at).strip());
      }
    }
    body.removeIf(String::isBlank);
    if (body.isEmpty() && dateline == null) return null;
    String kicker = null;
    String headline = null;
    String sub = null;
    List<String> d = s.decks.stream().map(String::strip).toList();
    if (s.brief && d.size() == 1) {
      kicker = d.get(0); // the column's label (简讯): the item itself has no headline
    } else if (d.size() == 1) {
      String[] segs = d.get(0).split("[ \\u3000]+");
      boolean allLong = segs.length >= 3;
      for (String g : segs) allLong &= TextNorm.visibleLength(g) >= 4;
      if (allLong && !web) {
        kicker = segs[0];
        sub = segs[segs.length - 1];
        headline = String.join(" ", java.util.Arrays.asList(segs).subList(1, segs.length - 1));
      } else {
        headline = d.get(0);
      }
    } else if (d.size() == 2) {
      if (d.get(0).endsWith("—")) {
        kicker = d.get(0);
        headline = d.get(1);
      } else if (rules.subheadlineCue(d.get(1)) || reportsFigures(d.get(1)) && !hasDigit(d.get(0))) {
        headline = d.get(0);
        sub = d.get(1);
      } else {
        kicker = d.get(0);
        headline = d.get(1);
      }
    } else if (d.size() >= 3) {
      kicker = d.get(0);
      headline = d.get(1);
      sub = String.join(" ", d.subList(2, d.size()));
    }
    String text = String.join("\n", body);
    String kind;
    if (s.caption) kind = "caption";
    else if (s.cont) kind = "continuation";
    else if (byline == null && body.size() == 1 && !TextNorm.endsSentence(body.get(0))) kind = "teaser";
    else kind = "article";
    return new Article(docId + "#" + seq, docId, seq, kind, kicker, headline, sub, dateline, byline, text,
        clean.publicationDate(), List.of());
  }

  // ---------------------------------------------------------------- markers by source line

  /** A removed block of this kind on the paragraph's first line or alone on the line just above it. */
  private static boolean markerBefore(Map<Integer, List<RemovedBlock>> byLine, String[] lines, int line, String kind,
      java.util.regex.Pattern p) {
    if (has(byLine.get(line), kind, p, null)) return true;
    int l = line - 1;
    while (l >= 1 && l - 1 < lines.length && lines[l - 1].isBlank()) l--;
    return l >= 1 && l < line && has(byLine.get(l), kind, p, lines);
  }

  /** A removed block of this kind on the paragraph's last line or alone on the line just below it. */
  private static boolean markerAfter(Map<Integer, List<RemovedBlock>> byLine, String[] lines, int line, String kind,
      java.util.regex.Pattern p) {
    if (has(byLine.get(line), kind, p, null)) return true; // markers and credits are one line each
    int l = line + 1;
    while (l <= lines.length && lines[l - 1].isBlank()) l++;
    return l <= lines.length && l > line && has(byLine.get(l), kind, p, lines);
  }

  private static boolean has(List<RemovedBlock> rs, String kind, java.util.regex.Pattern p, String[] wholeLineOf) {
    if (rs == null) return false;
    for (RemovedBlock r : rs) {
      if (!r.kind().equals(kind) || !p.matcher(TextNorm.simplified(r.text())).find()) continue;
      if (wholeLineOf == null || wholeLine(wholeLineOf, r)) return true;
    }
    return false;
  }

  /** Whether the removed block is all of its source line (not a piece stripped from a paragraph). */
  private static boolean wholeLine(String[] lines, RemovedBlock r) {
    if (r.lineStart() < 1 || r.lineStart() > lines.length) return false;
    return TextNorm.punctForm(TextNorm.display(lines[r.lineStart() - 1])).equals(TextNorm.punctForm(r.text()));
  }

}
