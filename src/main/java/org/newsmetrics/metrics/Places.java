package org.newsmetrics.metrics;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Place and zone names in a short text: the place lexicon plus HanLP place/organisation
 * recognition, merged with zone suffixes (无锡 + 高新区 → 无锡高新区). HanLP is loaded once per JVM,
 * lazily, and only used on the short text before a figure that needs a subject.
 */
final class Places {

  /** A place named at [start, end) of the text. */
  record Place(int start, int end, String name) {}

  /** A HanLP token at [start, end) with its nature tag. */
  record Token(int start, int end, String word, String nature) {}

  /** HanLP tokens of {@code text} with their offsets. */
  static List<Token> segment(String text) {
    List<Token> out = new ArrayList<>();
    if (text.isBlank()) return out;
    int pos = 0;
    for (Term t : HanLpHolder.SEGMENT.seg(text)) {
      int start = text.indexOf(t.word, pos);
      if (start < 0) continue;
      pos = start + t.word.length();
      out.add(new Token(start, pos, t.word, t.nature == null ? "" : t.nature.toString()));
    }
    return out;
  }

  /** The endings of an organisation that {@link #companies} takes for a firm. */
  private static final String[] FIRM_SUFFIXES = {"公司", "集团", "股份", "科技", "药业", "电气", "控股", "制药"};
  private static final java.util.regex.Pattern COMPANY_ORG = java.util.regex.Pattern.compile(
      ".{2,}(?:" + String.join("|", FIRM_SUFFIXES) + ")$");

  /**
   * Whether a HanLP organisation inside {@code text} could be taken for a firm: its word ends with
   * a firm's suffix, so the text holds one. When it holds none, HanLP adds no company.
   */
  static boolean mayNameOrganisation(String text) {
    return firstFirmSuffix(text) >= 0;
  }

  /** The offset of the first firm's suffix in {@code text}, -1 when none (see {@link #mayNameOrganisation}). */
  static int firstFirmSuffix(String text) {
    int first = -1;
    for (String s : FIRM_SUFFIXES) {
      int at = text.indexOf(s);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }

  /** Companies named in {@code text}: the company lexicon, then HanLP organisations with a firm's suffix. */
  static List<Place> companies(String text, List<Token> tokens) {
    List<Place> out = new ArrayList<>();
    for (String c : Lexicon.get().companies) {
      for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + c.length())) {
        out.add(new Place(i, i + c.length(), c));
      }
    }
    for (Token t : tokens) {
      if (t.end() > text.length()) break;
      if (t.nature().startsWith("nt") && COMPANY_ORG.matcher(t.word()).matches()
          && Lexicon.get().industryAt(t.word(), 0) == null) {
        out.add(new Place(t.start(), t.end(), t.word()));
      }
    }
    return out;
  }

  private static final String[] ZONE_SUFFIXES = {"高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区",
      "新区", "港区", "保税区", "综保区", "工业园区", "园区", "新城", "商务区", "度假区", "区", "市", "县", "镇", "街道"};

  private Places() {}

  private static final class HanLpHolder {
    /**
     * HanLP's segmenters are safe for concurrent use once built. Person-name recognition is off:
     * no rule reads a person, and it took towns for names (洛社镇/nr, 盛泽镇/nr), hiding them from
     * place recognition; it was also a tenth of the segmenter's time.
     */
    static final Segment SEGMENT = HanLP.newSegment()
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true)
        .enableNameRecognize(false);
  }

  /** Places in {@code text}, in order, longest names, not overlapping. */
  static List<Place> find(String text, boolean useHanLp) {
    return find(text, useHanLp ? segment(text) : null);
  }

  /** Places in {@code text}, using HanLP {@code tokens} of a text that {@code text} begins (null: lexicon only). */
  static List<Place> find(String text, List<Token> tokens) {
    Lexicon lex = Lexicon.get();
    List<Place> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    // the lexicon first (reliable), extended by a zone suffix
    for (int i = 0; i < text.length(); i++) {
      String p = lex.placeAt(text, i);
      if (p == null) continue;
      int end = extend(text, i + p.length());
      mark(out, taken, i, end, text);
      i = end - 1;
    }
    if (tokens != null) {
      for (Token t : tokens) {
        if (t.end() > text.length()) break;
        if (!t.nature().startsWith("ns") || t.word().length() < 2) continue;
        int end = extend(text, t.end());
        boolean free = true;
        for (int j = t.start(); j < end; j++) if (taken[j]) free = false;
        if (free) mark(out, taken, t.start(), end, text);
      }
    }
    markTowns(text, out, taken);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // join adjacent names (无锡 + 锡东新城商务区)
    List<Place> joined = new ArrayList<>();
    for (Place p : out) {
      if (!joined.isEmpty()) {
        Place last = joined.get(joined.size() - 1);
        if (last.end() == p.start() && !last.name().endsWith("区") && !last.name().endsWith("县")) {
          joined.set(joined.size() - 1, new Place(last.start(), p.end(), text.substring(last.start(), p.end())));
          continue;
        }
      }
      joined.add(p);
    }
    return joined;
  }

  /** Zone names long enough to follow a place's own short name (太仓[港]经济技术开发区, 江阴[临港]开发区). */
  private static final String[] NAMED_ZONE_SUFFIXES = {"高新技术产业开发区", "经济技术开发区", "经济开发区", "开发区",
      "高新区", "经开区", "工业园区", "保税区", "综保区"};
  /** Han characters that cannot be part of such a short name: function words, verbs of moving in, counters. */
  private static final String NOT_IN_ZONE_NAME = "的在到进入落建设于和与及是为向赴来去对把将等个家了";

  private static int extend(String text, int end) {
    int zone = namedZoneEnd(text, end);
    if (zone > end) return zone;
    for (String s : ZONE_SUFFIXES) {
      if (text.startsWith(s, end)) {
        // 市 / 区 followed by a noun such as 市委, 区委, 市场 is not part of the name
        if (s.length() == 1 && end + 1 < text.length() && "委政长场民级属内外域".indexOf(text.charAt(end + 1)) >= 0) {
          return end;
        }
        return end + s.length();
      }
    }
    return end;
  }

  /**
   * The end of a zone whose name is the place before {@code end}, up to three characters of its own
   * and a zone word (太仓 + 港 + 经济技术开发区); {@code end} when there is none.
   */
  private static int namedZoneEnd(String text, int end) {
    for (int k = 1; k <= 3 && end + k < text.length(); k++) {
      char c = text.charAt(end + k - 1);
      if (!inShortName(c)) return end;
      for (String s : NAMED_ZONE_SUFFIXES) if (text.startsWith(s, end + k)) return end + k + s.length();
    }
    return end;
  }

  /** Whether {@code c} can be part of a zone's or town's short name: a Han character, not a function word. */
  private static boolean inShortName(char c) {
    return org.newsmetrics.text.TextNorm.isHan(c) && NOT_IN_ZONE_NAME.indexOf(c) < 0;
  }

  /** Town words: a two-character name before them is a town (鹅湖镇, 锡北镇, 旺庄街道). */
  private static final String[] TOWN_WORDS = {"街道", "镇"};
  /**
   * Characters that make the two before a town word something else: a class of towns (特色小镇,
   * 中心镇, 工业强镇, 乡镇), a pronoun or quantifier (该镇, 全镇, 各街道).
   */
  private static final String NOT_A_TOWN_NAME = "小城古名强重乡集各该本全每大点心范色星型村市县区省";

  /**
   * Towns the lexicon and HanLP miss: HanLP splits names it does not know (鹅/湖镇) or swallows them
   * into an organisation (锡北镇规上工业企业). Only spans no other place has taken.
   */
  private static void markTowns(String text, List<Place> out, boolean[] taken) {
    for (String w : TOWN_WORDS) {
      for (int at = text.indexOf(w, 2); at >= 2; at = text.indexOf(w, at + 1)) {
        int start = at - 2;
        boolean name = true;
        for (int j = start; j < at; j++) {
          char c = text.charAt(j);
          if (!inShortName(c) || NOT_A_TOWN_NAME.indexOf(c) >= 0 || taken[j]) {
            name = false;
          }
        }
        if (!name || taken[at]) continue;
        mark(out, taken, start, at + w.length(), text);
      }
    }
  }

  private static void mark(List<Place> out, boolean[] taken, int s, int e, String text) {
    for (int j = s; j < e; j++) taken[j] = true;
    out.add(new Place(s, e, text.substring(s, e)));
  }

  /** Whether a place name is a district or zone (what 该区/全区 refer to). */
  static boolean isDistrict(String name) {
    if (name.endsWith("区")) return true;
    String level = Lexicon.get().placeLevels.get(name);
    return "district".equals(level) || "zone".equals(level);
  }
}
