package org.newsmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  @Test
  void cutsAtSpanBoundsAndLineBreaks() {
    List<Highlights.Segment> s = Highlights.segments("ab\ncdef", List.of(new Highlights.Span(1, 5, 0),
        new Highlights.Span(4, 6, 1), new Highlights.Span(-1, 2, 2), new Highlights.Span(3, 3, 3)));
    assertEquals(List.of(
        new Highlights.Segment(0, 1, List.of()),
        new Highlights.Segment(1, 2, List.of(0)),
        new Highlights.Segment(2, 3, List.of()),
        new Highlights.Segment(3, 4, List.of(0)),
        new Highlights.Segment(4, 5, List.of(0, 1)),
        new Highlights.Segment(5, 6, List.of(1)),
        new Highlights.Segment(6, 7, List.of())), s);
  }

  @Property(tries = 300)
  void segmentsTileTheTextWhateverTheSpans(@ForAll @Size(max = 30) String text,
      @ForAll @Size(max = 8) List<@IntRange(min = -3, max = 40) Integer> bounds) {
    List<Highlights.Span> spans = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i += 2) spans.add(new Highlights.Span(bounds.get(i), bounds.get(i + 1), i));
    List<Highlights.Segment> segs = Highlights.segments(text, spans);
    int at = 0;
    for (Highlights.Segment g : segs) {
      assertEquals(at, g.start());
      assertTrue(g.end() > g.start());
      at = g.end();
    }
    assertEquals(text.length(), at);
  }
}
