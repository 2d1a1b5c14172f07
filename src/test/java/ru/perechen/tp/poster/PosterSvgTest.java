package ru.perechen.tp.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import ru.perechen.tp.i18n.Language;

/** A poster's QR code read back by an independent decoder, and its page as well-formed SVG. */
public class PosterSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void theCodeOnThePageEncodesTheSurveyLink() throws Exception {
        String link = "https://pos.gosuslugi.ru/lkp/polls/436512/?point=TP-031&lang=ru";
        String page = new PosterSvg(Language.RUSSIAN).render(new SurveyPoster("TP-031", "Журнал заявок",
                "г. Курск, ул. Ленина, д. 2", "Министерство культуры Курской области", link));
        assertThat(decode(page, "TP-031")).isEqualTo(link);
    }

    @Test
    void theDrawnModulesAreTheEncodersModules() throws Exception {
        String link = "https://opros.example.ru/a";
        String page = new PosterSvg(Language.RUSSIAN).render(new SurveyPoster("TP-1", "Точка", "Адрес", "Орг", link));
        boolean[][] drawn = modules(page, "TP-1");
        QrCode code = PosterSvg.code(link);
        assertThat(drawn.length).isEqualTo(code.size);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(code.getModule(x, y));
            }
        }
    }

    @Test
    void registerTextIsEscapedAndThePageStaysWellFormed() throws Exception {
        String page = new PosterSvg(Language.RUSSIAN).render(new SurveyPoster("TP-2", "<script>alert(1)</script>",
                "a & b \u0001", "«Орг» \"x\"", "https://x.example.ru/?a=1&b=2"));
        Document document = parse(page);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(page).doesNotContain("<script").contains("&lt;script&gt;").contains("a &amp; b \uFFFD")
                .contains("?a=1&amp;b=2");
        assertThat(decode(page, "TP-2")).isEqualTo("https://x.example.ru/?a=1&b=2");
    }

    @Test
    void longTextIsWrappedIntoLinesThatFitThePage() {
        assertThat(PosterSvg.wrap("Приём заявителей управлением государственной охраны", 20, 3))
                .containsExactly("Приём заявителей", "управлением", "государственной…");
        assertThat(PosterSvg.wrap("a".repeat(25), 10, 5)).containsExactly("a".repeat(10), "a".repeat(10), "aaaaa");
        assertThat(PosterSvg.chunks("https://x.ru/abc", 6, 2)).containsExactly("https:", "//x.ru…");
    }

    /** Reads the code drawn on a page with ZXing, from a picture painted module by module. */
    public static String decode(String page, String pointId) throws Exception {
        boolean[][] modules = modules(page, pointId);
        int size = modules.length;
        int side = (size + 2 * PosterSvg.QUIET_ZONE) * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (!modules[y][x]) {
                    continue;
                }
                for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
                    for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                        int px = (x + PosterSvg.QUIET_ZONE) * PIXELS_PER_MODULE + dx;
                        int py = (y + PosterSvg.QUIET_ZONE) * PIXELS_PER_MODULE + dy;
                        pixels[py * side + px] = 0xFF000000;
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /** The dark modules of the code as drawn: the black rectangles of the nested {@code <svg id="qr-…">}. */
    static boolean[][] modules(String page, String pointId) throws Exception {
        Document document = parse(page);
        NodeList svgs = document.getElementsByTagNameNS(SVG, "svg");
        Element qr = null;
        for (int i = 0; i < svgs.getLength(); i++) {
            Element element = (Element) svgs.item(i);
            if (("qr-" + pointId).equals(element.getAttribute("id"))) {
                qr = element;
            }
        }
        assertThat(qr).as("the code of %s", pointId).isNotNull();
        String[] viewBox = qr.getAttribute("viewBox").split(" ");
        int size = Integer.parseInt(viewBox[2]) - 2 * PosterSvg.QUIET_ZONE;
        assertThat(Integer.parseInt(viewBox[0])).isEqualTo(-PosterSvg.QUIET_ZONE);
        boolean[][] modules = new boolean[size][size];
        NodeList groups = qr.getElementsByTagNameNS(SVG, "g");
        assertThat(groups.getLength()).isEqualTo(1);
        Element dark = (Element) groups.item(0);
        assertThat(dark.getAttribute("fill")).isEqualTo("#000");
        NodeList rects = dark.getElementsByTagNameNS(SVG, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            int x = Integer.parseInt(rect.getAttribute("x"));
            int y = Integer.parseInt(rect.getAttribute("y"));
            int width = Integer.parseInt(rect.getAttribute("width"));
            assertThat(rect.getAttribute("height")).isEqualTo("1");
            for (int dx = 0; dx < width; dx++) {
                modules[y][x + dx] = true;
            }
        }
        return modules;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

}
