/**
 * The run report: {@code output/<job>/report.html}, one self-contained file (inline CSS, SVG and
 * script; nothing fetched) with the run summary, charts, a filterable metrics table and an
 * evidence viewer that shows each page's cleaned articles with every extracted figure highlighted.
 *
 * <p>{@link org.newsmetrics.report.ReportData} is a mergeable accumulator over page results (for a
 * {@code Combine.globally}); {@link org.newsmetrics.report.ReportHtml} renders it;
 * {@link org.newsmetrics.report.ReportFiles} writes it. Plain Java, no Beam types. The stylesheet
 * and script are resource files next to these classes, inlined at render time.
 */
package org.newsmetrics.report;
