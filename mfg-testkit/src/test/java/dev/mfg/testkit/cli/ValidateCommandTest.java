package dev.mfg.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path file(String json) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, json);
        return f;
    }

    private static final String VALID = """
            { "format": "mfg-scenario/1", "planning": { "start": "2026-02-02", "buckets": 3, "bucket": "WEEK" },
              "items": [ { "id": "P", "uom": "EA", "procurement": "MAKE" },
                         { "id": "R", "uom": "KG", "procurement": "BUY", "leadTimeDays": 2 } ],
              "boms": [ { "item": "P", "lines": [ { "lineNo": 10, "component": "R", "quantity": 0.25, "uom": "KG",
                          "scrapPercent": 4 } ] } ] }
            """;

    @Test
    void validate_bundledScenarios_valid() {
        assertThat(run("validate", "melamine")).isZero();
        assertThat(run("validate", "widget")).isZero();
        assertThat(out.toString()).isEqualTo("valid\nvalid\n".replace("\n", System.lineSeparator()));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validate_validFile_exit0() throws IOException {
        assertThat(run("validate", file(VALID).toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("valid");
    }

    @Test
    void validate_badFile_everyProblemOneLineWithJsonPath_exit2() throws IOException {
        String bad = VALID.replace("\"leadTimeDays\": 2", "\"leadTimeDays\": -2")
                .replace("\"scrapPercent\": 4", "\"scrapPercnt\": 4").replace("0.25", "0.1234567");
        assertThat(run("validate", file(bad).toString())).isEqualTo(2);
        List<String> lines = Arrays.stream(err.toString().split("\\R")).filter(l -> !l.isBlank())
                .collect(Collectors.toList());
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("$."));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("$.items[1].leadTimeDays: TIME_NEGATIVE (-2): "))
                .anySatisfy(l -> assertThat(l).startsWith("$.boms[0].lines[0].scrapPercnt: FIELD_UNKNOWN (scrapPercnt): ")
                        .contains("Maybe you meant \"scrapPercent\""))
                .anySatisfy(l -> assertThat(l).startsWith("$.boms[0].lines[0].quantity: SCALE_EXCEEDED"));
        assertThat(err.toString()).doesNotContain("at dev.mfg").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validate_notJson_exit2NoStackTrace() throws IOException {
        assertThat(run("validate", file("{ \"format\": ").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("JSON_SYNTAX").doesNotContain("at com.fasterxml");
    }

    @Test
    void validate_missingFile_exit2() {
        assertThat(run("validate", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("scenario: REFERENCE_UNKNOWN");
    }

    @Test
    void explode_file_dateDefaultsToPlanningStart() throws IOException {
        assertThat(run("explode", file(VALID).toString(), "--item", "P", "--quantity", "100", "--json")).isZero();
        // 100 x 0.25 KG x 1.04 = 26 KG of R, on the planning start 2026-02-02.
        assertThat(out.toString()).contains("\"date\" : \"2026-02-02\"").contains("\"item\" : \"R\"")
                .containsPattern("\"quantity\" : 26[,\\s]");
    }

    @Test
    void explode_bundledWithoutDate_usesPlanningStart() {
        assertThat(run("explode", "melamine", "--item", "SET-50", "--quantity", "1", "--json")).isZero();
        assertThat(out.toString()).contains("\"date\" : \"2026-01-05\"");
    }

    @Test
    void help_listsValidate() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate").contains("explode");
        assertThat(run("validate", "--help")).isZero();
    }

    @Test
    void validate_fileLargerThanMaxFileSize_limitBeforeReading_exit2() throws IOException {
        Path f = file(VALID);
        long size = Files.size(f);
        assertThat(size).isGreaterThan(100);
        assertThat(run("validate", f.toString(), "--max-file-size", "100")).isEqualTo(2);
        assertThat(err.toString()).startsWith("$: LIMIT (" + size + " bytes)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validate_maxFileSizeWithUnit_readsTheFile_noProgressForSmallFiles() throws IOException {
        assertThat(run("validate", file(VALID).toString(), "--max-file-size", "1K")).isZero();
        assertThat(out.toString().strip()).isEqualTo("valid");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void plan_fileLargerThanMaxFileSize_exit2() throws IOException {
        assertThat(run("plan", file(VALID).toString(), "--summary", "--max-file-size", "64")).isEqualTo(2);
        assertThat(err.toString()).contains("LIMIT");
    }

    @Test
    void validate_badMaxFileSize_exit2() throws IOException {
        assertThat(run("validate", file(VALID).toString(), "--max-file-size", "12X")).isEqualTo(2);
        assertThat(err.toString()).contains("12X");
    }

    @Test
    void bytes_unitsAreBinary() {
        assertThat(ValidateCommand.bytes("100")).isEqualTo(100L);
        assertThat(ValidateCommand.bytes("1K")).isEqualTo(1024L);
        assertThat(ValidateCommand.bytes("1KiB")).isEqualTo(1024L);
        assertThat(ValidateCommand.bytes("512M")).isEqualTo(536_870_912L); // 512 x 2^20
        assertThat(ValidateCommand.bytes("16G")).isEqualTo(17_179_869_184L); // 16 x 2^30, the default
        assertThat(ValidateCommand.bytes("2t")).isEqualTo(2_199_023_255_552L); // 2 x 2^40
        for (String bad : List.of("0", "-1", "1.5G", "G", "9999999999T", "99999999999999999999")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ValidateCommand.bytes(bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
