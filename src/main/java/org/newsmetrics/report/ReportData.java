package org.newsmetrics.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.DocumentInfo;
import org.newsmetrics.model.Metric;
import org.newsmetrics.model.PageError;
import org.newsmetrics.model.PageResult;
import org.newsmetrics.model.RemovedBlock;

/**
 * What the run report needs to know about a run: a mergeable accumulator over {@link PageResult}s
 * (meant for a {@code Combine.globally}).
 *
 * <ul>
 *   <li>Counts (pages by status, articles, metrics by type, removed blocks by kind) and the chart
 *       sums are exact over all pages, whatever the caps. Sums are {@link BigDecimal}s so that they
 *       do not depend on the merge order.
 *   <li>Metric rows (for the metrics table), error rows and full pages (for the evidence viewer) are
 *       kept up to a cap each. Over the cap the <em>smallest</em> rows in a fixed total order are
 *       kept (pages: by doc id, then source path; metrics: by doc id, article, metric number), so
 *       that what is kept never depends on the order pages arrived or accumulators were merged.
 * </ul>
 *
 * <p>{@link #merge} and {@link #add} update {@code this} and return it (as Beam's
 * {@code mergeAccumulators} may); {@code other} is never modified. Use {@link #copy()} when an
 * input must stay untouched.
 */
public final class ReportData implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_MAX_METRICS = 50_000;
  public static final int DEFAULT_MAX_PAGES = 300;
  public static final int DEFAULT_MAX_ERRORS = 10_000;

  /** Chart: investment (CNY) by subject. */
  public static final String CHART_INVESTMENT_BY_SUBJECT = "investment_by_subject";
  /** Chart: investment (CNY) by period. */
  public static final String CHART_INVESTMENT_BY_PERIOD = "investment_by_period";
  /** Chart: output value (CNY) by region. */
  public static final String CHART_OUTPUT_BY_REGION = "output_by_region";
  /** Chart: project counts by month. */
  public static final String CHART_PROJECTS_BY_MONTH = "projects_by_month";

  /** The key of figures without a subject or period in a chart. */
  public static final String NONE_KEY = "\uFFFF(none)";

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final char SEP = '\u0001';

  private final int maxMetrics;
  private final int maxPages;
  private final int maxErrors;

  private long pagesRead;
  private long articles;
  private long metricsTotal;
  private long removedTotal;
  private long errorsTotal;
  private final TreeMap<String, Long> pagesByStatus = new TreeMap<>();
  private final TreeMap<String, Long> articlesByKind = new TreeMap<>();
  private final TreeMap<String, Long> metricsByType = new TreeMap<>();
  private final TreeMap<String, Long> metricsByModality = new TreeMap<>();
  private final TreeMap<String, Long> removedByKind = new TreeMap<>();
  private final TreeMap<String, Long> errorsByStage = new TreeMap<>();
  /** chart name → (key SEP modality) → exact sum. */
  private final TreeMap<String, TreeMap<String, BigDecimal>> chartSums = new TreeMap<>();
  /** chart name → (key SEP modality) → number of figures. */
  private final TreeMap<String, TreeMap<String, Long>> chartCounts = new TreeMap<>();
  /** chart name → figures of the chart's type left out of it (other currency, no month). */
  private final TreeMap<String, Long> chartLeftOut = new TreeMap<>();

  private ArrayList<Metric> metrics = new ArrayList<>();
  /** {@link #metricsCutoff}'s last answer and the rows it was the largest of (same list, same size). */
  private transient Metric cutoff;
  private transient ArrayList<Metric> cutoffOf;
  private transient int cutoffSize;
  private ArrayList<PageResult> pages = new ArrayList<>();
  private ArrayList<PageError> errors = new ArrayList<>();

  public ReportData() {
    this(DEFAULT_MAX_METRICS, DEFAULT_MAX_PAGES, DEFAULT_MAX_ERRORS);
  }

  public ReportData(int maxMetrics, int maxPages, int maxErrors) {
    if (maxMetrics < 0 || maxPages < 0 || maxErrors < 0) throw new IllegalArgumentException("negative cap");
    this.maxMetrics = maxMetrics;
    this.maxPages = maxPages;
    this.maxErrors = maxErrors;
  }

  /** An empty accumulator with the default caps. */
  public static ReportData empty() {
    return new ReportData();
  }

  /** The accumulator of one page, with the default caps. */
  public static ReportData of(PageResult page) {
    return new ReportData().add(page);
  }

  /** The accumulator of one page, with the given caps. */
  public static ReportData of(PageResult page, int maxMetrics, int maxPages, int maxErrors) {
    return new ReportData(maxMetrics, maxPages, maxErrors).add(page);
  }

  /** Adds one page to {@code this}; returns {@code this}. */
  public ReportData add(PageResult page) {
    return add(page, true);
  }

  /**
   * Adds one page to {@code this}, counting it in every total but keeping the page itself (for the
   * evidence viewer) only when {@code mayKeepPage}: a caller that knows the page is not among
   * {@link #pathsKept} spares its accumulator a copy that a merge would drop anyway.
   */
  public ReportData add(PageResult page, boolean mayKeepPage) {
    if (page == null) return this;
    pagesRead++;
    DocumentInfo doc = page.document();
    String status = doc == null || doc.status() == null ? "unknown" : doc.status();
    inc(pagesByStatus, status, 1);
    for (Article a : nn(page.articles())) {
      articles++;
      inc(articlesByKind, a.kind() == null ? "unknown" : a.kind(), 1);
    }
    for (Metric m : nn(page.metrics())) {
      metricsTotal++;
      inc(metricsByType, m.metric() == null ? "unknown" : m.metric(), 1);
      inc(metricsByModality, m.modality() == null ? "unknown" : m.modality(), 1);
      addToCharts(m);
      metrics.add(m);
    }
    for (RemovedBlock r : nn(page.removed())) {
      removedTotal++;
      inc(removedByKind, r.kind() == null ? "unknown" : r.kind(), 1);
    }
    for (PageError e : nn(page.errors())) {
      errorsTotal++;
      inc(errorsByStage, e.stage() == null ? "unknown" : e.stage(), 1);
      errors.add(e);
    }
    if (mayKeepPage) pages.add(page);
    trim(false);
    return this;
  }

  /**
   * The source paths whose pages a report over {@code paths} keeps: the first {@code maxPages} in
   * {@link #PAGE_ORDER}. A page's doc id comes from its path alone, so this is known before any page
   * is read.
   */
  public static Set<String> pathsKept(Collection<String> paths, Function<String, String> docIdOf, int maxPages) {
    Comparator<String> order = Comparator.comparing((String p) -> nz(docIdOf.apply(p))).thenComparing(p -> p);
    List<String> sorted = new ArrayList<>(paths);
    sorted.sort(order);
    return new HashSet<>(sorted.subList(0, Math.min(maxPages, sorted.size())));
  }

  /**
   * Merges {@code other} into {@code this} and returns {@code this}. Associative and commutative:
   * whatever the order, the counts, sums and kept rows are the same. The caps of {@code this} apply.
   */
  public ReportData merge(ReportData other) {
    if (other == null || other == this) {
      if (other == this) throw new IllegalArgumentException("cannot merge an accumulator into itself");
      return this;
    }
    pagesRead += other.pagesRead;
    articles += other.articles;
    metricsTotal += other.metricsTotal;
    removedTotal += other.removedTotal;
    errorsTotal += other.errorsTotal;
    other.pagesByStatus.forEach((k, v) -> inc(pagesByStatus, k, v));
    other.articlesByKind.forEach((k, v) -> inc(articlesByKind, k, v));
    other.metricsByType.forEach((k, v) -> inc(metricsByType, k, v));
    other.metricsByModality.forEach((k, v) -> inc(metricsByModality, k, v));
    other.removedByKind.forEach((k, v) -> inc(removedByKind, k, v));
    other.errorsByStage.forEach((k, v) -> inc(errorsByStage, k, v));
    other.chartLeftOut.forEach((k, v) -> inc(chartLeftOut, k, v));
    other.chartSums.forEach((chart, sums) -> {
      TreeMap<String, BigDecimal> mine = chartSums.computeIfAbsent(chart, c -> new TreeMap<>());
      sums.forEach((k, v) -> mine.merge(k, v, BigDecimal::add));
    });
    other.chartCounts.forEach((chart, counts) -> {
      TreeMap<String, Long> mine = chartCounts.computeIfAbsent(chart, c -> new TreeMap<>());
      counts.forEach((k, v) -> mine.merge(k, v, Long::sum));
    });
    metrics.addAll(other.metrics);
    pages.addAll(other.pages);
    errors.addAll(other.errors);
    trim(false);
    return this;
  }

  /**
   * Splits the kept metric rows off, in {@link #METRIC_ORDER}: the report goes on counting them in
   * its totals and charts but keeps none. For accumulators stored in two pieces (the counts, then the
   * rows), so that a merge reads only the rows it can keep ({@link #metricsCutoff}) and gives the
   * others back with {@link #attachMetrics}.
   */
  public List<Metric> detachMetrics() {
    List<Metric> rows = metrics();
    metrics = new ArrayList<>();
    return rows;
  }

  /**
   * Adds metric rows already counted in this report's totals: the detached rows of a report merged
   * into this one (any subset of them holding the rows before {@link #metricsCutoff}).
   */
  public ReportData attachMetrics(List<Metric> rows) {
    metrics.addAll(rows);
    trim(false);
    return this;
  }

  /**
   * The largest metric row kept, when the report keeps as many as its cap; null while it keeps
   * fewer. A row that does not come before the cutoff in {@link #METRIC_ORDER} can never be kept,
   * whatever is merged later, so a merge need not read it.
   */
  public Metric metricsCutoff() {
    trim(true);
    if (metrics.isEmpty() || metrics.size() < maxMetrics) return null;
    if (cutoffOf != metrics || cutoffSize != metrics.size()) {
      // a merge asks once per part; the rows change only when a part adds some
      cutoff = Collections.max(metrics, METRIC_ORDER);
      cutoffOf = metrics;
      cutoffSize = metrics.size();
    }
    return cutoff;
  }

  /** A deep enough copy: merging into the copy leaves this one untouched. */
  public ReportData copy() {
    return new ReportData(maxMetrics, maxPages, maxErrors).merge(this);
  }

  // ---- charts

  private void addToCharts(Metric m) {
    String type = m.metric();
    if (type == null) return;
    String modality = m.modality() == null || m.modality().isBlank() ? "unknown" : m.modality();
    switch (type) {
      case "investment" -> {
        if (!"CNY".equals(m.unit())) {
          inc(chartLeftOut, CHART_INVESTMENT_BY_SUBJECT, 1);
          inc(chartLeftOut, CHART_INVESTMENT_BY_PERIOD, 1);
          return;
        }
        addSum(CHART_INVESTMENT_BY_SUBJECT, keyOrNone(m.subject()), modality, m.value());
        addSum(CHART_INVESTMENT_BY_PERIOD, keyOrNone(m.period()), modality, m.value());
      }
      case "output_value" -> {
        if (!"region".equals(m.subjectType())) return;
        if (!"CNY".equals(m.unit())) {
          inc(chartLeftOut, CHART_OUTPUT_BY_REGION, 1);
          return;
        }
        addSum(CHART_OUTPUT_BY_REGION, keyOrNone(m.subject()), modality, m.value());
      }
      case "project_count" -> {
        String month = monthOf(m);
        if (month == null) {
          inc(chartLeftOut, CHART_PROJECTS_BY_MONTH, 1);
          return;
        }
        addSum(CHART_PROJECTS_BY_MONTH, month, modality, m.value());
      }
      default -> { }
    }
  }

  /**
   * The month a figure counts for: its period when that is a month, the last month of a month range
   * (`2023-01/2023-05`); none for a year or a quarter, which would otherwise all pile up in December.
   */
  static String monthOf(Metric m) {
    if (m.period() != null && MONTH.matcher(m.period().trim()).matches()) return m.period().trim();
    if (m.periodEnd() != null && m.period() != null && m.period().contains("/")) {
      return String.format("%04d-%02d", m.periodEnd().getYear(), m.periodEnd().getMonthValue());
    }
    return null;
  }

  private static String keyOrNone(String s) {
    return s == null || s.isBlank() ? NONE_KEY : s.strip();
  }

  private void addSum(String chart, String key, String modality, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return;
    String k = key + SEP + modality;
    chartSums.computeIfAbsent(chart, c -> new TreeMap<>()).merge(k, new BigDecimal(value), BigDecimal::add);
    chartCounts.computeIfAbsent(chart, c -> new TreeMap<>()).merge(k, 1L, Long::sum);
  }

  /** One bar of a chart: its key (e.g. a subject), the sum per modality and the number of figures. */
  public record Bar(String key, TreeMap<String, BigDecimal> byModality, long figures) {
    public BigDecimal total() {
      return byModality.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isNone() {
      return NONE_KEY.equals(key);
    }
  }

  /** The bars of a chart, by key in natural order; empty when no figure of its kind. */
  public List<Bar> chart(String chart) {
    TreeMap<String, BigDecimal> sums = chartSums.getOrDefault(chart, new TreeMap<>());
    TreeMap<String, Long> counts = chartCounts.getOrDefault(chart, new TreeMap<>());
    TreeMap<String, TreeMap<String, BigDecimal>> byKey = new TreeMap<>();
    TreeMap<String, Long> figures = new TreeMap<>();
    for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
      int sep = e.getKey().lastIndexOf(SEP);
      String key = e.getKey().substring(0, sep);
      String modality = e.getKey().substring(sep + 1);
      byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(modality, e.getValue());
      figures.merge(key, counts.getOrDefault(e.getKey(), 0L), Long::sum);
    }
    List<Bar> bars = new ArrayList<>();
    byKey.forEach((k, v) -> bars.add(new Bar(k, v, figures.get(k))));
    return bars;
  }

  /** Figures of the chart's type that it leaves out (another currency, no month). */
  public long chartLeftOut(String chart) {
    return chartLeftOut.getOrDefault(chart, 0L);
  }

  // ---- caps

  private void trim(boolean exact) {
    metrics = trimmed(metrics, maxMetrics, METRIC_ORDER, exact);
    pages = trimmed(pages, maxPages, PAGE_ORDER, exact);
    errors = trimmed(errors, maxErrors, ERROR_ORDER, exact);
  }

  /**
   * Keeps the {@code cap} smallest rows. Lazily (when not {@code exact}) only once the list has
   * grown past twice the cap, so that adding pages one by one stays linear. The smallest k of a
   * union are the smallest k of the smallest k of each part, so trimming early never changes what
   * is finally kept.
   */
  private static <T> ArrayList<T> trimmed(ArrayList<T> rows, int cap, Comparator<T> order, boolean exact) {
    if (rows.size() <= cap) return rows;
    if (!exact && rows.size() <= Math.max(2L * cap, 64)) return rows;
    rows.sort(order);
    return new ArrayList<>(rows.subList(0, cap));
  }

  static final Comparator<String> NATURAL = ReportData::compareNatural;

  /** The order of metric rows in the report: by doc id, article, metric number (runs of digits as numbers). */
  public static final Comparator<Metric> METRIC_ORDER = Comparator
      .comparing((Metric m) -> nz(m.docId()), NATURAL)
      .thenComparing(m -> nz(m.articleId()), NATURAL)
      .thenComparing(m -> nz(m.metricId()), NATURAL)
      .thenComparingInt(Metric::charStart)
      .thenComparing(m -> String.valueOf(m), Comparator.naturalOrder());

  static final Comparator<PageResult> PAGE_ORDER = Comparator
      .comparing((PageResult p) -> p.document() == null ? "" : nz(p.document().docId()))
      .thenComparing(p -> p.document() == null ? "" : nz(p.document().sourcePath()))
      .thenComparing(p -> String.valueOf(p.document()))
      .thenComparingInt(p -> nn(p.articles()).size())
      .thenComparing(p -> String.valueOf(p.articles()));

  static final Comparator<PageError> ERROR_ORDER = Comparator
      .comparing((PageError e) -> nz(e.sourcePath()))
      .thenComparing(e -> nz(e.docId()))
      .thenComparing(e -> nz(e.stage()))
      .thenComparing(e -> nz(e.errorClass()))
      .thenComparing(e -> nz(e.message()));

  /** Compares strings with runs of digits compared as numbers ("a#2" before "a#10"), total and consistent. */
  static int compareNatural(String a, String b) {
    if (a.equals(b)) return 0; // the common case in a sort: metrics of one page share its doc id
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int si = i;
        int sj = j;
        while (si < a.length() - 1 && a.charAt(si) == '0' && isDigit(a.charAt(si + 1))) si++;
        while (sj < b.length() - 1 && b.charAt(sj) == '0' && isDigit(b.charAt(sj + 1))) sj++;
        int ei = si;
        int ej = sj;
        while (ei < a.length() && isDigit(a.charAt(ei))) ei++;
        while (ej < b.length() && isDigit(b.charAt(ej))) ej++;
        int la = ei - si;
        int lb = ej - sj;
        if (la != lb) return Integer.compare(la, lb);
        for (int k = 0; k < la; k++) {
          int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
          if (c != 0) return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) return Character.compare(ca, cb);
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b); // leading zeros: fall back to plain order, keeps it total
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---- read access (sorted, capped)

  public long pagesRead() {
    return pagesRead;
  }

  public long pagesOk() {
    return pagesByStatus.getOrDefault(DocumentInfo.OK, 0L);
  }

  public long pagesError() {
    return pagesByStatus.getOrDefault(DocumentInfo.ERROR, 0L);
  }

  public long articles() {
    return articles;
  }

  public long metricsTotal() {
    return metricsTotal;
  }

  public long removedTotal() {
    return removedTotal;
  }

  public long errorsTotal() {
    return errorsTotal;
  }

  public Map<String, Long> pagesByStatus() {
    return Collections.unmodifiableMap(pagesByStatus);
  }

  public Map<String, Long> articlesByKind() {
    return Collections.unmodifiableMap(articlesByKind);
  }

  public Map<String, Long> metricsByType() {
    return Collections.unmodifiableMap(metricsByType);
  }

  public Map<String, Long> metricsByModality() {
    return Collections.unmodifiableMap(metricsByModality);
  }

  public Map<String, Long> removedByKind() {
    return Collections.unmodifiableMap(removedByKind);
  }

  public Map<String, Long> errorsByStage() {
    return Collections.unmodifiableMap(errorsByStage);
  }

  /** The kept metric rows, in doc id / article / metric order. */
  public List<Metric> metrics() {
    trim(true);
    List<Metric> out = new ArrayList<>(metrics);
    out.sort(METRIC_ORDER);
    return out;
  }

  /** The kept pages, in doc id order. */
  public List<PageResult> pages() {
    trim(true);
    List<PageResult> out = new ArrayList<>(pages);
    out.sort(PAGE_ORDER);
    return out;
  }

  /** The kept error rows, by source path. */
  public List<PageError> errors() {
    trim(true);
    List<PageError> out = new ArrayList<>(errors);
    out.sort(ERROR_ORDER);
    return out;
  }

  public long metricsLeftOut() {
    trim(true);
    return metricsTotal - metrics.size();
  }

  public long pagesLeftOut() {
    trim(true);
    return pagesRead - pages.size();
  }

  public long errorsLeftOut() {
    trim(true);
    return errorsTotal - errors.size();
  }

  public int maxMetrics() {
    return maxMetrics;
  }

  public int maxPages() {
    return maxPages;
  }

  public int maxErrors() {
    return maxErrors;
  }

  /** Serialized accumulators (Beam's coder) carry only the kept rows, never the slack of lazy trimming. */
  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    trim(true);
    out.defaultWriteObject();
  }

  // ---- helpers

  private static void inc(TreeMap<String, Long> map, String key, long by) {
    map.merge(key, by, Long::sum);
  }

  private static <T> List<T> nn(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReportData r)) return false;
    return pagesRead == r.pagesRead && articles == r.articles && metricsTotal == r.metricsTotal
        && removedTotal == r.removedTotal && errorsTotal == r.errorsTotal
        && pagesByStatus.equals(r.pagesByStatus) && articlesByKind.equals(r.articlesByKind)
        && metricsByType.equals(r.metricsByType) && metricsByModality.equals(r.metricsByModality)
        && removedByKind.equals(r.removedByKind) && errorsByStage.equals(r.errorsByStage)
        && chartSums.equals(r.chartSums) && chartCounts.equals(r.chartCounts)
        && chartLeftOut.equals(r.chartLeftOut)
        && metrics().equals(r.metrics()) && pages().equals(r.pages()) && errors().equals(r.errors());
  }

  @Override
  public int hashCode() {
    return Objects.hash(pagesRead, articles, metricsTotal, metricsByType);
  }
}
