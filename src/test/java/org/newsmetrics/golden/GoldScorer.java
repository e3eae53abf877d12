package org.newsmetrics.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of the extraction spec §5 in Java: the same matching and the same numbers as the
 * project's reference scorer ({@code shared/eval/score.mjs}), so the golden test needs no Node.
 * Predictions are rows as maps with the tables' column names.
 */
public final class GoldScorer {
  static final Set<String> CORE = Set.of("investment", "investment_completed", "output_value", "project_count");
  static final double TOLERANCE = 0.005;
  private static final Map<Character, Character> PUNCT = Map.ofEntries(
      Map.entry('，', ','), Map.entry('。', '.'), Map.entry('（', '('), Map.entry('）', ')'), Map.entry('：', ':'),
      Map.entry('；', ';'), Map.entry('！', '!'), Map.entry('？', '?'), Map.entry('“', '"'), Map.entry('”', '"'),
      Map.entry('‘', '\''), Map.entry('’', '\''), Map.entry('、', ','), Map.entry('—', '-'), Map.entry('－', '-'),
      Map.entry('～', '~'));

  private GoldScorer() {}

  /** One width for punctuation, no white space: how every comparison sees a string. */
  public static String norm(Object o) {
    if (o == null) return "";
    String s = Normalizer.normalize(o.toString(), Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u200b' && c <= '\u200f') || c == '\ufeff') continue;
      if (isJsWhitespace(c)) continue;
      b.append(PUNCT.getOrDefault(c, c));
    }
    return b.toString();
  }

  /** JavaScript's {@code \s}: Unicode white space and the BOM. */
  private static boolean isJsWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff' || c == '\u00a0';
  }

  static double levenshteinRatio(String a, String b) {
    if (a.isEmpty() && b.isEmpty()) return 1;
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      prev = cur;
    }
    return 1 - (double) prev[b.length()] / Math.max(a.length(), b.length());
  }

  static boolean nearSame(Object a, Object b) {
    String x = norm(a), y = norm(b);
    if (x.isEmpty() || y.isEmpty()) return false;
    String shorter = x.length() <= y.length() ? x : y, longer = x.length() <= y.length() ? y : x;
    return levenshteinRatio(x, y) >= 0.8 || (shorter.length() >= 6 && longer.contains(shorter));
  }

  static boolean sameLoose(Object pred, Object gold) {
    String p = norm(pred), g = norm(gold);
    if (p.isEmpty() && g.isEmpty()) return true;
    if (p.isEmpty() || g.isEmpty()) return false;
    return p.contains(g) || g.contains(p);
  }

  /** Per-type (and core, all) counts and their precision, recall, F1. */
  public static final class Tally {
    public int found, matchedReq, matchedOpt, required;

    public Double precision() {
      return found - matchedOpt == 0 ? null : (double) matchedReq / (found - matchedOpt);
    }

    public Double recall() {
      return required == 0 ? null : (double) matchedReq / required;
    }

    public Double f1() {
      Double p = precision(), r = recall();
      return p == null || r == null || p + r == 0 ? null : 2 * p * r / (p + r);
    }
  }

  /** Everything the scorer reports. */
  public static final class Result {
    public final Tally all = new Tally(), core = new Tally();
    public final Map<String, Tally> perType = new LinkedHashMap<>();
    public final Map<String, int[]> attributes = new LinkedHashMap<>();
    public int exactRecords, goldHeads, predHeads, matchedHeads, boundaryOk, goldArticles;
    public int snippets, kept, lost, duplicated, furniture, leaked;
    public final List<String> problems = new ArrayList<>();

    public double attribute(String name) {
      int[] v = attributes.get(name);
      return v == null || v[1] == 0 ? Double.NaN : (double) v[0] / v[1];
    }

    public double headlineF1() {
      double p = predHeads == 0 ? 0 : (double) matchedHeads / predHeads;
      double r = goldHeads == 0 ? 0 : (double) matchedHeads / goldHeads;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double boundary() {
      return goldArticles == 0 ? 0 : (double) boundaryOk / goldArticles;
    }

    public double retention() {
      return snippets == 0 ? 0 : (double) kept / snippets;
    }

    public double leakage() {
      return furniture == 0 ? 0 : (double) leaked / furniture;
    }

    /** The scorer's printout, in the reference scorer's format. */
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append("metrics        precision recall  f1     found  required\n");
      line(b, "core", core);
      line(b, "all", all);
      perType.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> line(b, "  " + e.getKey(), e.getValue()));
      b.append("attributes on matched rows: ");
      List<String> parts = new ArrayList<>();
      attributes.forEach((k, v) -> parts.add(k + " " + fmt(v[1] == 0 ? null : (double) v[0] / v[1])));
      b.append(String.join(", ", parts)).append('\n');
      b.append(String.format("articles: headline F1 %s; boundary %s; retention %s (lost %d, duplicated %d); leakage %s (%d/%d)%n",
          fmt(headlineF1()), fmt(boundary()), fmt(retention()), lost, duplicated, fmt(leakage()), leaked, furniture));
      return b.toString();
    }

    private static void line(StringBuilder b, String name, Tally t) {
      b.append(String.format("%-22s %s  %s  %s  %5d  %5d%n", name, fmt(t.precision()), fmt(t.recall()), fmt(t.f1()), t.found, t.required));
    }

    static String fmt(Double x) {
      return x == null ? "  -  " : String.format("%.3f", x);
    }
  }

  /**
   * Scores predictions against gold.
   *
   * @param gold     gold files by doc id
   * @param articles predicted article rows
   * @param metrics  predicted metric rows
   */
  public static Result score(Map<String, JsonNode> gold, List<Map<String, Object>> articles, List<Map<String, Object>> metrics) {
    Result r = new Result();
    for (String k : List.of("qualifier", "modality", "period", "subject", "industry")) r.attributes.put(k, new int[2]);
    Map<String, List<Map<String, Object>>> metricsByDoc = byDoc(metrics), articlesByDoc = byDoc(articles);
    for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
      scoreMetrics(r, e.getKey(), e.getValue(), metricsByDoc.getOrDefault(e.getKey(), List.of()));
      scoreArticles(r, e.getKey(), e.getValue(), articlesByDoc.getOrDefault(e.getKey(), List.of()));
    }
    return r;
  }

  private static Map<String, List<Map<String, Object>>> byDoc(List<Map<String, Object>> rows) {
    Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) m.computeIfAbsent(String.valueOf(row.get("doc_id")), k -> new ArrayList<>()).add(row);
    return m;
  }

  private static void bump(Result r, String metric, java.util.function.Consumer<Tally> f) {
    f.accept(r.all);
    if (CORE.contains(metric)) f.accept(r.core);
    f.accept(r.perType.computeIfAbsent(metric, k -> new Tally()));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static double relErr(double v, double g) {
    return Math.abs(v - g) / Math.max(Math.abs(g), 1);
  }

  private static void scoreMetrics(Result r, String doc, JsonNode g, List<Map<String, Object>> preds) {
    List<JsonNode> golds = new ArrayList<>();
    g.path("metrics").forEach(golds::add);
    record Candidate(int pi, int gi, int optional, double err, int overlap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int pi = 0; pi < preds.size(); pi++) {
      Map<String, Object> p = preds.get(pi);
      for (int gi = 0; gi < golds.size(); gi++) {
        JsonNode gm = golds.get(gi);
        if (!Objects.equals(p.get("metric"), text(gm, "metric")) || !Objects.equals(p.get("unit"), text(gm, "unit"))) continue;
        double err = relErr(((Number) p.get("value")).doubleValue(), gm.path("value").asDouble());
        if (err > TOLERANCE) continue;
        Object ev = p.get("evidence") != null ? p.get("evidence") : p.get("raw_text");
        int overlap = sameLoose(ev, text(gm, "evidence")) ? 0 : 1;
        candidates.add(new Candidate(pi, gi, gm.path("optional").asBoolean(false) ? 1 : 0, err, overlap));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::optional).thenComparingDouble(Candidate::err).thenComparingInt(Candidate::overlap));
    Set<Integer> usedP = new HashSet<>(), usedG = new HashSet<>();
    for (Map<String, Object> p : preds) bump(r, (String) p.get("metric"), t -> t.found++);
    for (JsonNode gm : golds) if (!gm.path("optional").asBoolean(false)) bump(r, text(gm, "metric"), t -> t.required++);
    for (Candidate c : candidates) {
      if (usedP.contains(c.pi()) || usedG.contains(c.gi())) continue;
      usedP.add(c.pi());
      usedG.add(c.gi());
      Map<String, Object> p = preds.get(c.pi());
      JsonNode gm = golds.get(c.gi());
      boolean optional = gm.path("optional").asBoolean(false);
      bump(r, text(gm, "metric"), t -> { if (optional) t.matchedOpt++; else t.matchedReq++; });
      if (optional) continue;
      boolean exact = true;
      exact &= attr(r, "qualifier", Objects.equals(p.get("qualifier"), text(gm, "qualifier")), doc, gm, p);
      exact &= attr(r, "modality", Objects.equals(p.get("modality"), text(gm, "modality")), doc, gm, p);
      List<String> periods = new ArrayList<>();
      periods.add(text(gm, "period"));
      gm.path("period_also").forEach(x -> periods.add(x.isNull() ? null : x.asText()));
      exact &= attr(r, "period", periods.contains((String) p.get("period")), doc, gm, p);
      exact &= attr(r, "subject", sameLoose(p.get("subject"), text(gm, "subject")), doc, gm, p);
      exact &= attr(r, "industry", sameLoose(p.get("industry"), text(gm, "industry")), doc, gm, p);
      if (exact) r.exactRecords++;
    }
    for (int pi = 0; pi < preds.size(); pi++) {
      if (!usedP.contains(pi)) r.problems.add("extra    " + doc + " " + preds.get(pi).get("metric") + " " + preds.get(pi).get("value") + " | " + preds.get(pi).get("evidence"));
    }
    for (int gi = 0; gi < golds.size(); gi++) {
      JsonNode gm = golds.get(gi);
      if (!usedG.contains(gi) && !gm.path("optional").asBoolean(false)) r.problems.add("missed   " + doc + " " + text(gm, "metric") + " " + gm.path("value").asText() + " | " + text(gm, "evidence"));
    }
  }

  private static boolean attr(Result r, String name, boolean ok, String doc, JsonNode gm, Map<String, Object> p) {
    int[] v = r.attributes.get(name);
    v[1]++;
    if (ok) v[0]++;
    else r.problems.add("wrong    " + doc + " " + text(gm, "metric") + " " + gm.path("value").asText() + " " + name + ": found " + p.get(name) + " gold " + text(gm, name));
    return ok;
  }

  private static void scoreArticles(Result r, String doc, JsonNode g, List<Map<String, Object>> preds) {
    List<String> bodies = preds.stream().map(p -> norm(p.get("body"))).toList();
    Set<Integer> used = new HashSet<>();
    r.predHeads += (int) preds.stream().filter(p -> !norm(p.get("headline")).isEmpty()).count();
    for (JsonNode ga : g.path("articles")) {
      r.goldArticles++;
      String headline = text(ga, "headline");
      boolean hasHead = !norm(headline).isEmpty();
      if (hasHead) r.goldHeads++;
      int pi = -1;
      if (hasHead) {
        for (int i = 0; i < preds.size(); i++) {
          if (!used.contains(i) && nearSame(preds.get(i).get("headline"), headline)) { pi = i; break; }
        }
      }
      if (pi >= 0) { r.matchedHeads++; used.add(pi); } else if (hasHead) r.problems.add("missedHeadline " + doc + " " + headline);
      String first = norm(text(ga, "first")), last = norm(text(ga, "last"));
      if (pi < 0 && !first.isEmpty()) {
        for (int i = 0; i < bodies.size(); i++) if (bodies.get(i).contains(first)) { pi = i; break; }
      }
      String body = pi >= 0 ? bodies.get(pi) : "";
      if (!body.isEmpty() && body.startsWith(first) && body.endsWith(last)) r.boundaryOk++;
      else r.problems.add("boundary " + doc + " " + headline);
      for (String s : List.of(first, last)) {
        if (s.isEmpty()) continue;
        r.snippets++;
        long n = bodies.stream().filter(b -> b.contains(s)).count();
        if (n == 1) r.kept++;
        else if (n == 0) { r.lost++; r.problems.add("lost " + doc + " " + s); }
        else { r.duplicated++; r.problems.add("duplicated " + doc + " " + s); }
      }
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      Map<String, Object> p = preds.get(i);
      texts.add(norm(p.get("headline")) + "|" + norm(p.get("kicker")) + "|" + norm(p.get("subheadline")) + "|" + bodies.get(i));
    }
    for (JsonNode b : g.path("boilerplate")) {
      r.furniture++;
      String s = norm(b.asText());
      if (texts.stream().anyMatch(t -> t.contains(s))) { r.leaked++; r.problems.add("leaked " + doc + " " + b.asText()); }
    }
  }
}
