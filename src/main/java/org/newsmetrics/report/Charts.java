package org.newsmetrics.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline SVG charts drawn at render time: no script, no library, no font download. */
final class Charts {
  private Charts() {}

  static final String EMPTY = "no figures of this kind";

  /** Modalities in stacking and legend order; others follow alphabetically. */
  static final List<String> MODALITIES = List.of("reported", "target", "forecast");

  static String modalityClass(String modality) {
    return MODALITIES.contains(modality) ? "mod-" + modality : "mod-other";
  }

  static String noneLabel(String noneText) {
    return "（" + noneText + "）";
  }

  /**
   * Horizontal stacked bars, largest first; beyond {@code top} bars the rest are summed into one
   * "others" bar. {@code money}: values are CNY shown in 亿元; else counts.
   */
  static String horizontal(String id, String title, List<ReportData.Bar> bars, boolean money, int top,
      String noneText) {
    if (bars.isEmpty()) return empty(id, title);
    List<ReportData.Bar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparing(ReportData.Bar::total).reversed()
        .thenComparing(ReportData.Bar::key, ReportData.NATURAL));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sorted.size() && i < top; i++) {
      ReportData.Bar b = sorted.get(i);
      rows.add(new Row(b.isNone() ? noneLabel(noneText) : b.key(), b.byModality(), b.figures(), b.isNone()));
    }
    if (sorted.size() > top) {
      TreeMap<String, BigDecimal> rest = new TreeMap<>();
      long figures = 0;
      for (ReportData.Bar b : sorted.subList(top, sorted.size())) {
        b.byModality().forEach((k, v) -> rest.merge(k, v, BigDecimal::add));
        figures += b.figures();
      }
      rows.add(new Row("其他 " + (sorted.size() - top) + " 项 (others)", rest, figures, true));
    }
    return horizontalSvg(id, title, rows, money);
  }

  /** Horizontal bars in the given (e.g. chronological) order, no "others" bar. */
  static String horizontalOrdered(String id, String title, List<ReportData.Bar> bars, boolean money,
      String noneText) {
    if (bars.isEmpty()) return empty(id, title);
    List<ReportData.Bar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparing((ReportData.Bar b) -> b.isNone() ? 1 : 0)
        .thenComparing(ReportData.Bar::key, ReportData.NATURAL));
    List<Row> rows = new ArrayList<>();
    for (ReportData.Bar b : sorted) {
      rows.add(new Row(b.isNone() ? noneLabel(noneText) : b.key(), b.byModality(), b.figures(), b.isNone()));
    }
    return horizontalSvg(id, title, rows, money);
  }

  private record Row(String label, Map<String, BigDecimal> byModality, long figures, boolean muted) {
    BigDecimal total() {
      return byModality.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  private static final int WIDTH = 960;
  private static final int LABEL_W = 270;
  private static final int VALUE_W = 190;
  private static final int ROW_H = 28;
  private static final int TOP = 34;

  private static String horizontalSvg(String id, String title, List<Row> rows, boolean money) {
    double max = rows.stream().mapToDouble(r -> Math.max(0, r.total().doubleValue())).max().orElse(0);
    int plotW = WIDTH - LABEL_W - VALUE_W;
    int height = TOP + rows.size() * ROW_H + 8;
    StringBuilder b = new StringBuilder();
    open(b, id, title, WIDTH, height);
    legend(b, rows.stream().flatMap(r -> r.byModality().keySet().stream()).toList(), LABEL_W);
    int y = TOP;
    for (Row r : rows) {
      String label = shorten(r.label(), 20);
      b.append("<g class=\"row\">");
      b.append("<text class=\"label").append(r.muted() ? " muted" : "").append("\" x=\"").append(LABEL_W - 8)
          .append("\" y=\"").append(y + ROW_H / 2 + 5).append("\" text-anchor=\"end\"><title>")
          .append(Html.esc(r.label())).append("</title>").append(Html.esc(label)).append("</text>");
      double x = LABEL_W;
      for (String modality : order(r.byModality().keySet())) {
        BigDecimal v = r.byModality().get(modality);
        double w = max <= 0 ? 0 : Math.max(0, v.doubleValue()) / max * plotW;
        if (w <= 0) continue;
        b.append("<rect class=\"bar ").append(modalityClass(modality)).append("\" x=\"").append(fmt(x))
            .append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(Math.max(w, 1.5)))
            .append("\" height=\"").append(ROW_H - 8).append("\" data-key=\"").append(Html.esc(r.label()))
            .append("\" data-modality=\"").append(Html.esc(modality)).append("\" data-value=\"")
            .append(v.toPlainString()).append("\"><title>").append(Html.esc(r.label())).append(" · ")
            .append(Html.esc(modality)).append(": ").append(Html.esc(ValueFormat.chartValue(v, money)))
            .append("</title></rect>");
        x += w;
      }
      b.append("<text class=\"value\" x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + ROW_H / 2 + 5)
          .append("\">").append(Html.esc(ValueFormat.chartValue(r.total(), money))).append(" <tspan class=\"n\">(")
          .append(String.format(Locale.ROOT, "%,d", r.figures())).append(")</tspan></text>");
      b.append("</g>");
      y += ROW_H;
    }
    b.append("</svg></figure>");
    return b.toString();
  }

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** Vertical stacked columns by month, months without figures filled in when the span is short. */
  static String months(String id, String title, List<ReportData.Bar> bars) {
    if (bars.isEmpty()) return empty(id, title);
    TreeMap<String, ReportData.Bar> byMonth = new TreeMap<>();
    for (ReportData.Bar bar : bars) byMonth.put(bar.key(), bar);
    List<String> months = new ArrayList<>(byMonth.keySet());
    int first = monthIndex(months.get(0));
    int last = monthIndex(months.get(months.size() - 1));
    if (first >= 0 && last >= first && last - first < 60) {
      months.clear();
      for (int m = first; m <= last; m++) months.add(String.format(Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1));
    }
    double max = bars.stream().mapToDouble(x -> Math.max(0, x.total().doubleValue())).max().orElse(0);
    int plotH = 220;
    int top = 34;
    int left = 50;
    int colW = Math.max(22, Math.min(80, (WIDTH - left - 10) / Math.max(1, months.size())));
    int width = Math.max(WIDTH, left + colW * months.size() + 10);
    boolean rotate = colW < 56;
    int height = top + plotH + (rotate ? 64 : 30);
    StringBuilder b = new StringBuilder();
    open(b, id, title, width, height);
    legend(b, bars.stream().flatMap(r -> r.byModality().keySet().stream()).toList(), left);
    b.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(top + plotH).append("\" x2=\"")
        .append(width - 10).append("\" y2=\"").append(top + plotH).append("\"/>");
    int x = left;
    for (String month : months) {
      ReportData.Bar bar = byMonth.get(month);
      double cx = x + colW / 2.0;
      double yTop = top + plotH;
      if (bar != null) {
        for (String modality : order(bar.byModality().keySet())) {
          BigDecimal v = bar.byModality().get(modality);
          double h = max <= 0 ? 0 : Math.max(0, v.doubleValue()) / max * (plotH - 18);
          if (h <= 0) continue;
          yTop -= h;
          b.append("<rect class=\"bar ").append(modalityClass(modality)).append("\" x=\"").append(fmt(x + colW * 0.15))
              .append("\" y=\"").append(fmt(yTop)).append("\" width=\"").append(fmt(colW * 0.7)).append("\" height=\"")
              .append(fmt(h)).append("\" data-key=\"").append(Html.esc(month)).append("\" data-modality=\"")
              .append(Html.esc(modality)).append("\" data-value=\"").append(v.toPlainString()).append("\"><title>")
              .append(Html.esc(month)).append(" · ").append(Html.esc(modality)).append(": ")
              .append(Html.esc(ValueFormat.chartValue(v, false))).append("</title></rect>");
        }
        b.append("<text class=\"value\" x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(yTop - 4))
            .append("\" text-anchor=\"middle\">").append(Html.esc(ValueFormat.chartValue(bar.total(), false)))
            .append("</text>");
      }
      double ly = top + plotH + 16;
      b.append("<text class=\"label").append(bar == null ? " muted" : "").append("\" x=\"").append(fmt(cx))
          .append("\" y=\"").append(fmt(ly)).append("\"");
      if (rotate) {
        b.append(" text-anchor=\"end\" transform=\"rotate(-45 ").append(fmt(cx)).append(' ').append(fmt(ly)).append(")\"");
      } else {
        b.append(" text-anchor=\"middle\"");
      }
      b.append('>').append(Html.esc(month)).append("</text>");
      x += colW;
    }
    b.append("</svg></figure>");
    return b.toString();
  }

  private static int monthIndex(String ym) {
    Matcher m = YEAR_MONTH.matcher(ym);
    if (!m.matches()) return -1;
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) return -1;
    return Integer.parseInt(m.group(1)) * 12 + month - 1;
  }

  private static void open(StringBuilder b, String id, String title, int width, int height) {
    b.append("<figure class=\"chart\" id=\"").append(Html.esc(id)).append("\"><figcaption>").append(Html.esc(title))
        .append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart-svg\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" aria-label=\"").append(Html.esc(title)).append("\">");
  }

  private static void legend(StringBuilder b, List<String> modalities, int x0) {
    double x = x0;
    for (String m : order(new LinkedHashSet<>(modalities))) {
      b.append("<rect class=\"swatch ").append(modalityClass(m)).append("\" x=\"").append(fmt(x))
          .append("\" y=\"8\" width=\"12\" height=\"12\"/><text class=\"legend\" x=\"").append(fmt(x + 16))
          .append("\" y=\"18\">").append(Html.esc(m)).append("</text>");
      x += 30 + m.length() * 8;
    }
  }

  static List<String> order(Set<String> modalities) {
    List<String> out = new ArrayList<>();
    for (String m : MODALITIES) if (modalities.contains(m)) out.add(m);
    modalities.stream().filter(m -> !MODALITIES.contains(m)).sorted().forEach(out::add);
    return out;
  }

  private static String empty(String id, String title) {
    return "<figure class=\"chart empty\" id=\"" + Html.esc(id) + "\"><figcaption>" + Html.esc(title)
        + "</figcaption><p class=\"empty-note\">" + EMPTY + "（暂无此类数据）</p></figure>";
  }

  /** At most {@code max} code points, with an ellipsis. */
  static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) return s;
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
