package org.newsmetrics.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the extractor reads, loaded once per JVM from the resource files next to this
 * class ({@code metric-cues.tsv}, {@code industries.tsv}, {@code places.tsv}, {@code nouns.tsv}).
 * Immutable after loading; {@link #get()} is lazy and thread-safe (holder idiom).
 */
final class Lexicon {

  /** A metric cue word. {@code metric} "-" marks a word whose figures are not metrics. */
  record Cue(String word, String metric, boolean after, boolean weak) {}

  final List<Cue> beforeCues;
  final List<Cue> afterCues;
  /** Industry words, longest first, to their canonical industry. */
  final List<Map.Entry<String, String>> industries;
  private final Map<String, String> industryMap;
  private final WordIndex industryIndex;
  private final WordIndex placeIndex;
  final Map<String, String> papers;
  final Map<String, String> placeLevels;
  /** The province a city, county or district lies in (what 全省/我省 refer to). */
  final Map<String, String> provinces;
  /** Place names, longest first. */
  final List<String> places;
  final List<String> enterpriseNouns;
  final List<String> projectVerbs;
  final List<String> fillers;
  final List<String> nonFirm;
  /** Known short names of companies (长电科技, 先导智能). */
  final List<String> companies;

  private Lexicon() {
    List<Cue> before = new ArrayList<>();
    List<Cue> after = new ArrayList<>();
    for (String[] row : rows("metric-cues.tsv")) {
      if (row.length < 3) continue;
      Cue cue = new Cue(row[0], row[1], row[2].equals("after"), row.length > 3 && row[3].equals("weak"));
      (cue.after() ? after : before).add(cue);
    }
    beforeCues = List.copyOf(before);
    afterCues = List.copyOf(after);

    Map<String, String> ind = new LinkedHashMap<>();
    for (String[] row : rows("industries.tsv")) {
      if (row.length >= 2) ind.put(row[0], row[1]);
    }
    List<Map.Entry<String, String>> indList = new ArrayList<>(ind.entrySet());
    indList.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    industries = List.copyOf(indList);
    industryMap = Map.copyOf(ind);
    industryIndex = new WordIndex(ind.keySet());

    Map<String, String> paperMap = new HashMap<>();
    Map<String, String> levels = new HashMap<>();
    Map<String, String> provinceMap = new HashMap<>();
    for (String[] row : rows("places.tsv")) {
      if (row[0].equals("paper") && row.length >= 3) paperMap.put(row[1], row[2]);
      else if (row[0].equals("province_of") && row.length >= 3) {
        for (String place : row[2].split(" ")) provinceMap.put(place, row[1]);
      }
      else if (row.length >= 2) levels.put(row[0], row[1]);
    }
    papers = Map.copyOf(paperMap);
    placeLevels = Map.copyOf(levels);
    provinces = Map.copyOf(provinceMap);
    List<String> pl = new ArrayList<>(levels.keySet());
    pl.sort(Comparator.comparingInt(String::length).reversed());
    places = List.copyOf(pl);
    placeIndex = new WordIndex(pl);

    List<String> ent = new ArrayList<>();
    List<String> verbs = new ArrayList<>();
    List<String> fill = new ArrayList<>();
    List<String> nonfirm = new ArrayList<>();
    for (String[] row : rows("nouns.tsv")) {
      if (row.length < 2) continue;
      switch (row[1]) {
        case "enterprise" -> ent.add(row[0]);
        case "project_verb" -> verbs.add(row[0]);
        case "filler" -> fill.add(row[0]);
        case "nonfirm" -> nonfirm.add(row[0]);
        default -> { }
      }
    }
    Comparator<String> longest = Comparator.comparingInt(String::length).reversed();
    ent.sort(longest);
    verbs.sort(longest);
    // a qualifier the amount grammar reads before a figure may stand between a noun and its count
    // (新开工项目不少于15个) as much as the fillers listed here
    for (String q : org.newsmetrics.amounts.AmountParser.prefixQualifierWords()) {
      if (!fill.contains(q)) fill.add(q);
    }
    fill.sort(longest.thenComparing(Comparator.naturalOrder())); // the grammar's words come unordered
    enterpriseNouns = List.copyOf(ent);
    projectVerbs = List.copyOf(verbs);
    fillers = List.copyOf(fill);
    nonFirm = List.copyOf(nonfirm);
    List<String> comp = new ArrayList<>();
    for (String[] row : rows("companies.tsv")) comp.add(row[0]);
    comp.sort(longest);
    companies = List.copyOf(comp);
  }

  static Lexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  private static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing lexicon resource " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        out.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The industry word at {@code pos} of {@code text} (longest first), or null. */
  String industryAt(String text, int pos) {
    return industryIndex.at(text, pos);
  }

  /** The canonical industry an industry word names. */
  String industryOf(String word) {
    return industryMap.getOrDefault(word, word);
  }

  /** The place name at {@code pos} of {@code text} (longest first), or null. */
  String placeAt(String text, int pos) {
    return placeIndex.at(text, pos);
  }
}
