package org.jixiao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jixiao.read.ReadOutcome;
import org.jixiao.read.SourceWorkbook;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the two read paths, with the properties of {@link Checks}.
 * <ul>
 *   <li>{@code leanReader}: whole files as bytes through the lean path and, where it takes them, against POI.
 *       Seeded with every sample, stored copies (whose XML byte mutation can reach) and LibreOffice's copies.</li>
 *   <li>{@code poiFallback}: the same files through {@code WorkbookReader} with the lean path off.</li>
 *   <li>{@code xmlPart}: structure-aware. The first byte picks a base workbook ({@link Seeds#BASES}), the
 *       second a part ({@link Seeds#PARTS}: sheet1.xml, sharedStrings.xml, styles.xml, workbook.xml,
 *       [Content_Types].xml, the two .rels), the third stored or deflated; the rest replaces that part in an
 *       otherwise valid package. A zip's compression hides its XML from byte mutation; this puts the XML
 *       tokenizer, the namespace scopes and the part readers in the fuzzer's hands.</li>
 * </ul>
 * In fuzzing mode the -Pfuzz profile gives libFuzzer the dictionary {@code ooxml.dict} beside this class (zip
 * signatures, part names, spreadsheet elements and attributes, the table's Chinese labels).
 * In the normal suite each method replays its seeds, {@code src/test/resources/org/jixiao/fuzz/ReadFuzzTestInputs/
 * <method>/} (findings and corpus kept from runs) and the empty input as regression tests, 10 s per input.
 * To fuzz: {@code mvn -B -ntp test -Pfuzz -Dfuzz.target='ReadFuzzTest#xmlPart' -Dfuzz.seconds=600}.
 */
class ReadFuzzTest {

    static Stream<Arguments> workbooks() {
        return Seeds.workbookSeeds();
    }

    static Stream<Arguments> parts() {
        return Seeds.partSeeds();
    }

    @MethodSource("workbooks")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest
    void leanReader(byte[] content) {
        Checks.leanReadsAsPoi(content);
    }

    @MethodSource("workbooks")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest
    void poiFallback(byte[] content) {
        ReadOutcome outcome = Checks.read(Checks.POI, content);
        if (outcome instanceof SourceWorkbook source) {
            assertThat(source.evaluations()).isNotEmpty();
            assertThat(source.lean()).isEmpty();
        }
    }

    @MethodSource("parts")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest
    void xmlPart(byte[] input) {
        byte[] workbook = Seeds.partWorkbook(input);
        if (workbook != null) {
            Checks.leanReadsAsPoi(workbook);
        }
    }
}
