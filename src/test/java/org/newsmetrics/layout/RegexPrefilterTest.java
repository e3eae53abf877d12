package org.newsmetrics.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsmetrics.bench.CorpusGenerator;
import org.newsmetrics.model.CleanPage;
import org.newsmetrics.model.Page;
import org.newsmetrics.model.Paragraph;
import org.newsmetrics.text.TextNorm;

/**
 * The furniture prefilter may only skip a line that no rule's regex finds a match in: checked on
 * every line of the test pages, seeds and generated pages, on the matches cut out of those lines
 * with random context, and on random strings made of the chars the rules use.
 */
class RegexPrefilterTest {

  @Test
  void derivesStartAndRequiredChars() {
    RegexPrefilter p = RegexPrefilter.of("^(ab|cd)[:]?x\\d{2}");
    assertEquals(set("ac"), p.start);
    // each element's sets, smallest first; an alternation requires one of its branches' smallest
    assertEquals(List.of(set("x"), set("ac"), set("0123456789")), p.required);
    RegexPrefilter q = RegexPrefilter.of("(晴|多云)[^,]{0,4}(气温|[东南]+风)");
    assertNull(q.start);
    assertEquals(List.of(set("晴多"), set("气风")), q.required);
    RegexPrefilter r = RegexPrefilter.of("^[-—]{1,2}\\d{1,3}$|^第\\d页");
    assertEquals(set("-—第"), r.start);
  }

  @Test
  void knowsWhenEveryMatchStartsAtTheStart() {
    assertTrue(RegexPrefilter.of("^(ab|cd)x").anchored);
    assertTrue(RegexPrefilter.of("(^a|^b)c").anchored);
    assertTrue(RegexPrefilter.of("^\\p{IsHan}{2}").anchored);
    for (String re : List.of("^a|b", "a^", "^?a", "(?<=x)^a", "ab", "(^a|b)c")) {
      assertTrue(!RegexPrefilter.of(re).anchored, re);
    }
    assertTrue(!RegexPrefilter.ALWAYS.anchored);
  }

  @Test
  void knowsTheLastCharsOfAMatchThatEndsTheInput() {
    assertEquals(set("报"), RegexPrefilter.of("^[\\p{IsHan}]{2,8}(日报|晚报)$").end);
    // trailing optional elements add their chars to those before them
    assertEquals(set(")）摄 \t\n\u000B\f\r"), RegexPrefilter.of("[(（]\\s*摄[)）]?\\s*$").end);
    assertEquals(set("们阵"), RegexPrefilter.of("^(联系我们|新媒体矩阵)$|x阵$").end);
    // a match that may stop before the end, or end with any char, tells nothing
    for (String re : List.of("^(发行|社址)(:|$)", "ab$c?", "^.{2}$", "ab(c$)?", "a$|b", "ab")) {
      assertNull(RegexPrefilter.of(re).end, re);
    }
    RegexPrefilter p = RegexPrefilter.of("^(联系我们|[\\p{IsHan}]{0,4}新媒体矩阵)$");
    assertTrue(p.mayMatch("联系我们"));
    assertTrue(!p.mayMatch("联系我们的新同事"));
    // $ matches before a final line terminator as well
    assertTrue(p.mayMatch("联系我们\n"));
    assertTrue(Pattern.compile("^(联系我们)$").matcher("联系我们\n").find());
  }

  /** Each match of a {@code find()} loop as "start-end". */
  private static List<String> allMatches(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }

  private static List<String> everyMatch(PrefilteredPattern p, String s) {
    List<String> out = new ArrayList<>();
    PrefilteredPattern.Finder f = p.finder(s);
    while (f.find()) out.add(f.matcher().start() + "-" + f.matcher().end());
    return out;
  }

  @Test
  void everyMatchIsWhatAFindLoopFinds() {
    List<String> texts = List.of("2023年，2024年和2025年", "1月2日至5日，3月4日", "好。记者摄。记者摄", "abab ab", "",
        "總投資達(dá)220億元，增長(zhǎng)15%，(CDMO)项目", "aaa");
    for (String re : List.of("(?<![0-9])(20[0-3]\\d)(?=年)", "(\\d{1,2})月(\\d{1,2})日", "(?<=[。！])记者摄", "ab|b",
        "^a", "a*", "(?<=\\p{IsHan})[(（]\\s*([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\\s*[)）]")) {
      PrefilteredPattern p = PrefilteredPattern.compile(re);
      for (String s : texts) assertEquals(allMatches(p.pattern().matcher(s)), everyMatch(p, s), re + " on " + s);
    }
  }

  @Test
  void searchingOnlyWhereAMatchCanStartFindsWhatFindFinds() {
    List<String> texts = List.of("好。 记者摄", "记者摄", "xbc", "abc", "ab", "多云转晴，气温12℃", "晴12℃", "xab",
        "a b", "", "ab\n", "。记者摄。记者摄");
    for (String re : List.of("(?<=[。！])\\s*(?:记者|通讯员)摄", "^a|bc", "(晴|多云).{0,4}(气温|\\d+℃)", "b$|^ab",
        "\\bab", "a(?=b)", "(?<!x)ab")) {
      Pattern p = Pattern.compile(re);
      RegexPrefilter f = RegexPrefilter.of(re);
      for (String s : texts) {
        Matcher ref = p.matcher(s);
        boolean found = ref.find();
        Matcher m = p.matcher(s);
        assertEquals(found, f.find(m, s), re + " on " + s);
        if (found) {
          assertEquals(ref.start(), m.start(), re + " on " + s);
          assertEquals(ref.end(), m.end(), re + " on " + s);
        }
      }
    }
  }

  @Test
  void lookAroundIsZeroWidth() {
    RegexPrefilter p = RegexPrefilter.of("(?<=[。！])\\s*(?:记者|通讯员)[^x]{2}摄$");
    assertNull(p.start);
    assertEquals(List.of(set("摄"), set("记通")), p.required);
    RegexPrefilter q = RegexPrefilter.of("^(?!不)(?=[a-c])[ab]x");
    assertEquals(set("ab"), q.start);
    assertEquals(List.of(set("x"), set("ab")), q.required);
  }

  @Test
  void largeOrOpenClassesCountAsAnyChar() {
    assertTrue(RegexPrefilter.of("[^a]b?").required.isEmpty());
    assertTrue(RegexPrefilter.of("[\\p{IsHan}a]").required.isEmpty());
    assertTrue(RegexPrefilter.of("[a-\u9fff]").required.isEmpty());
    assertNull(RegexPrefilter.of("^.x?").start);
  }

  @Test
  void unsupportedSyntaxOrEmptyMatchesFilterNothing() {
    for (String re : List.of("(?i)abc", "(?>a)b", "\\Qa\\E", "(a)\\1", "\\Aab", "a?", "^$", "(a|)", "(?=a)",
        "[a&&[b]]", "a{,2}", "a**", "\\R")) {
      assertSame(RegexPrefilter.ALWAYS, RegexPrefilter.of(re), re);
    }
    assertTrue(RegexPrefilter.ALWAYS.mayMatch(""));
  }

  @Test
  void neverSkipsALineARuleMatches() throws IOException, URISyntaxException {
    List<String> forms = new ArrayList<>(sampleForms());
    assertTrue(forms.size() > 1000, "sample lines: " + forms.size());
    forms.addAll(matchesWithContext(LayoutRules.get().furniture.stream().map(LayoutRules.FurnitureRule::pattern).toList(), forms));
    forms.addAll(randomStrings(200_000));
    int matched = 0;
    for (LayoutRules.FurnitureRule r : LayoutRules.get().furniture) {
      RegexPrefilter f = RegexPrefilter.of(r.pattern().pattern());
      for (String s : forms) {
        boolean found = r.pattern().matcher(s).find();
        assertEquals(found, r.found(s), () -> r.pattern() + " on " + s);
        if (found) {
          matched++;
          assertTrue(f.mayMatch(s), () -> r.pattern() + " matches " + s + " but the prefilter skips it");
        }
      }
    }
    assertTrue(matched > 1000, "rule matches checked: " + matched);
  }

  /** The other patterns searched with a prefilter, on lines, their forms and joined lines. */
  @Test
  void neverSkipsATextAnotherPatternMatches() throws IOException, URISyntaxException {
    LayoutRules rules = LayoutRules.get();
    List<PrefilteredPattern> patterns = new ArrayList<>(List.of(LayoutRules.MARKER_START, LayoutRules.MARKER_END,
        LayoutRules.CREDIT_END, LayoutRules.CREDIT_END_BARE, LayoutRules.BYLINE_TOP, LayoutRules.BYLINE_ONLY,
        LayoutRules.BYLINE_END, LayoutRules.PINYIN_GLOSS, PageDate.STAMP, PageDate.SOURCE, PageDate.SITE, PageDate.MASTHEAD_DATE,
        PageDate.PAGE_HEADER_DATE, PageDate.YEAR, PageDate.MONTH_DAY, PageDate.DAY_ONLY));
    patterns.addAll(rules.datelines);
    patterns.addAll(rules.leadStarts);
    patterns.addAll(rules.subheadlineCues);
    List<String> texts = sampleTexts();
    texts.addAll(matchesWithContext(patterns.stream().map(PrefilteredPattern::pattern).toList(), texts));
    int matched = 0;
    for (PrefilteredPattern p : patterns) {
      int hits = 0;
      for (String s : texts) {
        Matcher ref = p.pattern().matcher(s);
        boolean found = ref.find();
        Matcher m = p.find(s);
        assertEquals(found, m != null, () -> p + " on " + s);
        if (found) {
          assertEquals(ref.start(), m.start(), () -> p + " on " + s);
          assertEquals(ref.end(), m.end(), () -> p + " on " + s);
        }
        assertEquals(p.pattern().matcher(s).matches(), p.matches(s) != null, () -> p + " on " + s);
        assertEquals(allMatches(p.pattern().matcher(s)), everyMatch(p, s), () -> p + " on " + s);
        if (found) hits++;
      }
      matched += hits;
    }
    assertTrue(matched > 2000, "pattern matches checked: " + matched);
  }

  @Test
  void combinedScanAgreesWithEachPrefilter() throws IOException, URISyntaxException {
    List<RegexPrefilter> filters = new ArrayList<>();
    for (LayoutRules.FurnitureRule r : LayoutRules.get().furniture) filters.add(RegexPrefilter.of(r.pattern().pattern()));
    // more than 64 rules, so the scan needs several words per char
    List<RegexPrefilter> many = new ArrayList<>(filters);
    many.addAll(filters);
    many.addAll(filters);
    PrefilterScan scan = new PrefilterScan(many);
    for (String s : sampleForms()) {
      long[] cand = scan.candidates(s);
      long[] rules = scan.rules(s);
      for (int k = 0; k < many.size(); k++) {
        assertEquals(many.get(k).mayMatch(s), scan.mayMatch(cand, k, s), s);
        assertEquals(many.get(k).mayMatch(s), (rules[k >>> 6] & (1L << k)) != 0, s);
      }
    }
    // the ends alone: an empty line, a line ending in a line terminator
    for (String s : List.of("", "\n", "2024年3月1日星期五\n", "(下转第2版)\r")) {
      long[] rules = scan.rules(s);
      for (int k = 0; k < many.size(); k++) assertEquals(many.get(k).mayMatch(s), (rules[k >>> 6] & (1L << k)) != 0, s);
    }
  }

  @Test
  void filtersMostRuleLinePairs() throws IOException, URISyntaxException {
    PrefilterScan scan = new PrefilterScan(LayoutRules.get().furniture.stream()
        .map(r -> RegexPrefilter.of(r.pattern().pattern())).toList());
    long pairs = 0;
    long left = 0;
    for (String s : sampleForms()) {
      long[] cand = scan.candidates(s);
      for (int k = 0; k < LayoutRules.get().furniture.size(); k++) {
        pairs++;
        if (scan.mayMatch(cand, k, s)) left++;
      }
    }
    assertTrue(left * 5 < pairs, left + " of " + pairs + " rule/line pairs left to search");
  }

  /** Comparison forms of the lines of the sample pages. */
  private static Set<String> sampleForms() throws IOException, URISyntaxException {
    Set<String> forms = new LinkedHashSet<>();
    for (String t : samplePages()) {
      for (String line : t.split("\r\n|\r|\n")) {
        String d = TextNorm.display(line).strip();
        if (!d.isEmpty()) forms.add(TextNorm.match(d));
      }
    }
    return forms;
  }

  /** The test pages, the seeds and some generated pages. */
  private static List<String> samplePages() throws IOException, URISyntaxException {
    List<String> texts = new ArrayList<>();
    Path pages = Path.of(RegexPrefilterTest.class.getResource("/pages").toURI());
    for (Path dir : List.of(pages, Path.of("seeds"))) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      }
    }
    CorpusGenerator gen = new CorpusGenerator(7);
    for (int i = 0; i < 20; i++) texts.add(gen.page(i));
    return texts;
  }

  /** Raw, display and simplified lines of the sample pages, and each line joined to the next. */
  private static List<String> sampleTexts() throws IOException, URISyntaxException {
    Set<String> out = new LinkedHashSet<>();
    for (String t : samplePages()) {
      String[] lines = t.split("\r\n|\r|\n");
      for (int i = 0; i < lines.length; i++) {
        String d = TextNorm.display(lines[i]).strip();
        out.add(lines[i]);
        out.add(d);
        out.add(TextNorm.simplified(d));
        if (i + 1 < lines.length) out.add(d + TextNorm.display(lines[i + 1]).strip());
      }
      CleanPage clean = new PageCleaner().clean(new Page("sample", "sample.txt", t, "UTF-8", t.length()));
      for (Paragraph p : clean.paragraphs()) {
        out.add(p.text());
        out.add(TextNorm.simplified(p.text()));
      }
    }
    return new ArrayList<>(out);
  }

  /** Each rule match in the sample cut out, then wrapped in random context and trimmed. */
  private static List<String> matchesWithContext(List<Pattern> patterns, List<String> forms) {
    SplittableRandom rnd = new SplittableRandom(11);
    List<String> out = new ArrayList<>();
    for (Pattern pattern : patterns) {
      for (String s : forms) {
        Matcher m = pattern.matcher(s);
        if (!m.find()) continue;
        String hit = s.substring(m.start(), m.end());
        out.add(hit);
        for (int k = 0; k < 3; k++) {
          String pre = s.substring(rnd.nextInt(m.start() + 1), m.start());
          String post = s.substring(m.end(), m.end() + rnd.nextInt(s.length() - m.end() + 1));
          out.add(pre + hit + post);
          if (hit.length() > 1) {
            int cut = rnd.nextInt(hit.length());
            out.add(hit.substring(0, cut) + hit.substring(cut + 1));
          }
        }
      }
    }
    return out;
  }

  /** Random short strings over the chars the furniture patterns mention, digits and some text. */
  private static List<String> randomStrings(int count) {
    StringBuilder alphabet = new StringBuilder("0123456789-:.,()@>/~年月日的是在了报");
    for (LayoutRules.FurnitureRule r : LayoutRules.get().furniture) {
      for (char c : r.pattern().pattern().toCharArray()) if (c > 0x7F || Character.isLetter(c)) alphabet.append(c);
    }
    SplittableRandom rnd = new SplittableRandom(5);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int len = 1 + rnd.nextInt(12);
      StringBuilder sb = new StringBuilder(len);
      for (int k = 0; k < len; k++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      out.add(sb.toString());
    }
    return out;
  }

  private static BitSet set(String chars) {
    BitSet s = new BitSet();
    chars.chars().forEach(s::set);
    return s;
  }
}
