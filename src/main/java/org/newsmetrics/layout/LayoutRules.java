package org.newsmetrics.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmetrics.amounts.Words;
import org.newsmetrics.text.Simplifier;
import org.newsmetrics.text.TextNorm;

/**
 * Immutable rules shared by {@link PageCleaner} and {@link ArticleSplitter}: furniture patterns,
 * datelines, bylines, headline shape. Loaded once from the data files next to this class.
 */
final class LayoutRules {

  /**
   * A furniture rule, with its prefilter and, when its pattern is nothing but a list of plain
   * words, a {@link Words} index of them that answers for the regex in one pass.
   */
  record FurnitureRule(String kind, boolean strong, Pattern pattern, RegexPrefilter filter, Words words) {
    FurnitureRule(String kind, boolean strong, Pattern pattern) {
      this(kind, strong, pattern, prefilter(pattern), plainWords(pattern));
    }

    /** Whether the rule finds a match in the line (searched only at its start when anchored). */
    boolean found(String line) {
      if (words != null) return words.occursIn(line, 0, line.length());
      return filter.find(pattern.matcher(line), line);
    }
  }

  /** The prefilter of a rule's pattern; flags (which it does not read) leave it without one. */
  private static RegexPrefilter prefilter(Pattern p) {
    return p.flags() == 0 ? RegexPrefilter.of(p.pattern()) : RegexPrefilter.ALWAYS;
  }

  /** An index of the pattern's words when it is a plain list of them (and has no flags), else null. */
  private static Words plainWords(Pattern p) {
    String[] words = p.flags() == 0 ? Words.alternatives(p.pattern()) : null;
    return words == null ? null : new Words(words);
  }

  private static final class Holder {
    static final LayoutRules INSTANCE = new LayoutRules();
  }

  static LayoutRules get() {
    return Holder.INSTANCE;
  }

  final List<FurnitureRule> furniture;
  /** Cheap necessary conditions of the furniture patterns, in the same order. */
  private final PrefilterScan furnitureScan;
  final List<String> navigationWords;
  final List<PrefilteredPattern> subheadlineCues;
  final List<PrefilteredPattern> datelines;
  final List<PrefilteredPattern> leadStarts;
  /** Words of a briefs column's label (简讯, 动态): see {@link #briefColumn}. */
  private final List<String> briefColumnWords;
  /** Gives the simplified form the rules read: of any text, or of one page's ({@link #forPage}). */
  private final Simplifier simplifier;

  /** (上接第1版) at the start of a line. */
  static final PrefilteredPattern MARKER_START = PrefilteredPattern.compile(
      "^\\s*[(（]\\s*(?:上接|接上|紧接|接)第?\\s*[0-9０-９一二三四五六七八九十A-Za-z]+\\s*版(?:[^()（）]{0,12})?[)）]");
  /** (下转第2版) at the end of a line. */
  static final PrefilteredPattern MARKER_END = PrefilteredPattern.compile(
      "[(（]\\s*(?:下转|转|转下|转接)第?\\s*[0-9０-９一二三四五六七八九十A-Za-z]+\\s*版(?:[^()（）]{0,12})?[)）]\\s*$");
  /** A pinyin gloss ({@link TextNorm#PINYIN_GLOSS}), searched only at brackets. */
  static final PrefilteredPattern PINYIN_GLOSS = PrefilteredPattern.compile(TextNorm.PINYIN_GLOSS);
  /** A photo credit glued to the end of a caption: (宗晓东 摄), （记者 X 摄）. */
  static final PrefilteredPattern CREDIT_END = PrefilteredPattern.compile(
      "[(（]\\s*(?:记者|通讯员|特约记者|摄影记者|本报记者)?[\\p{IsHan}·、 ]{2,16}\\s*摄(?:影)?\\s*[)）]\\s*$");
  /** A photo credit glued to the end of a caption without brackets: … 记者 张三 摄 */
  static final PrefilteredPattern CREDIT_END_BARE = PrefilteredPattern.compile(
      "(?<=[。！？!?”])\\s*(?:记者|通讯员|特约记者|摄影记者|本报记者)\\s*[\\p{IsHan}·、 ]{2,12}\\s*摄(?:影)?\\s*$");
  /** A byline printed above the story: 本报记者 王明 通讯员 李华 / □记者 张三 */
  static final PrefilteredPattern BYLINE_TOP = PrefilteredPattern.compile(
      "^[□■◎●]?\\s*(?:(?:文/图|文|图|摄影|图文)\\s*[:：/]?\\s*)?(?:本报|新华社|本刊|[\\p{IsHan}]{1,3}报|首席|特约|摄影)?(?:记者|通讯员|实习生|见习记者)\\s*[\\p{IsHan}·]{2,4}"
          + "(?:[\\s、，,]+(?:本报)?(?:记者|通讯员|实习生|见习记者)?\\s*[\\p{IsHan}·]{2,4})*$");
  /** A numbered section head inside a story: 一、 （二） 3. 第一， */
  static final Pattern SECTION = Pattern.compile(
      "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．]\\D|第[一二三四五六七八九十]{1,3}[，,、：:])");
  /** A byline: a paragraph that is nothing but (names) or (agency). */
  static final PrefilteredPattern BYLINE_ONLY = PrefilteredPattern.compile("^[(（]\\s*([\\p{IsHan}·、，, ]{2,20})\\s*[)）]$");
  /** A byline glued to the last sentence: …目标。(孙倩茹) */
  static final PrefilteredPattern BYLINE_END = PrefilteredPattern.compile("(?<=[。！？!?”…])\\s*[(（]\\s*([\\p{IsHan}·、，, ]{2,20})\\s*[)）]\\s*$");
  /** Sentence punctuation in a comparison form (where punctuation is half-width). */
  private static final String SENTENCE_PUNCT = ",.;!?\"";
  private static final Pattern BYLINE_NOT = Pattern.compile("摄|上接|下转|图|完|待续|续|白天|遗失|见第|版|来源|数据|以上|注|详见|下同|略|单位|含|不含|暂定");

  private LayoutRules() {
    List<FurnitureRule> f = new ArrayList<>();
    for (String line : lines("furniture.txt")) {
      int tab = line.indexOf('\t');
      if (tab < 0) continue;
      String kind = line.substring(0, tab).strip();
      boolean strong = kind.startsWith("!");
      if (strong) kind = kind.substring(1);
      f.add(new FurnitureRule(kind, strong, Pattern.compile(line.substring(tab + 1).strip())));
    }
    furniture = List.copyOf(f);
    furnitureScan = new PrefilterScan(furniture.stream().map(FurnitureRule::filter).toList());
    navigationWords = List.copyOf(lines("navigation-words.txt"));
    subheadlineCues = lines("subheadline-cues.txt").stream().map(PrefilteredPattern::compile).toList();
    datelines = lines("dateline.txt").stream().map(PrefilteredPattern::compile).toList();
    leadStarts = lines("lead-starts.txt").stream().map(PrefilteredPattern::compile).toList();
    briefColumnWords = List.copyOf(lines("brief-columns.txt"));
    simplifier = Simplifier.ANY_TEXT;
  }

  private LayoutRules(LayoutRules rules, Simplifier simplifier) {
    furniture = rules.furniture;
    furnitureScan = rules.furnitureScan;
    navigationWords = rules.navigationWords;
    subheadlineCues = rules.subheadlineCues;
    datelines = rules.datelines;
    leadStarts = rules.leadStarts;
    briefColumnWords = rules.briefColumnWords;
    this.simplifier = simplifier;
  }

  /** The same rules for the texts of one page, which {@code simplifier} simplifies. */
  LayoutRules forPage(Simplifier simplifier) {
    return simplifier == this.simplifier ? this : new LayoutRules(this, simplifier);
  }

  private static List<String> lines(String name) {
    try (InputStream in = LayoutRules.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l; (l = r.readLine()) != null; ) {
        if (l.isBlank() || l.startsWith("#")) continue;
        out.add(l.stripTrailing());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The furniture rule a line's comparison form matches, or null. */
  FurnitureRule furniture(String matchForm) {
    // most lines hold none of the chars a rule needs: only the rules the scan leaves are searched
    long[] rules = furnitureScan.rules(matchForm);
    boolean longLine = matchForm.length() > 40;
    for (int w = 0; w < rules.length; w++) {
      // set bits in ascending order: the rules in listed order, the first that matches wins
      for (long bits = rules[w]; bits != 0; bits &= bits - 1) {
        FurnitureRule r = furniture.get((w << 6) + Long.numberOfTrailingZeros(bits));
        if (longLine && !r.kind().equals("copyright") && !r.kind().equals("weather")) continue;
        if (r.found(matchForm)) {
          if (r.kind().equals("photo_credit") && TextNorm.visibleLength(matchForm) > 12) continue;
          return r;
        }
      }
    }
    return null;
  }

  /** A navigation bar: no sentence punctuation, four or more navigation words. */
  boolean navigationBar(String matchForm) {
    for (int i = 0; i < matchForm.length(); i++) if (SENTENCE_PUNCT.indexOf(matchForm.charAt(i)) >= 0) return false;
    if (separatedItems(matchForm)) return true;
    int n = 0;
    for (String w : navigationWords) {
      int from = 0;
      while ((from = matchForm.indexOf(w, from)) >= 0) {
        n++;
        from += w.length();
      }
    }
    return n >= 4 && matchForm.length() <= n * 8;
  }

  /**
   * A line of four or more short items between bar separators (首页 | 政务公开 | 政务服务 | 互动交流):
   * a menu whatever its words. Items are short names, without digits (a table row or a list of
   * figures is no menu).
   */
  static boolean separatedItems(String matchForm) {
    int items = 0;
    int length = 0;
    for (int i = 0; i <= matchForm.length(); i++) {
      char c = i < matchForm.length() ? matchForm.charAt(i) : '|';
      if (c == '|' || c == '丨') {
        if (length == 0 || length > 8) return false;
        items++;
        length = 0;
      } else if (Character.isDigit(c)) {
        return false;
      } else {
        length++;
      }
    }
    return items >= 4;
  }

  /** Length of the dateline opening this paragraph's display text, or 0. */
  int datelineLength(String text) {
    int best = 0;
    String t = simplifier.simplified(text);
    for (PrefilteredPattern p : datelines) {
      Matcher m = p.find(t);
      if (m != null && m.end() > best) best = m.end();
    }
    return best;
  }

  /** The byline when the whole paragraph is one, else null. */
  String bylineOnly(String text) {
    Matcher m = BYLINE_ONLY.matches(simplifier.simplified(text.strip()));
    if (m != null && !BYLINE_NOT.matcher(m.group(1)).find()) return text.strip();
    return null;
  }

  /** Start index of a byline glued to the end of the paragraph, or -1. */
  int bylineEnd(String text) {
    Matcher m = BYLINE_END.find(simplifier.simplified(text));
    if (m != null && !BYLINE_NOT.matcher(m.group(1)).find()) return m.start();
    return -1;
  }

  /** A headline deck or sub-head: one short unpunctuated line. */
  /** A byline printed above the story (本报记者 王明). */
  boolean bylineTop(String text) {
    return BYLINE_TOP.matches(simplifier.simplified(text.strip())) != null;
  }

  boolean headlineLike(String text) {
    // Every test below only rejects, so their order is free: the checks on plain chars come first,
    // the pattern searches last. Simplifying changes no length, no white space and none of the
    // punctuation read before it (its only punctuation change is 「」 to “”, quotes either way).
    String s = text.strip();
    int len = TextNorm.visibleLength(s);
    if (len == 0 || len > 50) return false;
    if (s.indexOf('。') >= 0) return false;
    if (s.startsWith("(") || s.startsWith("（")) return false;
    char last = s.charAt(s.length() - 1);
    if ("；;：:，,、".indexOf(last) >= 0) return false;
    if (s.length() >= 2 && "”’」』\"".indexOf(last) >= 0 && "。！？!?…".indexOf(s.charAt(s.length() - 2)) >= 0) {
      return false; // a quoted sentence
    }
    int commas = 0;
    for (int i = 0; i < s.length(); i++) if ("，,、；;".indexOf(s.charAt(i)) >= 0) commas++;
    if (commas >= 3 || (commas >= 1 && len > 36)) return false; // a sentence, not a deck
    int comma = Math.max(Math.max(s.lastIndexOf('，'), s.lastIndexOf(',')), s.lastIndexOf('、'));
    if (comma >= 0 && TextNorm.visibleLength(s.substring(comma + 1)) <= 4) return false; // a cut-off sentence
    String t = simplifier.simplified(s);
    if (TextNorm.FUNCTION_END.indexOf(t.charAt(t.length() - 1)) >= 0
        || TextNorm.FUNCTION_START.indexOf(t.charAt(0)) >= 0) {
      return false;
    }
    if (bylineOnly(t) != null) return false;
    if (BYLINE_TOP.matches(t) != null) return false;
    return datelineLength(t) == 0;
  }

  /** Whether a paragraph opens the way a news story's first sentence does (a date lead, 近日，…). */
  boolean leadStart(String text) {
    String t = simplifier.simplified(text.strip());
    for (PrefilteredPattern p : leadStarts) if (p.find(t) != null) return true;
    return false;
  }

  /** Whether a deck is a briefs column's label: short, with one of its words (经济简讯, 园区动态). */
  boolean briefColumn(String deck) {
    if (TextNorm.visibleLength(deck) > 8) return false;
    String d = simplifier.simplified(deck);
    for (String w : briefColumnWords) if (d.contains(w)) return true;
    return false;
  }

  boolean subheadlineCue(String deck) {
    String d = simplifier.simplified(deck);
    for (PrefilteredPattern p : subheadlineCues) if (p.find(d) != null) return true;
    return false;
  }

  /**
   * How many of a run of headline-shaped lines are headline decks (at most three): the rest are
   * in-body section heads, which start at the first very short label ({@code 布点}, {@code 聚力}).
   */
  static int headerDeckCount(List<String> run) {
    int k = 0;
    while (k < run.size() && k < 3) {
      if (k > 0 && TextNorm.visibleLength(run.get(k)) <= 4) break;
      if (SECTION.matcher(run.get(k).strip()).find()) break;
      k++;
    }
    return k;
  }
}
