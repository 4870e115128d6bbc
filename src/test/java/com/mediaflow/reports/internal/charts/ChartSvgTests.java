package com.mediaflow.reports.internal.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartSvgTests {

    private static final String BRAND = "#7C3AED";

    @Test
    void lineChartDrawsOneLinePerSeriesWithNiceTicksAndTheBucketsBelow() throws Exception {
        var svg = LineChart.svg(
                "Revenue trend",
                List.of("2026-01", "2026-02", "2026-03"),
                List.of(
                        new LineChart.Series("Revenue", BRAND, amounts("1200.00", "3400.50", "2800.00"), false),
                        new LineChart.Series("Expenses", ChartColors.CORAL, amounts("800", "950", "4100"), false)),
                "No revenue in this period");

        var document = parse(svg);
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Revenue trend");
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(texts(document))
                .contains("Revenue", "Expenses", "0", "1k", "2k", "3k", "4k", "5k", "2026-01", "2026-03");
        var revenue = (Element) document.getElementsByTagName("polyline").item(1);
        assertThat(revenue.getAttribute("stroke")).isEqualTo(BRAND);
        assertThat(revenue.getAttribute("points").split(" ")).hasSize(3);
        assertThat(((Element) document.getElementsByTagName("polyline").item(0)).getAttribute("stroke"))
                .as("later series are drawn first, under the first")
                .isEqualTo(ChartColors.CORAL);
    }

    @Test
    void lineChartPlacesThePeakOnItsTick() throws Exception {
        var svg = LineChart.svg(
                "Trend",
                List.of("a", "b"),
                List.of(new LineChart.Series("Revenue", BRAND, amounts("0", "1000"), false)),
                "none");

        var document = parse(svg);
        var points = ((Element) document.getElementsByTagName("polyline").item(0))
                .getAttribute("points")
                .split(" ");
        var peakY = points[1].split(",")[1];
        var thousandTick = gridLineYOfLabel(document, "1,000");
        assertThat(Double.parseDouble(peakY)).isCloseTo(thousandTick, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void emptyOrAllZeroDataShowsTheMessageInsteadOfLines() throws Exception {
        var none = parse(LineChart.svg("Trend", List.of(), List.of(), "No revenue in this period"));
        var zeros = parse(LineChart.svg(
                "Trend",
                List.of("a", "b"),
                List.of(new LineChart.Series("Revenue", BRAND, amounts("0", "0.00"), false)),
                "No revenue in this period"));

        for (var document : List.of(none, zeros)) {
            assertThat(document.getElementsByTagName("polyline").getLength()).isZero();
            assertThat(texts(document)).contains("No revenue in this period");
        }
        var bars = parse(BarChart.svg("Expenses", List.of(), 2, null, "No expenses in this period"));
        assertThat(texts(bars)).containsExactly("No expenses in this period");
    }

    @Test
    void labelsFromUsersAreEscapedAndShortened() throws Exception {
        var hostile = "<script>alert('x')</script> & \"Co\" \u0007";
        var svg = BarChart.svg(
                "Top <projects>", List.of(new BarChart.Bar(hostile, new BigDecimal("10"), BRAND)), 2, null, "none");

        assertThat(svg).doesNotContain("<script>").doesNotContain("\u0007");
        var document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Top <projects>");
        assertThat(texts(document)).contains("<script>alert('x')</script>…");
    }

    @Test
    void barChartWritesEachAmountWithTheCurrencysDecimalsAndAMarker() throws Exception {
        var svg = BarChart.svg(
                "Budget against actual",
                List.of(
                        new BarChart.Bar("Expenses", new BigDecimal("4200.5"), BRAND),
                        new BarChart.Bar("Time at cost", new BigDecimal("1800"), ChartColors.SLATE)),
                2,
                new BarChart.Marker("Budget", new BigDecimal("5000")),
                "none");

        var document = parse(svg);
        assertThat(texts(document))
                .contains("Expenses", "Time at cost", "4,200.50", "1,800.00", "Budget 5,000.00", "0", "5k");
        var bars = new ArrayList<Element>();
        var rects = document.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            var rect = (Element) rects.item(i);
            if (!rect.getAttribute("fill").equals("#FFFFFF")) {
                bars.add(rect);
            }
        }
        assertThat(bars).hasSize(2);
        var expenses = Double.parseDouble(bars.get(0).getAttribute("width"));
        var time = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(expenses / time).isCloseTo(4200.5 / 1800, org.assertj.core.data.Offset.offset(0.02));
        var dashed = document.getElementsByTagName("line");
        var markers = 0;
        for (int i = 0; i < dashed.getLength(); i++) {
            if (((Element) dashed.item(i)).hasAttribute("stroke-dasharray")) {
                markers++;
            }
        }
        assertThat(markers).isEqualTo(1);
    }

    @Test
    void aUnitFollowsValuesTicksAndTheMarker() throws Exception {
        var document = parse(BarChart.svg(
                "Utilization",
                List.of(new BarChart.Bar("Anna", new BigDecimal("62.5"), BRAND)),
                1,
                "%",
                new BarChart.Marker("Team", new BigDecimal("40.25")),
                "none"));

        assertThat(texts(document)).contains("62.5%", "Team 40.3%", "0", "20%", "60%");
    }

    @Test
    void negativeBarsGrowLeftFromZero() throws Exception {
        var document = parse(BarChart.svg(
                "Profit",
                List.of(
                        new BarChart.Bar("Loss", new BigDecimal("-300"), ChartColors.RED),
                        new BarChart.Bar("Gain", new BigDecimal("900"), ChartColors.GREEN)),
                0,
                null,
                "none"));

        var loss = (Element) document.getElementsByTagName("rect").item(0);
        var gain = (Element) document.getElementsByTagName("rect").item(1);
        var lossRight = Double.parseDouble(loss.getAttribute("x")) + Double.parseDouble(loss.getAttribute("width"));
        assertThat(lossRight)
                .isCloseTo(Double.parseDouble(gain.getAttribute("x")), org.assertj.core.data.Offset.offset(0.2));
        assertThat(texts(document)).contains("-300", "900");
    }

    @Test
    void aSeriesMustHaveOneValuePerBucket() {
        assertThatThrownBy(() -> LineChart.svg(
                        "Trend",
                        List.of("a", "b"),
                        List.of(new LineChart.Series("Revenue", BRAND, amounts("1"), false)),
                        "none"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColourThatIsNotHexFallsBackSoItCannotBreakTheMarkup() throws Exception {
        var document = parse(
                BarChart.svg("x", List.of(new BarChart.Bar("a", BigDecimal.ONE, "red\" onload=\"x")), 0, null, "none"));

        assertThat(((Element) document.getElementsByTagName("rect").item(0)).getAttribute("fill"))
                .isEqualTo("#1F6FEB");
        assertThat(ChartColors.lighter("#000000", 0.5)).isEqualTo("#808080");
    }

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static double gridLineYOfLabel(Document document, String label) {
        var texts = document.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (Element) texts.item(i);
            if (text.getTextContent().equals(label)) {
                return Double.parseDouble(text.getAttribute("y")) - 3.5;
            }
        }
        throw new AssertionError("no label " + label);
    }

    private static List<String> texts(Document document) {
        var texts = document.getElementsByTagName("text");
        var all = new ArrayList<String>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        return all;
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
