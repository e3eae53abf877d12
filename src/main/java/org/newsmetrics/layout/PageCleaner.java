package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.Paragraph;
import org.newsmetrics.model.RemovedBlock;
import org.newsmetrics.text.LineRejoiner;
import org.newsmetrics.text.Simplifier;
import org.newsmetrics.text.TextNorm;
import org.newsmetrics.text.WordBreak;

/**
 * Cleans a page: page furniture out into {@link RemovedBlock}s (with its kind and source lines),
 * hard wraps and column breaks rejoined, duplicates dropped, reading order repaired, publication
 * and date found. Stateless: one instance can clean any number of pages, from any thread.
 */
public final class PageCleaner {

  private final LayoutRules rules = LayoutRules.get();
  private static final Pattern PAPER_NAME = Pattern.compile("[\\p{IsHan}]{2,10}(报|刊|网|周刊|晚报|日报|时报|商报)");
  /** The head of a link list: 相关新闻, 推荐阅读, … */
  private static final Pattern LINK_LIST_HEAD = Pattern.compile(
      "^[【\\[]?(相关(新闻|阅读|报道|链接|文章)|推荐阅读|热点推荐|延伸阅读|热门(新闻|推荐|文章)|猜你喜欢|精彩推荐|往期回顾)[】\\]]?:?$");
  private static final Pattern LIST_BULLET = Pattern.compile("^[·•\\-*>]\\s*");
  private static final Pattern EDITOR_LABEL = Pattern.compile(".*(责编|美编|校对|编辑|编委|审校|组版|审读|主编)$");
  private static final Pattern EDITOR_NAMES = Pattern.compile("[\\p{IsHan}·]{2,4}([ 、，,]+[\\p{IsHan}·]{2,4}){0,5}");
  private static final Pattern RIGHTS_WORDS = Pattern.compile(".*(版权|授权|转载|本报|本刊|本网|本站).*");
  private static final Pattern COLON_OR_AT = Pattern.compile(".*[:：@].*");

  /** One paragraph under construction; {@code lineOf[i]} is the source line of char i. */
  static final class Para {
    /** The text; changed only through the methods below, which keep {@link #str} in step. */
    final StringBuilder text = new StringBuilder();
    /** {@code text.toString()}, or null after a change: the text is read far more often than changed. */
    private String str;
    /** {@code lineRange(0, text.length())}, or null after a change. */
    private int[] lines;
    int[] lineOf = new int[16];
    boolean contStart;
    boolean contEnd;
    boolean credit;
    boolean barrierBefore;
    int block;

    private void changed() {
      str = null;
      lines = null;
    }

    void append(String s, int line) {
      changed();
      ensure(text.length() + s.length());
      for (int i = 0; i < s.length(); i++) lineOf[text.length() + i] = line;
      text.append(s);
    }

    void append(Para other) {
      changed();
      int base = text.length();
      ensure(base + other.text.length());
      System.arraycopy(other.lineOf, 0, lineOf, base, other.text.length());
      text.append(other.text);
      contEnd = other.contEnd;
      credit = other.credit;
    }

    void truncate(int at) {
      changed();
      text.setLength(at);
    }

    void dropHead(int n) {
      int k = n;
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
      changed();
      System.arraycopy(lineOf, k, lineOf, 0, text.length() - k);
      text.delete(0, k);
    }

    private void ensure(int n) {
      if (n > lineOf.length) lineOf = java.util.Arrays.copyOf(lineOf, Math.max(n, lineOf.length * 2));
    }

    int firstLine() {
      return lines()[0];
    }

    int lastLine() {
      return lines()[1];
    }

    private int[] lines() {
      if (lines == null) lines = lineRange(0, text.length());
      return lines;
    }

    int[] lineRange(int from, int to) {
      int lo = Integer.MAX_VALUE;
      int hi = 0;
      for (int i = from; i < to; i++) {
        lo = Math.min(lo, lineOf[i]);
        hi = Math.max(hi, lineOf[i]);
      }
      return lo == Integer.MAX_VALUE ? new int[] {0, 0} : new int[] {lo, hi};
    }

    String str() {
      if (str == null) str = text.toString();
      return str;
    }
  }

  public CleanPage clean(Page page) {
    String docId = page.docId();
    String raw = page.text() == null ? "" : page.text();
    if (raw.startsWith("\uFEFF")) raw = raw.substring(1);
    Lines l = new Lines(TextNorm.lines(raw));
    List<RemovedBlock> removed = new ArrayList<>();
    PageVerdicts v = new PageVerdicts(rules.forPage(l.simplifier));

    // 1. whole-line furniture
    markFurniture(l);
    String zonePublication = markColophonZones(l, v);
    markLinkLists(l, v);
    markEditorNames(l);
    for (int i = 0; i < l.n; i++) {
      if (l.kind[i] != null) removed.add(new RemovedBlock(docId, l.kind[i], l.disp[i], i + 1, i + 1));
    }

    // 2. inline furniture: continuation markers, glued photo credits, pinyin glosses
    stripInlineFurniture(l, docId, removed);

    // 3. blocks of content lines -> paragraphs
    List<Para> paras = paragraphs(l, v);

    // markers and credits that a hard wrap split over two lines
    for (Para p : paras) stripWrappedFurniture(p, docId, removed, l.simplifier);

    // 4. duplicates, spliced fragments, interposed leads, column breaks
    Dedup.run(paras, docId, removed, l.simplifier);
    moveInterposedLeads(paras, v);
    joinColumnBreaks(paras, v);

    // 5. publication and date
    PageDate.Result date = PageDate.find(l.lines, l.disp, l.kind, paras.stream().map(Para::str).toList(), zonePublication);

    List<Paragraph> out = new ArrayList<>();
    for (Para p : paras) {
      if (p.text.isEmpty()) continue;
      out.add(new Paragraph(p.str(), p.firstLine(), p.lastLine()));
    }
    removed.sort(Comparator.comparingInt(RemovedBlock::lineStart));
    return new CleanPage(page, date.publication(), date.date(), date.source(), List.copyOf(out), List.copyOf(removed));
  }

  /**
   * A page's lines and what the steps learn about each. Each step is a method of its own: one
   * method holding every step's loop made the JIT compile it again and again, each time whole.
   */
  private static final class Lines {
    final String[] lines;
    final int n;
    /** The line as displayed (widths normalised), stripped. */
    final String[] disp;
    /** The form furniture patterns match. */
    final String[] mf;
    /** Simplifies the page's texts: its lines, paragraphs and their parts. */
    final Simplifier simplifier;
    /** The furniture kind of a removed line; null for content. */
    final String[] kind;
    final boolean[] indent;
    /** A strong colophon line: it opens a zone of furniture. */
    final boolean[] strong;
    /** The line's text once inline furniture is cut; null for a line that is not content. */
    final String[] content;
    final boolean[] contStart;
    final boolean[] contEnd;
    final boolean[] credit;

    Lines(String[] lines) {
      this.lines = lines;
      n = lines.length;
      disp = new String[n];
      mf = new String[n];
      kind = new String[n];
      indent = new boolean[n];
      strong = new boolean[n];
      content = new String[n];
      contStart = new boolean[n];
      contEnd = new boolean[n];
      credit = new boolean[n];
      for (int i = 0; i < n; i++) {
        String l = lines[i];
        indent[i] = !l.isEmpty() && Character.isWhitespace(l.charAt(0)) && !l.isBlank();
        disp[i] = TextNorm.display(l).strip();
      }
      // every text the cleaner reads from here on is made of displayed lines or parts of them
      simplifier = Simplifier.forTexts(Arrays.asList(disp));
      for (int i = 0; i < n; i++) mf[i] = disp[i].isEmpty() ? "" : simplifier.match(disp[i]);
    }
  }

  private void markFurniture(Lines l) {
    for (int i = 0; i < l.n; i++) {
      if (l.disp[i].isEmpty()) continue;
      LayoutRules.FurnitureRule r = rules.furniture(l.mf[i]);
      if (r != null) {
        l.kind[i] = r.kind();
        l.strong[i] = r.strong();
      } else if (rules.navigationBar(l.mf[i])) {
        l.kind[i] = "navigation";
      }
    }
  }

  /**
   * Colophon zones: from a strong colophon line (and the masthead lines printed just above it) to
   * the next story. Returns the publication a zone names, if any.
   */
  private static String markColophonZones(Lines l, PageVerdicts v) {
    String[] disp = l.disp;
    String[] kind = l.kind;
    int n = l.n;
    String zonePublication = null;
    for (int z = 0; z < n; z++) {
      if (!l.strong[z]) continue;
      // a zone needs company: another furniture line among the next few (主办：… alone may be an event notice)
      int company = 0;
      for (int j = z + 1, seen = 0; j < n && seen < 6; j++) {
        if (disp[j].isEmpty()) continue;
        seen++;
        if (kind[j] != null) company++;
      }
      if (company == 0) continue;
      int b = z;
      while (b > 0 && !disp[b - 1].isEmpty() && TextNorm.visibleLength(disp[b - 1]) <= 24
          && !disp[b - 1].contains("。") && v.datelineLength(disp[b - 1]) == 0) {
        b--;
      }
      if (b == z) {
        int p = prevNonBlank(disp, z);
        if (p >= 0 && kind[p] == null && PAPER_NAME.matcher(disp[p]).matches()) b = p;
      }
      for (int i = b; i < z; i++) {
        if (disp[i].isEmpty()) continue;
        if (zonePublication == null && PAPER_NAME.matcher(disp[i]).matches()) zonePublication = disp[i];
        if (kind[i] == null) kind[i] = "masthead";
      }
      int i = z;
      for (; i < n; i++) {
        if (disp[i].isEmpty()) continue;
        if (kind[i] != null) {
          if (kind[i].equals("navigation")) kind[i] = "masthead";
          continue;
        }
        if (endsZone(disp, kind, i, v)) break;
        kind[i] = "masthead";
      }
      z = i;
    }
    return zonePublication;
  }

  /** Link lists under 相关新闻 / 推荐阅读: the headline-shaped lines that follow are links. */
  private static void markLinkLists(Lines l, PageVerdicts v) {
    String[] disp = l.disp;
    String[] kind = l.kind;
    for (int i = 0; i < l.n; i++) {
      if (!"navigation".equals(kind[i]) || !LINK_LIST_HEAD.matcher(l.mf[i]).matches()) continue;
      for (int j = i + 1; j < l.n; j++) {
        if (disp[j].isEmpty()) {
          int k = nextNonBlank(disp, j);
          if (k < 0 || !v.headlineLike(LIST_BULLET.matcher(disp[k]).replaceFirst(""))) break;
          continue;
        }
        if (kind[j] != null) continue;
        String t = LIST_BULLET.matcher(disp[j]).replaceFirst("");
        if (!v.headlineLike(t) && !(t.length() <= 60 && !t.contains("。"))) break;
        kind[j] = "navigation";
      }
    }
  }

  /** Names under an editor label (值班编委 / 朱璇 祝建新). */
  private static void markEditorNames(Lines l) {
    for (int i = 0; i < l.n; i++) {
      if (!"masthead".equals(l.kind[i]) || !EDITOR_LABEL.matcher(l.mf[i]).matches()) continue;
      int j = nextNonBlank(l.disp, i);
      if (j >= 0 && l.kind[j] == null && EDITOR_NAMES.matcher(l.disp[j]).matches()) {
        l.kind[j] = "masthead";
      }
    }
  }

  /** Continuation markers, glued photo credits and pinyin glosses cut out of content lines. */
  private static void stripInlineFurniture(Lines l, String docId, List<RemovedBlock> removed) {
    boolean pendingStart = false;
    for (int i = 0; i < l.n; i++) {
      if (l.disp[i].isEmpty() || l.kind[i] != null) continue;
      String t = l.disp[i];
      String st = l.simplifier.simplified(t); // patterns see simplified text; cuts apply to the original
      Matcher m = LayoutRules.MARKER_START.find(st);
      if (m != null) {
        removed.add(new RemovedBlock(docId, "page_marker", t.substring(m.start(), m.end()).strip(), i + 1, i + 1));
        t = t.substring(m.end()).strip();
        st = l.simplifier.simplified(t);
        l.contStart[i] = true;
      }
      m = LayoutRules.MARKER_END.find(st);
      if (m != null) {
        removed.add(new RemovedBlock(docId, "page_marker", t.substring(m.start(), m.end()).strip(), i + 1, i + 1));
        t = t.substring(0, m.start()).strip();
        st = l.simplifier.simplified(t);
        l.contEnd[i] = true;
      }
      m = LayoutRules.CREDIT_END.find(st);
      boolean credited = m != null && m.start() > 0;
      if (!credited) {
        m = LayoutRules.CREDIT_END_BARE.find(st);
        credited = m != null && m.start() > 0;
      }
      if (credited) {
        removed.add(new RemovedBlock(docId, "photo_credit", t.substring(m.start(), m.end()).strip(), i + 1, i + 1));
        t = t.substring(0, m.start()).strip();
        l.credit[i] = true;
      }
      if (TextNorm.mayHoldPinyinGloss(t)) {
        PrefilteredPattern.Finder glosses = LayoutRules.PINYIN_GLOSS.finder(t);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (glosses.find()) {
          m = glosses.matcher();
          removed.add(new RemovedBlock(docId, "other", m.group(), i + 1, i + 1));
          sb.append(t, last, m.start());
          last = m.end();
        }
        if (last > 0) t = sb.append(t.substring(last)).toString();
      }
      if (t.isEmpty()) {
        l.kind[i] = "page_marker";
        if (l.contStart[i]) pendingStart = true;
        continue;
      }
      if (pendingStart) {
        l.contStart[i] = true;
        pendingStart = false;
      }
      l.content[i] = t;
    }
  }

  /** Blocks of content lines, each rejoined into paragraphs. */
  private static List<Para> paragraphs(Lines l, PageVerdicts v) {
    String[] content = l.content;
    List<Para> paras = new ArrayList<>();
    int block = 0;
    boolean barrier = false;
    for (int i = 0; i < l.n; ) {
      if (content[i] == null) {
        if (!l.disp[i].isEmpty()) barrier = true;
        i++;
        continue;
      }
      int j = i;
      List<String> bl = new ArrayList<>();
      List<Boolean> ind = new ArrayList<>();
      List<Integer> nos = new ArrayList<>();
      List<String> src = new ArrayList<>();
      while (j < l.n && content[j] != null) {
        bl.add(content[j]);
        src.add(l.lines[j].strip());
        ind.add(l.indent[j] || l.contStart[j]);
        nos.add(j);
        j++;
      }
      block++;
      for (List<Integer> g : LineRejoiner.group(bl, src, ind, s -> v.datelineLength(s) > 0, v::headlineLike, l.simplifier)) {
        Para p = new Para();
        p.block = block;
        p.barrierBefore = barrier;
        barrier = false;
        for (int k : g) {
          int ln = nos.get(k);
          String s = content[ln];
          p.append(LineRejoiner.joint(p.text, s) + s, ln + 1); // the builder: no copy of the text so far
          p.contStart |= l.contStart[ln] && k == g.get(0);
          p.contEnd |= l.contEnd[ln];
          p.credit |= l.credit[ln];
        }
        paras.add(p);
      }
      i = j;
    }
    return paras;
  }

  private static void stripWrappedFurniture(Para p, String docId, List<RemovedBlock> removed, Simplifier simplifier) {
    if (p.firstLine() == p.lastLine()) return; // one-line paragraphs were handled line by line
    String st = simplifier.simplified(p.str());
    Matcher m = LayoutRules.MARKER_START.find(st);
    if (m != null && m.end() < st.length()) {
      int[] r = p.lineRange(m.start(), m.end());
      removed.add(new RemovedBlock(docId, "page_marker", p.str().substring(m.start(), m.end()).strip(), r[0], r[1]));
      p.dropHead(m.end());
      p.contStart = true;
      st = simplifier.simplified(p.str());
    }
    String kind = null;
    m = LayoutRules.MARKER_END.find(st);
    if (m != null && m.start() > 0) kind = "page_marker";
    else {
      m = LayoutRules.CREDIT_END.find(st);
      if (m != null && m.start() > 0) kind = "photo_credit";
    }
    if (kind != null) {
      int[] r = p.lineRange(m.start(), st.length());
      removed.add(new RemovedBlock(docId, kind, p.str().substring(m.start()).strip(), r[0], r[1]));
      p.truncate(m.start());
      while (p.text.length() > 0 && Character.isWhitespace(p.text.charAt(p.text.length() - 1))) p.truncate(p.text.length() - 1);
      if (kind.equals("page_marker")) p.contEnd = true;
      else p.credit = true;
    }
  }

  private static boolean endsZone(String[] disp, String[] kind, int i, PageVerdicts v) {
    String t = disp[i];
    if (v.datelineLength(t) > 0) return true;
    if (TextNorm.visibleLength(t) >= 40 && t.contains("。") && !RIGHTS_WORDS.matcher(t).matches()) return true;
    if (v.headlineLike(t) && TextNorm.visibleLength(t) >= 6 && !COLON_OR_AT.matcher(t).matches()) {
      int j = i;
      for (int k = 0; k < 3; k++) {
        j = nextNonBlank(disp, j);
        if (j < 0 || kind[j] != null) return false;
        if (v.datelineLength(disp[j]) > 0 || (TextNorm.visibleLength(disp[j]) >= 40 && disp[j].contains("。"))) {
          return true;
        }
        if (!v.headlineLike(disp[j])) return false;
      }
    }
    return false;
  }

  private static int prevNonBlank(String[] disp, int i) {
    for (int j = i - 1; j >= 0; j--) if (!disp[j].isEmpty()) return j;
    return -1;
  }

  private static int nextNonBlank(String[] disp, int i) {
    for (int j = i + 1; j < disp.length; j++) if (!disp[j].isEmpty()) return j;
    return -1;
  }

  private static boolean storyEnd(Para p, PageVerdicts v) {
    String t = p.str();
    return p.credit || p.contEnd || v.bylineOnly(t) || v.bylineEnd(t) >= 0;
  }

  private static boolean cut(Para p, PageVerdicts v) {
    return !TextNorm.endsSentence(p.str()) && !head(p, v) && !storyEnd(p, v) && !topByline(p, v);
  }

  private static boolean topByline(Para p, PageVerdicts v) {
    return v.bylineTop(p.str());
  }

  /** Headline-shaped and printed on one line (a hard-wrapped paragraph is never a headline). */
  private static boolean head(Para p, PageVerdicts v) {
    return p.firstLine() == p.lastLine() && v.headlineLike(p.str());
  }

  /**
   * A lead paragraph printed inside another paragraph that a column break cut mid-word
   * ({@code …基于自} / lead / {@code 身发展…}): the halves are joined and the lead goes to the top of
   * its story, after the headline decks.
   */
  private static void moveInterposedLeads(List<Para> paras, PageVerdicts v) {
    for (int i = 0; i + 2 < paras.size(); i++) {
      Para a = paras.get(i);
      Para b = paras.get(i + 1);
      Para c = paras.get(i + 2);
      if (!cut(a, v) || !TextNorm.endsSentence(b.str()) || head(b, v)) continue;
      if (head(c, v) || v.datelineLength(c.str()) > 0 || c.contStart || b.contStart) continue;
      if (!WordBreak.splitsWord(a.str(), c.str()) || WordBreak.splitsWord(a.str(), b.str())) continue;
      a.append(c);
      paras.remove(i + 2);
      paras.remove(i + 1);
      int s = i;
      while (s > 0 && !storyEnd(paras.get(s - 1), v)) s--;
      int h = 0;
      List<String> run = new ArrayList<>();
      while (s + h < paras.size() && head(paras.get(s + h), v)) {
        run.add(paras.get(s + h).str());
        h++;
      }
      int at = s + LayoutRules.headerDeckCount(run);
      if (at < paras.size() && v.datelineLength(paras.get(at).str()) > 0) at++;
      paras.add(at, b);
    }
  }

  /** Joins a paragraph cut by a column or page break with the paragraph that continues it. */
  private static void joinColumnBreaks(List<Para> paras, PageVerdicts v) {
    for (int i = 0; i + 1 < paras.size(); ) {
      Para a = paras.get(i);
      Para b = paras.get(i + 1);
      boolean join = cut(a, v) && !b.barrierBefore && !b.contStart && !a.contEnd && !a.credit
          && !head(b, v) && v.datelineLength(b.str()) == 0
          && !v.bylineOnly(b.str()) && !topByline(b, v);
      if (join) {
        a.append(b);
        paras.remove(i + 1);
      } else {
        i++;
      }
    }
  }
}
